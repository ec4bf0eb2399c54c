import { html, nothing } from 'lit';
import type { CrisisLine } from '../../core/provider-config.js';
import { localText } from '../../core/text.js';
import { DEFAULT_CRISIS_LINES } from '../../data/crisis-lines.js';
import { css } from '../css.js';
import { callLink, link, textLink } from './links.js';
import type { UiTerms } from './ui.strings.js';

/**
 * The crisis block of the self-check, group finder, scholarship check and intake: the first
 * line always in sight ("Need help now? Call 988 · Text 988"), the others one step away under
 * "More help lines". Quiet on purpose: it must be there on every screen without competing
 * with the question. `lines` are the provider's (`crisisLines` in its JSON), else ours.
 */
export function crisisLines(t: UiTerms, lines?: readonly CrisisLine[]) {
  // No list, or an empty one: ours. A visitor must never be left without a line to call.
  const [first, ...more] = lines?.length ? lines : DEFAULT_CRISIS_LINES;
  return html`<div class="crisis" part="crisis">
    <p><strong>${t.term('crisisLead')}</strong> ${ways(t, first)}</p>
    ${
      more.length
        ? html`<details>
          <summary>${t.term('moreLines')}</summary>
          <ul>
            ${more.map(
              (line) => html`<li>
                <strong>${localText(line.name, t.lang)}</strong> ${ways(t, line)}
                ${line.note ? html`<span class="note">${localText(line.note, t.lang)}</span>` : nothing}
              </li>`,
            )}
          </ul>
        </details>`
        : nothing
    }
  </div>`;
}

/** How to reach a line: call, text, and its site (a chat, say), named after the line. */
function ways(t: UiTerms, line: CrisisLine) {
  return html`<span class="ways"
    >${callLink(t, line.call)} ${textLink(t, line.text, line.keyword)} ${line.href ? link(t, line.href, localText(line.name, t.lang)) : nothing}</span
  >`;
}

export const crisisStyles = css`
  .crisis {
    font-size: var(--_text-s);
  }
  .crisis p {
    margin: 0;
  }
  .ways {
    display: inline-flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }
  .crisis a,
  .crisis summary {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: 0.125rem;
  }
  .crisis summary {
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .crisis ul {
    margin: var(--_space-s) 0 0;
    padding: 0;
    list-style: none;
  }
  .crisis li {
    padding-block: var(--_space-s);
    border-top: 1px solid var(--_border);
  }
  .crisis li > strong,
  .crisis .note {
    display: block;
  }
`;
