import { html } from 'lit';
import { css } from '../css.js';
import type { UiTerms } from './ui.strings.js';

/** "3 of 12" beside a bar: the bar is for the eye, the words for everyone. */
export function progressBar(t: UiTerms, current: number, total: number) {
  return html`<div class="progress">
    <progress aria-hidden="true" max=${total} .value=${current}></progress>
    <span>${t.term('progress', { current, total })}</span>
  </div>`;
}

export const progressStyles = css`
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
    margin-bottom: var(--_space);
    color: var(--_muted);
    font-size: var(--_text-s);
  }
  .progress progress {
    flex: 1;
    min-width: 0;
    accent-color: var(--_accent);
  }
`;
