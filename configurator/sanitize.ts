import { safeUrl } from '../src/core/config.js';

/** What an editor may put inside a widget in the preview: the markup the widgets document. */
const ALLOWED_ELEMENTS = new Set(['DETAILS', 'SUMMARY', 'P', 'A', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'B', 'I', 'BR', 'SCRIPT']);
const ALLOWED_ATTRIBUTES = new Set(['id', 'href', 'type', 'lang']);

/**
 * Parses the editor's content for the live preview, keeping only documented markup: no
 * event-handler attributes, no scripts except `<script type="application/json">`, and links
 * only with allowed schemes. The snippet itself shows exactly what was typed.
 */
export function previewFragment(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const element of [...parsed.body.querySelectorAll('*')].reverse()) {
    const isJson = element.localName === 'script' && element.getAttribute('type') === 'application/json';
    if (!ALLOWED_ELEMENTS.has(element.tagName) || (element.localName === 'script' && !isJson)) {
      element.replaceWith(...(element.localName === 'script' ? [] : element.childNodes));
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const keep = ALLOWED_ATTRIBUTES.has(attribute.name) && (attribute.name !== 'href' || safeUrl(attribute.value));
      if (!keep) element.removeAttribute(attribute.name);
    }
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...document.importNode(parsed.body, true).childNodes);
  return fragment;
}
