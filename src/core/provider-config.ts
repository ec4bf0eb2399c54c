import { type Checked, checkStringOverrides, describeType, invalid, isLocalText, isRecord, safeUrl, text, valid } from './config.js';
import type { StringOverrides } from './config.js';
import type { LocalText } from './text.js';

/**
 * A help line in the crisis block: a phone to call, a number to text, or a chat link. `name`
 * and `note` are text, or texts by language (`{"en": "…", "es": "…"}`).
 */
export interface CrisisLine {
  name: LocalText;
  call?: string;
  text?: string;
  /** What to text, e.g. "HOME" for Crisis Text Line. */
  keyword?: string;
  href?: string;
  /** When it answers, languages, TTY … */
  note?: LocalText;
}

/** What `<recovery-provider>` accepts in its child JSON script. */
export interface ProviderJson {
  crisisLines?: CrisisLine[];
  /** Overrides per widget: `{"recovery-faq": {"es": {"searchLabel": "…"}}}`. */
  strings?: Record<string, StringOverrides>;
}

/**
 * Checks the provider's child JSON: `{"crisisLines": [{"name", "call"?, "text"?, "keyword"?,
 * "href"?, "note"?}], "strings": {"recovery-faq": {"es": {"key": "texto"}}}}`.
 */
export function checkProviderJson(data: unknown): Checked<ProviderJson> {
  if (!isRecord(data)) return invalid(`expected an object with "crisisLines" and/or "strings", got ${describeType(data)}`);
  for (const key of Object.keys(data)) {
    // `$schema` lets a site owner's editor check the JSON against schemas/provider.schema.json.
    if (key !== 'crisisLines' && key !== 'strings' && key !== '$schema')
      return invalid(`unknown field "${key}" at the top level (expected "crisisLines" or "strings")`);
  }
  const result: ProviderJson = {};
  if (data.crisisLines !== undefined) {
    const lines = checkCrisisLines(data.crisisLines);
    if (!lines.ok) return lines;
    result.crisisLines = lines.value;
  }
  if (data.strings !== undefined) {
    if (!isRecord(data.strings)) return invalid(`strings must be an object keyed by element tag, got ${describeType(data.strings)}`);
    for (const [tag, table] of Object.entries(data.strings)) {
      const checked = checkStringOverrides(table, `strings["${tag}"]`);
      if (!checked.ok) return checked;
    }
    result.strings = data.strings as ProviderJson['strings'];
  }
  return valid(result);
}

/** Checks a list of help lines; each needs a name and at least one way to reach it. */
export function checkCrisisLines(data: unknown, where = 'crisisLines'): Checked<CrisisLine[]> {
  if (!Array.isArray(data)) return invalid(`${where} must be an array, got ${describeType(data)}`);
  if (!data.length) return invalid(`${where} is empty: give at least one line, or leave crisisLines out to keep the built-in ones`);
  const lines: CrisisLine[] = [];
  for (const [index, entry] of data.entries()) {
    const at = `${where}[${index}]`;
    if (!isRecord(entry)) return invalid(`${at} must be an object, got ${describeType(entry)}`);
    if (!isLocalText(entry.name)) return invalid(`${at}.name must be text, or texts by language like {"en": "…", "es": "…"}`);
    if (entry.note !== undefined && !isLocalText(entry.note)) return invalid(`${at}.note must be text, or texts by language`);
    const line: CrisisLine = { name: entry.name as LocalText };
    if (entry.note !== undefined) line.note = entry.note as LocalText;
    for (const field of ['call', 'text', 'keyword'] as const) {
      if (entry[field] === undefined) continue;
      const value = text(entry[field]);
      if (!value) return invalid(`${at}.${field} must be non-empty text`);
      line[field] = value;
    }
    if (entry.href !== undefined) {
      const href = safeUrl(text(entry.href));
      if (!href) return invalid(`${at}.href must be an https:, http:, tel:, sms:, mailto: or relative URL`);
      line.href = href;
    }
    if (!line.call && !line.text && !line.href) return invalid(`${at} needs "call", "text" or "href"`);
    lines.push(line);
  }
  return valid(lines);
}
