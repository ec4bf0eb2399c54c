import { type Checked, describeType, invalid, isRecord, text, valid } from './config.js';
import { paragraphs, slugify, uniqueIds } from './text.js';

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
