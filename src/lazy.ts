/**
 * The script-tag ES bundle (`dist/recovery-widgets.js`): the provider and the quick exit at
 * once, every other widget the first time one appears on the page.
 *
 * Five widgets with their English and Spanish content weigh far more together than any page
 * uses, so each lives in its own chunk (sharing this file's copy of Lit) and is fetched when
 * its tag is found in the document: a page with one FAQ downloads the FAQ and nothing else.
 * Elements in a shadow root the page controls can be found with `discover(root)`; the
 * classic build (`recovery-widgets.iife.js`) and the npm entry define everything at once.
 */
import './elements/provider/recovery-provider.js';
import './elements/quick-exit/recovery-quick-exit.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'recovery-faq': () => import('./elements/faq/recovery-faq.js'),
  'recovery-group-finder': () => import('./elements/group-finder/recovery-group-finder.js'),
  'recovery-self-check': () => import('./elements/self-check/recovery-self-check.js'),
  'recovery-scholarship-check': () => import('./elements/scholarship-check/recovery-scholarship-check.js'),
  'recovery-intake': () => import('./elements/intake/recovery-intake.js'),
};

const pending = new Map(Object.entries(loaders));
const selector = [...pending.keys()].join(',');

function load(tag: string): void {
  const loader = pending.get(tag);
  if (!loader) return;
  pending.delete(tag);
  loader().catch((error: Error) => {
    // A failed chunk (offline, a deploy that left it out) must not throw into the page.
    console.error(`<${tag}>: recovery-widgets could not load this element's code (${error.message}).`);
  });
  if (!pending.size) observer.disconnect();
}

/** Loads the code of every not-yet-loaded widget found in `root` (the document, or a shadow root). */
export function discover(root: ParentNode = document): void {
  if (!pending.size) return;
  if (root instanceof Element && pending.has(root.localName)) load(root.localName);
  for (const element of root.querySelectorAll(selector)) load(element.localName);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });
discover();

export { VERSION } from './shared/version.js';
