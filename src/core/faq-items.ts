import { type Checked, describeType, invalid, isRecord, text, valid } from './config.js';
import { foldText, paragraphs, slugify, uniqueIds } from './text.js';

/** One FAQ entry as a site writes it in JSON. Answers are plain text; a blank line starts a new paragraph. */
export interface FaqItemInput {
  id?: string;
  question: string;
  answer: string;
}

/** One FAQ entry ready to render: a unique id and the answer split into paragraphs. */
export interface FaqEntry {
  id: string;
  question: string;
  paragraphs: string[];
}

/** Checks FAQ JSON: an array of `{"id"?, "question", "answer"}` objects. */
export function checkFaqItems(data: unknown): Checked<FaqItemInput[]> {
  if (!Array.isArray(data)) {
    return invalid(`expected an array of {"question", "answer"} objects, got ${describeType(data)}`);
  }
  const items: FaqItemInput[] = [];
  for (const [index, entry] of data.entries()) {
    if (!isRecord(entry)) return invalid(`[${index}] must be an object, got ${describeType(entry)}`);
    const question = text(entry.question);
    const answer = text(entry.answer);
    if (!question) return invalid(`[${index}].question is missing or empty`);
    if (!answer) return invalid(`[${index}].answer is missing or empty`);
    if (entry.id !== undefined && !(typeof entry.id === 'string' && /^[^\s#]+$/.test(entry.id))) {
      return invalid(`[${index}].id must be text without spaces or "#", got ${JSON.stringify(entry.id)}`);
    }
    items.push({ id: entry.id as string | undefined, question, answer });
  }
  return valid(items);
}

/**
 * Gives every question a stable id: the one given, else the question's slug; repeats get
 * "-2", "-3", … in order, so links like `#what-is-parallel-recovery` keep working.
 */
export function assignIds<T extends { id?: string; question: string }>(items: readonly T[]): Array<T & { id: string }> {
  const ids = uniqueIds(items.map((item) => item.id || slugify(item.question)));
  return items.map((item, index) => ({ ...item, id: ids[index] }));
}

/** The ids of questions in order: as `assignIds` gives them, without copying the questions. */
export function questionIds(items: ReadonlyArray<{ id?: string; question: string }>): string[] {
  return uniqueIds(items.map((item) => item.id || slugify(item.question)));
}

/** The questions open after `id` is opened or closed. With `single`, opening one closes the others. */
export function toggledIds(openIds: ReadonlySet<string>, id: string, open: boolean, single: boolean): Set<string> {
  const next = new Set(open && single ? [] : openIds);
  if (open) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * The questions the `open` attribute names, among `ids`: space-separated ids, unknown ones
 * ignored; with `single`, the first in question order. Only text names questions (a property
 * set from script may hold anything).
 */
export function initiallyOpenIds(ids: readonly string[], open: unknown, single: boolean): Set<string> {
  const wanted = new Set(typeof open === 'string' ? open.split(/\s+/) : []);
  const named = ids.filter((id) => wanted.has(id));
  return new Set(single ? named.slice(0, 1) : named);
}

/** The words of a search, case and accents folded: "  Qué  TERAPIA " → ["que", "terapia"]. */
export function searchWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** Which questions a search shows: those whose folded text holds every word. */
export function shownBySearch(haystacks: readonly string[], words: readonly string[]): boolean[] {
  return haystacks.map((haystack) => words.every((word) => haystack.includes(word)));
}

/**
 * Where a key moves focus among `count` questions from `current` (WAI-ARIA APG accordion):
 * Down and Up wrap around, Home and End go to the ends; undefined for any other key.
 */
export function focusIndex(key: string, current: number, count: number): number | undefined {
  const last = count - 1;
  if (key === 'ArrowDown') return current === last ? 0 : current + 1;
  if (key === 'ArrowUp') return current === 0 ? last : current - 1;
  if (key === 'Home') return 0;
  return key === 'End' ? last : undefined;
}

/** The question id a URL fragment names: "#que-es" → "que-es", percent-decoded when it can be. */
export function idFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** FAQ JSON → entries ready to render. */
export function toFaqEntries(items: readonly FaqItemInput[]): FaqEntry[] {
  return assignIds(items).map(({ id, question, answer }) => ({ id, question, paragraphs: paragraphs(answer) }));
}

/** The schema.org `FAQPage` object for every question on the page that opted in. */
export function faqPageJsonLd(questions: ReadonlyArray<{ question: string; answer: string }>): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}
