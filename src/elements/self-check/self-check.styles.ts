import { css } from '../../shared/css.js';

/** What the shared pieces leave to the self-check: where the help lines sit, the statements, the list and the result's next steps. */
export const selfCheckStyles = css`
  recovery-quick-exit {
    margin-bottom: var(--_space-s);
  }
  /* In sight at the top of every screen, and quiet: a line of small text set off by a rule. */
  .crisis {
    margin-bottom: var(--_space);
    padding-bottom: var(--_space-s);
    border-bottom: 1px solid var(--_border);
  }
  /* The answers are a scale: one column on a phone, one row where there is room (never 3 + 1). */
  .screen {
    container-type: inline-size;
  }
  @container (min-width: 36rem) {
    .choices {
      grid: auto / auto-flow 1fr;
    }
  }
  .heading .statement {
    font-size: var(--recovery-self-check-statement-font-size, 1.25rem);
  }
  .count {
    display: block;
    font-weight: 400;
  }
  .items {
    padding: 0;
    list-style: none;
  }
  .items > li {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .steps a {
    display: table;
    padding-block: 0.25rem;
    font-weight: 600;
  }
  @media print {
    /* On paper: every help line, then the result, and no controls. */
    .base {
      border: 0;
    }
    button,
    summary,
    .progress {
      display: none !important;
    }
    details::details-content {
      content-visibility: visible;
    }
  }
`;
