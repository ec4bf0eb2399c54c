import { html, nothing } from 'lit';
import { localText, programWords, type Listing, type Reason, type Role } from '../../core/groups.js';
import type { LazyLocalize } from '../../shared/lazy-localize.js';
import { callLink, link } from '../../shared/ui/links.js';
import type { UiTerm } from '../../shared/ui/ui.strings.js';
import type { GroupFinderLanguageFile, GroupFinderTerm } from './group-finder.strings.js';

export type GroupFinderTerms = LazyLocalize<GroupFinderTerm, GroupFinderLanguageFile, UiTerm>;

/**
 * A list of programs, one card each. `level` is the heading level of each program's name,
 * `key` makes the ids inside each card unique, `org` names the provider on its local groups.
 */
export function programList(
  t: GroupFinderTerms,
  listings: ReadonlyArray<Listing & { reasons?: Reason[] }>,
  level: number,
  key: string,
  org?: string,
) {
  return html`<ul class="programs" role="list">
    ${listings.map((listing, index) => programCard(t, listing, level, `${key}${index}`, org))}
  </ul>`;
}

/** One program: name, why it fits, how and where it meets, and how to reach it. */
function programCard(t: GroupFinderTerms, listing: Listing & { reasons?: Reason[] }, level: number, key: string, org?: string) {
  const { program, local, reasons } = listing;
  const lang = t.lang;
  const { name, description } = programWords(listing, lang, t.file?.programs);
  const place = localText(program.place, lang);
  const time = localText(program.time, lang);
  // "Website: Al-Anon (opens in a new tab)": each link makes sense on its own in a list of links.
  const about = html`<span class="visually-hidden">: ${name}</span>`;
  const detail = (term: 'meets' | 'where' | 'when', value: unknown) => html`<div><dt>${t.term(term)}</dt><dd>${value}</dd></div>`;
  return html`
    <li class="card ${local ? 'local' : ''}" part="card">
      <span class="subheading" role="heading" aria-level=${Math.min(level, 6)} tabindex="-1" data-focus>${name}</span>
      ${local ? html`<p class="near" part="near-you">${t.term('nearYou')}${org ? ` · ${org}` : ''}</p>` : nothing}
      ${description ? html`<p>${description}</p>` : nothing}
      ${
        reasons?.length
          ? html`<p class="why" id="why-${key}">${t.term('whyFits')}</p>
            <ul class="reasons" aria-labelledby="why-${key}">
              ${reasons.map((reason) => html`<li>${reasonText(t, reason)}</li>`)}
            </ul>`
          : nothing
      }
      <dl>
        ${detail(
          'meets',
          // Each way of meeting stays whole ("En línea"), the list breaks between them.
          program.formats.map((format, index) => html`${index ? ' · ' : ''}<span class="value">${t.term(`format-${format}`)}</span>`),
        )}
        ${place ? detail('where', place) : nothing} ${time ? detail('when', time) : nothing}
      </dl>
      <div class="links">
        ${program.site ? link(t, program.site, html`${t.term('site')}${about}`) : nothing}
        ${program.meetings ? link(t, program.meetings, html`${t.term('meetings')}${about}`) : nothing} ${callLink(t, program.phone)}
      </div>
    </li>
  `;
}

/** "Made for parents", "Focused on opioids", "Online, as you asked" (format and approach reasons share the answers' labels). */
function reasonText(t: GroupFinderTerms, reason: Reason): string {
  const [kind, role] = reason.split(/-(.*)/) as [string, Role];
  if (kind === 'madeFor' || kind === 'welcomes') return t.term(`why-${kind}`, { who: t.term(`who-${role}`) });
  if (kind === 'format' || kind === 'approach') return t.term('asAsked', { what: t.term(reason as 'format-online') });
  return t.term(`why-${reason as 'helps-bereaved'}`);
}
