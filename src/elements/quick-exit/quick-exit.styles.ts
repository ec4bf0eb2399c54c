import { css } from '../../shared/css.js';

export const quickExitStyles = css`
  :host {
    display: block;
  }
  :host(:not([inline])) {
    position: fixed;
    inset-block-start: var(--recovery-quick-exit-top, 0.75rem);
    inset-inline-end: var(--recovery-quick-exit-end, 0.75rem);
    z-index: var(--recovery-quick-exit-z-index, 2147483000);
  }
  .base {
    background: none;
    display: inline-flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.125rem;
  }
  :host([inline]) .base {
    align-items: flex-start;
  }
  button {
    font: inherit;
    font-weight: 700;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    color: var(--recovery-quick-exit-color, #ffffff);
    background: var(--recovery-quick-exit-background, #b3261e);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
  }
  button:hover {
    text-decoration: underline;
  }
  .hint {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  :host(:not([inline])) .hint {
    padding: 0.125rem 0.375rem;
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
  }
  /* A phone or tablet has no Shift key to press: the hint would only puzzle. */
  @media (hover: none) and (pointer: coarse) {
    .hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
