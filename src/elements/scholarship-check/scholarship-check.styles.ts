import { css } from '../../shared/css.js';

/** What only the scholarship check has: number fields, the answers list, the outcome's tone. The rest is the family's pieces. */
export const scholarshipStyles = css`
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  .field {
    margin-block: var(--_space);
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  input[inputmode] {
    width: 100%;
    max-width: 10rem;
    min-height: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
  }
  /* A field with a problem: a red bar beside it (a shape as well as a colour), as on GOV.UK. */
  .field:has([aria-invalid='true']) {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_error);
  }
  /* Question and answer on the left, Change on the right, at any width (the widget may sit in a sidebar). */
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-s) var(--_space);
    padding-block: var(--_space-m);
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
  .ineligible {
    border-color: var(--_muted);
  }
  /* "What else can help": each link a full-height target, even alone on its line. */
  .help-list a {
    display: inline-block;
    /* A link that wraps keeps its bullet on its first line. */
    vertical-align: top;
    padding-block: 0.125rem;
  }
  .callout > :last-child {
    margin: 0;
  }
  recovery-quick-exit {
    margin-bottom: var(--_space);
  }
  /* The help lines close every screen, apart from the question. */
  .crisis {
    margin-top: var(--_space-l);
    padding-top: var(--_space-m);
    border-top: 1px solid var(--_border);
  }
`;
