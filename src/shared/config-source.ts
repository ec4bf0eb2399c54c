import { parseJson, type Checked } from '../core/config.js';

/**
 * What a widget's JSON gave: nothing (`undefined`: no child script and no `src`), or the
 * checked value or problem, with `from` naming where it came from (the child element or
 * the attribute) for messages that point the site owner at the right place.
 */
export type LoadedJson<T> = undefined | (Checked<T> & { from: string });

/** The element's own `<script type="application/json">` child, if any. */
export function jsonChild(host: Element): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json"]');
}

/**
 * Reads a widget's JSON configuration in the order DESIGN.md sets: a child
 * `<script type="application/json">` first (a CMS editor can paste it), then the `src` URL,
 * and checks it with `check`. Never throws: a bad file is a message for the site owner, not
 * an exception in their page.
 */
export async function loadJson<T>(host: Element, src: string | undefined, check: (data: unknown) => Checked<T>): Promise<LoadedJson<T>> {
  // A classic script in <head> upgrades each element as soon as the parser creates it,
  // before its children exist; wait for the page to be parsed before looking at them.
  if (document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  const script = jsonChild(host);
  if (!script && !src) return undefined;
  const from = script ? 'child <script type="application/json">' : 'src';
  let json: Checked<unknown>;
  if (script) {
    json = parseJson(script.textContent ?? '');
  } else {
    try {
      const url = new URL(src!, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw 'is not an http(s) or relative URL';
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw `answered HTTP ${response.status}`;
      json = parseJson(await response.text());
    } catch (error) {
      json = { ok: false, error: typeof error === 'string' ? error : `could not be loaded (${(error as Error).message})` };
    }
    // Problems reading the file name it; problems with its content name the field instead.
    if (!json.ok) json.error = `"${src}" ${json.error}`;
  }
  return { from, ...(json.ok ? check(json.value) : json) };
}
