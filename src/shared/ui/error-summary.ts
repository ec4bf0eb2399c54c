import { html, nothing } from 'lit';
import { css } from '../css.js';
import type { UiTerms } from './ui.strings.js';

/** A problem with one field: its message, and the id of the field the summary links to. */
export interface Problem {
  field: string;
  message: string;
}

/**
 * The error summary (GOV.UK's pattern): "There is a problem" and a link to each field at
 * fault. The widget moves focus to it (`[data-focus]`) after the render that shows it; the
 * inner `role="alert"` makes screen readers read the whole summary. A link moves focus to
 * its field without touching the host page's URL.
 */
export function errorSummary(t: UiTerms, problems: readonly Problem[], level = 2) {
  if (!problems.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" data-focus>
    <div role="alert">
      <span class="error-summary-title" role="heading" aria-level=${level}>${t.term('errorSummaryTitle')}</span>
      <ul>
        ${problems.map(({ field, message }) => html`<li><a href="#${field}" @click=${focusField}>${message}</a></li>`)}
      </ul>
    </div>
  </div>`;
}

function focusField(event: Event): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  (link.getRootNode() as ShadowRoot).getElementById(link.hash.slice(1))?.focus();
}

/** The message above a field with a problem; "Error:" is read first, as GOV.UK does. */
export function fieldError(t: UiTerms, id: string, message: string) {
  return html`<p class="field-error" id=${id}><span class="visually-hidden">${t.term('errorPrefix')} </span>${message}</p>`;
}

export const errorStyles = css`
  .error-summary {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
  }
  .error-summary-title {
    display: block;
    margin-bottom: var(--_space-s);
    font-size: var(--_text-l);
    font-weight: 700;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    display: inline-block;
    /* The bullet stays on the first line of a link that wraps. */
    vertical-align: top;
    padding-block: 0.125rem;
    color: var(--_error);
    font-weight: 700;
  }
  .field-error {
    margin: 0 0 var(--_space-s);
    color: var(--_error);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
`;
