import { css } from '../../shared/css.js';

export const selfCheckStyles = css`
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    /* Radio buttons and the progress bar. */
    accent-color: var(--_accent);
  }
  recovery-quick-exit {
    margin-bottom: 0.75rem;
  }
  p {
    margin: 0 0 0.75em;
    max-width: 65ch;
  }
  .heading,
  .subheading,
  .caption {
    display: block;
  }
  .heading,
  .subheading {
    margin: 1em 0 0.5em;
    font-weight: 700;
  }
  .heading {
    margin-top: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  /* Headings take focus only so that a screen reader starts reading there; they are not controls. */
  .heading:focus {
    outline: none;
  }
  .caption {
    font-size: 0.875rem;
  }
  .caption,
  .muted {
    color: var(--_muted);
  }
  .heading .statement {
    font-size: var(--recovery-self-check-statement-font-size, 1.25rem);
    font-weight: 600;
  }
  .notice {
    padding: 0.75em 1em;
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_accent);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: 0.5rem;
    padding: 0;
    font-weight: 600;
  }
  progress {
    display: block;
    width: 100%;
    margin: 0.5rem 0 0.75rem;
  }
  .options {
    display: grid;
    gap: 0.5rem;
    max-width: 32rem;
  }
  .items .options {
    max-width: none;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 3rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    background: var(--_surface-alt);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.25rem;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .primary {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .error {
    font-weight: 600;
    color: var(--_error);
  }
  .summary {
    margin-bottom: var(--_space);
    padding: 0 var(--_space);
    border: 3px solid var(--_error);
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  .items,
  #lines ul {
    padding: 0;
    list-style: none;
  }
  .items > li,
  #lines li {
    padding: 0.5rem 0;
    border-top: 1px solid var(--_border);
  }
  /* Links are full-height targets: next steps on their own lines, ways to reach a line side by side. */
  li a {
    display: inline-block;
    padding-block: 0.5rem;
    margin-inline-end: 1.25rem;
    font-weight: 600;
  }
  .steps a,
  .ways {
    display: table;
  }
  .crisis {
    margin-bottom: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .toggle {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    width: 100%;
    text-align: start;
    border: 0;
    background: none;
  }
  /* The open/closed mark is text-free so it is not read out; aria-expanded says it. */
  .toggle::after {
    content: '+' / '';
  }
  [aria-expanded='true']::after {
    content: '−' / '';
  }
  #lines {
    padding: 0 1.25rem 1rem;
  }
  .start-over {
    margin-top: var(--_space);
    padding-inline: 0;
    color: var(--_accent);
    border-color: transparent;
    text-decoration: underline;
  }
  @media print {
    /* On paper: the result, then every help line, and no controls. */
    .base {
      display: flex;
      flex-direction: column;
      border: 0;
    }
    .crisis {
      order: 1;
      border: 0;
    }
    button,
    progress {
      display: none !important;
    }
    #lines {
      display: block !important;
    }
  }
`;
