import { css } from '../../shared/css.js';

export const scholarshipStyles = css`
  .base {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
  }
  p,
  ul {
    margin: 0 0 0.75em;
    max-width: 65ch;
  }
  ul:empty {
    display: none;
  }
  .heading {
    display: block;
    margin: 0 0 0.5em;
    font-size: var(--recovery-scholarship-heading-font-size, 1.375em);
    font-weight: 700;
    line-height: 1.25;
  }
  /* The outcome's sub-headings ("Why", "What to do next"). */
  .heading:not([data-focus]) {
    margin-top: 1em;
    font-size: 1.0625em;
  }
  /* Headings take focus so screen readers start at the new screen; they are not controls. */
  [tabindex='-1']:focus {
    outline: none;
  }
  .hint,
  .note {
    color: var(--_muted);
  }
  fieldset,
  legend {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field {
    margin-block: 1em;
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
  }
  .option input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  input[inputmode] {
    width: 100%;
    max-width: 10rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
  }
  /* A field with a problem: a red bar beside it (a shape as well as a colour), as on GOV.UK. */
  fieldset[aria-describedby$='error'],
  .field:has([aria-invalid='true']) {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error);
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error-summary {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
  }
  .error-summary p {
    font-weight: 700;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: 1.5rem 1rem;
  }
  .link {
    text-decoration: underline;
  }
  .link {
    min-height: 1.5rem;
    padding: 0;
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    cursor: pointer;
  }
  /* Question and answer on the left, Change on the right, at any width (the widget may sit in a sidebar). */
  a[href^='tel'] {
    white-space: nowrap;
  }
  recovery-quick-exit {
    margin-bottom: var(--_space);
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem var(--_space);
    padding-block: 0.75rem;
    border-bottom: 1px solid var(--_border);
  }
  .change {
    grid-area: 1 / 2 / 3;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .outcome {
    padding: var(--_space);
    background: var(--_surface-alt);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .ineligible {
    border-color: var(--_muted);
  }
`;
