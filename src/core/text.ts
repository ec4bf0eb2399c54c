/**
 * Text helpers shared by the decisions in `core/`. Plain functions, no DOM.
 */

/** Text in one language, or by language: `{"en": "…", "es": "…"}`. */
export type LocalText = string | Readonly<Record<string, string>>;

/** The text for `lang`, else English, else the first one given. */
export function localText(value: LocalText | undefined, lang: string): string {
  if (value === undefined || typeof value === 'string') return value ?? '';
  return (Object.hasOwn(value, lang) ? value[lang] : undefined) ?? value.en ?? Object.values(value)[0] ?? '';
}

/** Lower-cases and strips accents, so "Terapia de pareja" matches "TERAPIA" and "¿Qué?" matches "que". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/**
 * A URL-fragment-friendly id for a question: lower-case ASCII letters and digits joined by
 * single hyphens, accents folded ("¿Qué es?" → "que-es"). Text with no ASCII letters or
 * digits at all (a question written only in another script) falls back to `fallback`.
 */
export function slugify(text: string, fallback = 'question'): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/**
 * Makes every id unique in order of appearance: the second "faq" becomes "faq-2", the
 * third "faq-3", skipping any suffix another entry already uses.
 */
export function uniqueIds(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}

/** Splits plain text into paragraphs at blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Replaces `{name}` placeholders with values; unknown placeholders stay visible so a typo is noticed. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
