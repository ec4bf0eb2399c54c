import { css } from 'lit';

export const intakeStyles = css`
  .panel {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  p,
  ul {
    margin: 0;
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .sub {
    font-size: 1.125em;
    font-weight: 700;
  }
  .hours,
  .hint {
    color: var(--_muted);
  }
  /* The "open now" dot; text carries the meaning, the dot only echoes it. */
  .open::before {
    content: '● ';
    color: var(--recovery-intake-open-color, light-dark(#1e7a3c, #7fd99a));
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    color: var(--_accent);
    background: var(--_surface);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  form,
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  form {
    gap: var(--_space);
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
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
    max-width: 24rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .choice {
    display: flex;
    gap: 0.625rem;
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
  /* Off-screen, not display:none: the honeypot must stay fillable by bots, the new-tab hint readable. */
  .offscreen {
    position: absolute;
    left: -10000px;
  }
  .box {
    display: grid;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 5px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .alert {
    border-inline-start-color: var(--_error);
  }
  .alert a {
    color: var(--_error);
    font-weight: 600;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .crisis {
    padding-top: calc(var(--_space) * 0.75);
    border-top: 1px solid var(--_border);
  }
  .crisis a {
    font-weight: 600;
  }

  /* banner: a strip across the page; the callback form opens below it. */
  .banner .panel {
    grid-template-columns: 1fr auto;
    align-items: center;
    border-inline-start: 5px solid var(--_accent);
  }
  .banner .panel > * {
    grid-column: 1 / -1;
  }
  .banner .panel > .lead {
    grid-column: 1;
  }
  .banner .panel > .row {
    grid-column: 2;
  }
  @media (max-width: 40rem) {
    .banner .panel > .row {
      grid-column: 1;
    }
  }

  /* floating: a corner button that opens the card as a modal dialog. */
  .floating {
    background: none;
  }
  .corner {
    position: fixed;
    inset-block-end: var(--recovery-intake-floating-bottom, 1rem);
    inset-inline-end: var(--recovery-intake-floating-end, 1rem);
    z-index: var(--recovery-intake-floating-z-index, 2147482000);
    display: grid;
    justify-items: end;
    gap: 0.375rem;
  }
  .corner > * {
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  .chip {
    padding: 0.25rem 0.75rem;
    font-weight: 600;
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
    background: rgb(0 0 0 / 0.5);
  }
  dialog .panel {
    border: 0;
  }
  dialog[open] {
    display: grid;
  }
  .close {
    justify-self: end;
    margin: 0.5rem 0.5rem 0;
  }
`;
