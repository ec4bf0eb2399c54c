import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag for our style sheets: `css\`…\`` with no `${…}` (the type takes no values), made
 * with Lit's `unsafeCSS` from the one literal, which is ours and never data. Lit's own `css`
 * tag exists to check interpolated values; its check and error message would ride in every
 * per-element file, for values we never interpolate. Named `css` so the build still
 * minifies the templates.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
