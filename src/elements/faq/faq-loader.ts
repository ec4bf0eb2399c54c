import { checkFaqItems, toFaqEntries, type FaqEntry } from '../../core/faq-items.js';
import { loadConfig, type LoadedConfig } from '../../shared/config-source.js';

/**
 * Loads and checks the questions as JSON (child script, else `src`). A file of its own: the
 * widget loads it only when the site gives JSON, so FAQs written as `<details>` never
 * download the checker. Built with everything it uses (see `vite.config.ts`).
 */
export async function loadFaq(host: Element, src: unknown): Promise<LoadedConfig<FaqEntry[]> | undefined> {
  const loaded = await loadConfig(host, src, checkFaqItems);
  return loaded?.ok ? { ...loaded, value: toFaqEntries(loaded.value) } : loaded;
}
