/**
 * Parsing and checking site-supplied configuration (JSON and attributes) with messages a
 * site owner can act on: each names the entry and field at fault. Plain functions, no DOM.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export const valid = <T>(value: T): Checked<T> => ({ ok: true, value });
export const invalid = (error: string): Checked<never> => ({ ok: false, error });

/** `JSON.parse` that reports instead of throwing. */
export function parseJson(text: string): Checked<unknown> {
  try {
    return valid(JSON.parse(text));
  } catch (error) {
    return invalid(`is not valid JSON (${(error as Error).message})`);
  }
}

/** "an array", "an object", "a string", … for messages like "expected an array, got an object". */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/**
 * A value as a message quotes it: JSON where it has one, else its type. Never throws, whatever
 * a site's script set (a BigInt, an object that refers to itself, a Symbol); long text is cut.
 */
export function quote(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // BigInt and circular objects have no JSON.
  }
  if (json === undefined) return value === undefined ? 'undefined' : describeType(value);
  return json.length > 80 ? `${json.slice(0, 80)}…` : json;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string after trimming, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Text, or texts by language (`{"en": "…", "es": "…"}`), each non-empty: what `LocalText` accepts from a site. */
export function isLocalText(value: unknown): boolean {
  return !!text(value) || (isRecord(value) && Object.keys(value).length > 0 && Object.values(value).every((each) => text(each)));
}

/** Translations a site supplies to override built-in strings: `{"es": {"key": "texto"}}`. */
export type StringOverrides = Record<string, Record<string, string>>;

/** Checks `{"<lang>": {"<key>": "<text>"}}`; `where` prefixes messages ("strings"). */
export function checkStringOverrides(value: unknown, where = 'strings'): Checked<StringOverrides> {
  if (!isRecord(value)) return invalid(`${where} must be an object like {"es": {"key": "texto"}}, got ${describeType(value)}`);
  for (const [lang, table] of Object.entries(value)) {
    if (!isRecord(table)) return invalid(`${where}.${lang} must be an object of strings, got ${describeType(table)}`);
    for (const [key, entry] of Object.entries(table)) {
      if (typeof entry !== 'string') return invalid(`${where}.${lang}.${key} must be a string, got ${describeType(entry)}`);
    }
  }
  return valid(value as StringOverrides);
}

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'tel:', 'sms:', 'mailto:']);

/**
 * Returns `url` if it is relative or uses a scheme we allow in links, else undefined.
 * Keeps `javascript:` and `data:` links from configuration out of the page. Anything but a
 * string (a property set from script may hold a number, an array, a `URL`) is undefined.
 */
export function safeUrl(url: unknown, schemes: ReadonlySet<string> = ALLOWED_SCHEMES): string | undefined {
  const value = typeof url === 'string' ? url.trim() : undefined;
  if (!value) return undefined;
  // Control characters and whitespace inside a scheme ("java\tscript:") are ignored by URL parsers.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const compact = value.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (!scheme) return value;
  return schemes.has(`${scheme.toLowerCase()}:`) ? value : undefined;
}

/** A heading level a widget may use inside a page: 2 to 6 (the page owns its `h1`). Any other value, of any type, is not. */
export function isHeadingLevel(level: unknown): level is 2 | 3 | 4 | 5 | 6 {
  return Number.isInteger(level) && (level as number) >= 2 && (level as number) <= 6;
}
