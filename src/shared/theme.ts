import { css } from './css.js';

/**
 * Tokens and resets every widget shares. Sites theme with `--recovery-*` custom properties
 * (they pierce the shadow root); each widget reads them through private `--_*` aliases that
 * carry the defaults. `light-dark()` gives each default a dark twin, chosen by the
 * `color-scheme` the `theme` setting puts on the base part.
 *
 * Inherited text properties are set on the base part so a page's odd `line-height` or
 * `letter-spacing` does not leak in; only the font family is inherited from the page.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  .base {
    color-scheme: light;
    --_text: var(--recovery-color-text, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--recovery-color-muted, light-dark(#4a5562, #b9c2cc));
    --_surface: var(--recovery-color-surface, light-dark(#ffffff, #15191e));
    --_surface-alt: var(--recovery-color-surface-alt, light-dark(#f3f6f8, #20262d));
    --_border: var(--recovery-color-border, light-dark(#c5ced6, #3d4650));
    --_control-border: var(--recovery-color-control-border, light-dark(#6b7682, #8d98a4));
    --_accent: var(--recovery-color-accent, light-dark(#0b5f73, #7fcbdd));
    --_on-accent: var(--recovery-color-on-accent, light-dark(#ffffff, #0b1a1f));
    --_error: var(--recovery-color-error, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--recovery-color-focus, light-dark(#1a56db, #9ab8ff));
    --_radius: var(--recovery-radius, 0.5rem);
    --_space: var(--recovery-space, 1rem);
    --_focus-width: var(--recovery-focus-ring-width, 3px);

    font-family: var(--recovery-font-family, inherit);
    font-size: var(--recovery-font-size, 1rem);
    font-weight: 400;
    font-style: normal;
    line-height: var(--recovery-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .base[data-theme='dark'] {
    color-scheme: dark;
  }
  .base[data-theme='auto'] {
    color-scheme: light dark;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .config-error {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .base {
      --_border: CanvasText;
      --_control-border: CanvasText;
      --_focus: Highlight;
      --_accent: LinkText;
    }
  }
`;
