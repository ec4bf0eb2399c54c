import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag for our style sheets: `css\`…\`` with no `${…}` (the type takes no values), made
 * with Lit's `unsafeCSS` from the one literal, which is ours and never data. Lit's own `css`
 * tag exists to check interpolated values; it and its long error message cost about 110
 * bytes (brotli) in every per-element file, for checks we never need. Named `css` so the
 * build still minifies the templates.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
