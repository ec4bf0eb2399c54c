import { html } from 'lit';
import { css } from '../css.js';

/**
 * A screen's heading: where focus goes when the visitor moves to a new screen, so a screen
 * reader starts reading there. A `role="heading"` span rather than `<hN>` because a question
 * screen's heading lives inside a `<legend>`, which takes phrasing content only.
 */
export function screenHeading(content: unknown, level = 2) {
  return html`<span class="heading" part="heading" role="heading" aria-level=${level} tabindex="-1" data-focus>${content}</span>`;
}

/**
 * The family's card and type: the widget's box, a screen heading, a sub-heading, a quiet
 * note (privacy, "not a diagnosis", hints) and a callout (one thing to notice), on the
 * family's spacing and type scale (declared here: the FAQ and quick exit do not need them).
 */
export const cardStyles = css`
  /* One spacing and one type scale for the whole family (beside the colour tokens of theme.ts). */
  .base {
    --_space-s: calc(var(--_space) * 0.5);
    --_space-m: calc(var(--_space) * 0.75);
    --_space-l: calc(var(--_space) * 1.5);
    --_text-s: 0.875em;
    --_text-l: 1.125em;
    --_text-xl: 1.375em;
  }
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 var(--_space-m);
  }
  .heading,
  .subheading {
    display: block;
    margin: 0 0 var(--_space-s);
    font-size: var(--_text-xl);
    font-weight: 700;
    line-height: 1.25;
  }
  .subheading {
    margin-top: var(--_space);
    font-size: var(--_text-l);
  }
  /* Headings take focus so that reading starts there; they are not controls, so no ring. */
  [data-focus]:focus {
    outline: none;
  }
  .note,
  .hint {
    color: var(--_muted);
  }
  .note {
    font-size: var(--_text-s);
  }
  .callout {
    padding: var(--_space-m) var(--_space);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;
