import { css } from '../../shared/css.js';

/** What the group finder adds to the shared pieces: its grid of answers, and the programs (each a `.card`). */
export const groupFinderStyles = css`
  .crisis,
  recovery-quick-exit {
    margin-bottom: var(--_space);
  }
  /*
   * Answers in balanced rows, by the form's own width (the widget may sit in a sidebar):
   * four answers in 1, 2 or 4 columns, five in 1, 3 (3 + 2) or 5, so that none is left
   * alone on a row.
   */
  form {
    container-type: inline-size;
  }
  .choices {
    grid-template-columns: repeat(var(--columns, 1), minmax(0, 1fr));
  }
  @container (min-width: 22rem) {
    .choices {
      --columns: 2;
    }
  }
  @container (min-width: 46rem) {
    .choices {
      --columns: 4;
    }
  }
  .choices:has(> :nth-child(5)) {
    --columns: 1;
  }
  @container (min-width: 34rem) {
    .choices:has(> :nth-child(5)) {
      --columns: 3;
    }
  }
  @container (min-width: 57rem) {
    .choices:has(> :nth-child(5)) {
      --columns: 5;
    }
  }
  .programs {
    display: grid;
    gap: var(--_space);
    padding: 0;
  }
  .programs > li {
    display: grid;
    gap: var(--_space-s);
  }
  .programs * {
    margin: 0;
  }
  .local {
    border-inline-start: 4px solid var(--_accent);
  }
  .near {
    font-weight: 700;
    color: var(--_accent);
  }
  .why,
  dt {
    font-weight: 600;
  }
  .reasons {
    padding-inline-start: 1.5rem;
    list-style: '✓  ';
  }
  /* A detail's value sits beside its label when it fits, else whole on the line below. */
  dl div,
  .links {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-s);
  }
  .links {
    column-gap: var(--_space-l);
  }
  .value {
    white-space: nowrap;
  }
  .links a {
    padding-block: var(--_space-s);
    font-weight: 600;
  }
`;
