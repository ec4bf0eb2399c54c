import { checkFaqItems } from '../../core/faq-items.js';
import { paragraphs } from '../../core/text.js';
import { loadConfig, type LoadedConfig } from '../../shared/config-source.js';
import type { Question } from './faq-questions.js';

/**
 * Loads and checks the questions as JSON (child script, else `src`). A file of its own: the
 * widget loads it only when the site gives JSON, so FAQs written as `<details>` never
 * download the checker. Built with everything it uses (see `vite.config.ts`). Ids are the
 * widget's to work out, when it needs them.
 */
export async function loadFaq(host: Element, src: string | undefined): Promise<LoadedConfig<Question[]> | undefined> {
  const loaded = await loadConfig(host, src, checkFaqItems);
  return loaded?.ok
    ? { ...loaded, value: loaded.value.map(({ id, question, answer }) => ({ id, question, paragraphs: paragraphs(answer) })) }
    : loaded;
}
