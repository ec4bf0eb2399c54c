import { html } from 'lit';
import { type Localize, plural } from '../../shared/localize.js';
import type { faqStrings } from './faq.strings.js';

type FaqTerm = keyof (typeof faqStrings)['en'];

/**
 * The search box and how many questions match, in a status region read out as the visitor
 * types; empty before the first word.
 */
export function searchBox(t: Localize<FaqTerm>, query: string, visible: number, total: number, onInput: (query: string) => void) {
  const words = query.trim();
  const status = !words ? '' : visible ? plural(t, 'matches', { count: visible, total }) : t.term('noMatches', { query: words });
  return html`
    <div class="search">
      <label for="search">${t.term('searchLabel')}</label>
      <p class="hint" id="search-hint">${t.term('searchHint')}</p>
      <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint" .value=${query}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
      <p class="count" role="status">${status}</p>
    </div>
  `;
}
