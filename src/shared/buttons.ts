import { css } from './css.js';

/**
 * The widgets' call-to-action buttons and button-like links: outlined in the accent colour
 * (`.button`, `.secondary`), or filled (`.primary`). In its own module so that widgets
 * without such buttons (the FAQ) do not carry it.
 */
export const buttonStyles = css`
  .button,
  .primary,
  .secondary {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 700;
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
  .button:hover,
  .primary:hover,
  .secondary:hover {
    text-decoration: underline;
  }
`;
