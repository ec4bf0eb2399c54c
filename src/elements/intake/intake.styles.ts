import { css } from '../../shared/css.js';

export const intakeStyles = css`
  .panel,
  form,
  .field,
  .box {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .field,
  .box {
    gap: 0.25rem;
  }
  p,
  ul,
  h2,
  h3,
  h4 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.25;
  }
  p,
  ul {
    font-size: 1em;
    line-height: inherit;
  }
  h2 {
    font-size: 1.375em;
  }
  .hours,
  .hint {
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
    max-width: 24rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    font-weight: 400;
    padding-block: 0.5rem;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* Off-screen rather than display: none: bots must still find the honeypot, screen readers the new-tab hint. */
  .offscreen {
    position: absolute;
    left: -10000px;
  }
  .box {
    padding: 0.75rem var(--_space);
    border-inline-start: 5px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .alert {
    border-color: var(--_error);
  }
  .crisis {
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .crisis a {
    display: inline-block;
    padding-block: 0.25rem;
  }
  /* A phone number is not broken across lines. */
  .box a {
    white-space: nowrap;
  }

  /* banner: a strip across the page; the callback form opens below it. */
  .banner .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    border-inline-start: 5px solid var(--_accent);
  }
  .banner .panel > :not(.lead, .row) {
    flex-basis: 100%;
  }

  /* floating: a corner button that opens the card as a modal dialog. */
  .floating {
    background: none;
  }
  .corner {
    position: fixed;
    bottom: var(--recovery-intake-floating-bottom, 1rem);
    inset-inline-end: var(--recovery-intake-floating-end, 1rem);
    z-index: var(--recovery-intake-floating-z-index, 2147482000);
    display: grid;
    justify-items: end;
    gap: 0.375rem;
  }
  .corner > * {
    box-shadow: 0 2px 8px #0006;
  }
  .chip {
    padding: 0.25rem 0.75rem;
    background: var(--_surface);
    border-radius: 1rem;
  }
  dialog {
    width: min(32rem, 100vw - 1rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    color: inherit;
    background: var(--_surface);
  }
  dialog::backdrop {
    background: #0008;
  }
  dialog .panel {
    border: 0;
  }
  .close {
    display: block;
    margin: 0.5rem 0.5rem 0 auto;
  }
`;
