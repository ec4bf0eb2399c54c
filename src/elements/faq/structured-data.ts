import { faqPageJsonLd } from '../../core/faq-items.js';
import { trustedScript } from '../../shared/trusted-types.js';

export interface QuestionAndAnswer {
  question: string;
  answer: string;
}

/** The id of the one JSON-LD block we own in `<head>`. */
export const STRUCTURED_DATA_ID = 'recovery-faq-structured-data';

const published = new Map<Element, readonly QuestionAndAnswer[]>();
let scheduled = false;

/**
 * Search engines expect at most one `FAQPage` per document, so every FAQ with
 * `structured-data` publishes its questions here and one block holds them all, in
 * document order. Writes are batched: several FAQs upgrading together write once.
 */
export function publishStructuredData(faq: Element, questions: readonly QuestionAndAnswer[]): void {
  published.set(faq, questions);
  schedule();
}

export function withdrawStructuredData(faq: Element): void {
  if (published.delete(faq)) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    writeBlock();
  });
}

function writeBlock(): void {
  // Disconnected FAQs have withdrawn; the rest go in page order.
  const faqs = [...published.keys()].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  let block = document.getElementById(STRUCTURED_DATA_ID) as HTMLScriptElement | null;
  const questions = faqs.flatMap((faq) => published.get(faq) ?? []);
  if (!questions.length) {
    block?.remove();
    return;
  }
  // "<" is escaped so a question containing "</script>" stays inert if the page is ever
  // serialised back to HTML (a CMS saving the rendered DOM).
  const json = JSON.stringify(faqPageJsonLd(questions)).replace(/</g, '\\u003c');
  let text: string;
  try {
    text = trustedScript(json);
  } catch (error) {
    console.error(`<recovery-faq> structured-data: the page's Trusted Types policy refused the JSON-LD (${(error as Error).message})`);
    return;
  }
  if (!block) {
    block = document.createElement('script');
    block.type = 'application/ld+json';
    block.id = STRUCTURED_DATA_ID;
    document.head.append(block);
  }
  block.text = text;
}
