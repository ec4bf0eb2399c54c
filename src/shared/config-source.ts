import { invalid, parseJson, type Checked } from '../core/config.js';

/** Where a widget's JSON came from, for messages that point the site owner at the right place. */
export type ConfigOrigin = 'script' | 'src';

type LoadedJson =
  { found: false } | { found: true; origin: ConfigOrigin; data: unknown } | { found: true; origin: ConfigOrigin; error: string };

/** How messages name each origin: the attribute, or the child element. */
const ORIGIN_NAMES: Record<ConfigOrigin, string> = {
  script: 'child <script type="application/json">',
  src: 'src',
};

/** The element's own `<script type="application/json">` child, if any. */
export function jsonChild(host: Element): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json"]');
}

/**
 * Resolves once the page is parsed. A classic script in <head> upgrades each element as soon
 * as the parser creates it, before its children exist: wait for them before looking.
 */
async function pageParsed(): Promise<void> {
  if (document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
}

/**
 * Whether the widget has JSON of its own (a child script or `src`), once its children exist:
 * a widget whose checker is a file of its own loads it only then.
 */
export async function hasConfig(host: Element, src: string | undefined): Promise<boolean> {
  await pageParsed();
  return !!(jsonChild(host) || src);
}

/**
 * Reads a widget's JSON configuration in the order DESIGN.md sets: a child
 * `<script type="application/json">` first (a CMS editor can paste it), then the `src` URL.
 * Never throws: a bad file is a message for the site owner, not an exception in their page.
 */
async function loadJson(host: Element, src: string | undefined): Promise<LoadedJson> {
  await pageParsed();
  const script = jsonChild(host);
  if (script) return parsed('script', script.textContent ?? '');
  // A `src` of another type never gets here: the widget's type check unset it (property-types.ts).
  if (!src) return { found: false };
  const fail = (problem: string): LoadedJson => ({ found: true, origin: 'src', error: `"${src}" ${problem}` });
  try {
    const url = new URL(src, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('is not an http(s) or relative URL');
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return fail(`answered HTTP ${response.status}`);
    const loaded = parsed('src', await response.text());
    return 'error' in loaded ? fail(loaded.error) : loaded;
  } catch (error) {
    return fail(`could not be loaded (${(error as Error).message})`);
  }
}

function parsed(origin: ConfigOrigin, text: string): LoadedJson {
  const json = parseJson(text);
  return json.ok ? { found: true, origin, data: json.value } : { found: true, origin, error: json.error };
}

/** A widget's configuration, checked; `from` names where it came from, for the console message. */
export type LoadedConfig<T> = Checked<T> & { from: string };

/**
 * A widget's JSON from `from` that could not be read because a file of its own (its loader,
 * its checker) did not arrive: offline, or a deploy that left it out. A message for the site
 * owner, never an exception in their page.
 */
export function notLoaded(from: string, error: unknown): LoadedConfig<never> {
  return { from, ok: false, error: `could not be loaded (${(error as Error).message})` };
}

/**
 * Loads a widget's JSON (child script, else `src`) and checks it with `check`; undefined when
 * the widget has neither. Unreadable JSON and a failed check come back the same way, as a
 * message for the site owner that names the attribute or child at fault.
 */
export async function loadConfig<T>(
  host: Element,
  src: string | undefined,
  check: (data: unknown) => Checked<T>,
): Promise<LoadedConfig<T> | undefined> {
  const loaded = await loadJson(host, src);
  if (!loaded.found) return undefined;
  return { from: ORIGIN_NAMES[loaded.origin], ...('error' in loaded ? invalid(loaded.error) : check(loaded.data)) };
}
