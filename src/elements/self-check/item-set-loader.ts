import { checkItemSet, type ItemSet } from '../../core/self-check.js';
import { loadConfig, type LoadedConfig } from '../../shared/config-source.js';

/**
 * Loads and checks a site's own item set (child JSON script, else `src`). A file of its own:
 * the widget loads it only when the site supplies a set, so pages using the built-in set
 * never download the checker. Built with everything it uses (see `vite.config.ts`).
 */
export function loadItemSet(host: Element, src: string | undefined): Promise<LoadedConfig<ItemSet> | undefined> {
  return loadConfig(host, src, checkItemSet);
}
