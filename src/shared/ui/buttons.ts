import { css } from '../css.js';

/**
 * The family's buttons and button-like links: `.button` (outlined in the accent colour: the
 * secondary action), `.button.primary` (or `.primary` alone; filled: the one main action of a screen) and `.link`
 * (a button that reads as a link: Change, Start over, Show more). Every one is at least
 * 44 px tall, or 24 px for `.link`, whatever the page's font.
 */
export const buttonStyles = css`
  .button,
  .primary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    color: var(--_accent);
    text-decoration: none;
    background: var(--_surface);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .link {
    min-height: 1.5rem;
    padding: 0;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .button:hover,
  .primary:hover {
    text-decoration: underline;
  }
  .link:hover {
    text-decoration-thickness: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-top: var(--_space-l);
  }
`;
