import type { ItemSet } from '../../core/self-check.js';
import { jsonChild, notLoaded, type LoadedConfig } from '../../shared/config-source.js';

/**
 * The site's own item set (a child JSON script, else `src`), checked; nothing when it has
 * none. Its loader and checker are a file of their own, fetched only for a site that has
 * one. Never throws: a file that cannot be fetched is a problem to report.
 */
export async function siteItemSet(host: HTMLElement, src: string | undefined): Promise<LoadedConfig<ItemSet> | undefined> {
  // While the page is still being parsed the child script may not exist yet: the loader waits and looks.
  if (!src && !jsonChild(host) && document.readyState !== 'loading') return undefined;
  try {
    return (await import('./item-set-loader.js')).loadItemSet(host, src);
  } catch (error) {
    return notLoaded('item set', error);
  }
}
