import { html, nothing } from 'lit';
import { opensNewTab } from '../../core/links.js';
import { dialHref, formatPhone } from '../../core/phone.js';
import { css } from '../css.js';
import type { UiTerm, UiTerms } from './ui.strings.js';

/**
 * Links, written once: phone and text links (`tel:`/`sms:` built by `dialHref`, the number
 * shown as `formatPhone` says, never broken across lines) and links to other sites (a new
 * tab, `noopener noreferrer`, and a visually hidden "opens in a new tab"). Widgets using
 * these include `linkStyles` and `visuallyHiddenStyles`.
 */

/**
 * "Call (303) 555-0142" as a `tel:` link; nothing when the number has no digit. `className`
 * makes it look like a button, say.
 */
export function callLink(t: UiTerms, number: unknown, part?: string, className?: string) {
  return dialLink(t, 'tel', 'call', number, undefined, part, className);
}

/** "Text (303) 555-0142", or "Text HOME to 741741" with a keyword, as an `sms:` link; nothing without digits. */
export function textLink(t: UiTerms, number: unknown, keyword?: string, part?: string, className?: string) {
  return dialLink(t, 'sms', keyword ? 'textKeyword' : 'text', number, keyword, part, className);
}

function dialLink(t: UiTerms, scheme: 'tel' | 'sms', key: UiTerm, number: unknown, keyword = '', part?: string, className?: string) {
  const href = dialHref(scheme, number);
  // The label may wrap between words on a narrow phone ("Llamar al / (303) 555-0142"), the
  // number never. One inline box inside, so a flex button lays the label out as text.
  return href
    ? html`<a class=${className ?? nothing} part=${part ?? nothing} href=${href}
        ><span>${withLink(t.term(key, { number: LINK_SLOT, keyword }), html`<span class="phone">${formatPhone(number as string)}</span>`)}</span></a
      >`
    : nothing;
}

/** The number itself as a `tel:` link, for sentences like "To talk now, call (303) 555-0142." */
export function phoneNumberLink(number: unknown) {
  const href = dialHref('tel', number);
  return href ? html`<a class="phone" href=${href}>${formatPhone(number as string)}</a>` : nothing;
}

/** A link to `href` (already checked with `safeUrl`); one to another site opens in a new tab, and says so. */
export function link(t: UiTerms, href: string, label: unknown, className?: string, part?: string) {
  const newTab = opensNewTab(href, location.origin);
  return html`<a class=${className ?? nothing} part=${part ?? nothing} href=${href} target=${newTab ? '_blank' : nothing} rel=${newTab ? 'noopener noreferrer' : nothing}
    >${label}${newTab ? html`<span class="visually-hidden"> ${t.term('newTab')}</span>` : nothing}</a
  >`;
}

/** A phone number is read as one thing: it never breaks across lines. */
export const linkStyles = css`
  .phone {
    white-space: nowrap;
  }
`;

/** Stands for the link in a sentence: `t.term('callUs', { number: LINK_SLOT })`. */
export const LINK_SLOT = '\0';

/** A sentence written with `LINK_SLOT` where the link goes, with `content` there: any language's word order works. */
export function withLink(sentence: string, content: unknown) {
  const [before, after = ''] = sentence.split(LINK_SLOT);
  return html`${before}${content}${after}`;
}
