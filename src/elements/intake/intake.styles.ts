import { css } from '../../shared/css.js';

/**
 * What the intake adds to the shared pieces: its text fields, and its three layouts. Nothing
 * here may widen the card: a flex or grid child gets `min-width: 0`, a field `width: 100%`,
 * and only phone numbers (`.phone`) refuse to wrap.
 */
export const intakeStyles = css`
  form {
    max-width: 40rem;
  }
  .field {
    margin-bottom: var(--_space-l);
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .field .hint,
  .choice-group .hint {
    margin-bottom: var(--_space-s);
  }
  /* The form's questions read like its other labels. */
  .choice-group > legend {
    font-size: inherit;
  }
  .text {
    display: block;
    width: 100%;
    max-width: 24rem;
    min-height: 2.75rem;
    margin-top: var(--_space-s);
    padding: 0.5rem;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
  }
  .callout {
    margin-bottom: var(--_space);
  }
  .callout > :last-child,
  .status {
    margin-bottom: 0;
  }
  .callout > .subheading {
    margin-top: 0;
  }
  .crisis {
    margin-top: var(--_space-l);
    padding-top: var(--_space-m);
    border-top: 1px solid var(--_border);
  }

  /* banner: a strip across the page; the callback form opens below it. */
  [data-variant='banner'] .card {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    column-gap: var(--_space);
    border-inline-start: 5px solid var(--_accent);
  }
  [data-variant='banner'] .card > * {
    min-width: 0;
  }
  [data-variant='banner'] .card > :not(.lead, .actions) {
    flex-basis: 100%;
  }
  [data-variant='banner'] .actions {
    margin-block: 0 var(--_space-m);
  }

  /* floating: a corner button that opens the card as a modal dialog. */
  [data-variant='floating'] {
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
    margin: 0;
    box-shadow: 0 2px 8px #0006;
  }
  .chip {
    padding: 0.125rem 0.75rem;
    background: var(--_surface);
    border-radius: 1rem;
  }
  .chip a {
    display: inline-block;
    padding-block: 0.125rem;
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
  dialog .card {
    border: 0;
  }
  .close {
    display: flex;
    margin: 0.5rem 0.5rem 0 auto;
  }
`;
