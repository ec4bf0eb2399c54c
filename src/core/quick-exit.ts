/**
 * Where the quick exit goes. Plain functions, no DOM: the element passes the page's base URL.
 */

/** A neutral page that says nothing about why the visitor was here. */
export const DEFAULT_EXIT_HREF = 'https://www.weather.gov/';

/** Links a quick exit may go to: a web page, never `tel:`, `mailto:` or `javascript:`. */
export const EXIT_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:']);

/**
 * `value` as the absolute `https:`/`http:` address `location.replace` will be given, resolved
 * against `base`; undefined when it cannot be used: not text (a number, array, object or
 * `URL` set from script), empty, not a URL at all (`https://`, `http://[`), or another scheme
 * (`javascript:`, `tel:`). Parsed with `URL`, the parser the navigation itself uses, so what
 * passes here cannot make `location.replace` throw.
 */
export function exitUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value, base);
    return EXIT_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
