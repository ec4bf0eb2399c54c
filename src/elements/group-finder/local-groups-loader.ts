import type { Program } from '../../core/groups.js';
import { checkLocalGroups } from '../../core/local-groups.js';
import { loadConfig, type LoadedConfig } from '../../shared/config-source.js';

/**
 * Loads and checks a provider's local groups (child JSON script, else `src`). A file of its
 * own: the widget loads it only when the site has local groups, so pages with the national
 * directory alone never download the checker. Built with everything it uses (see
 * `vite.config.ts`); the built-in ids come from the widget, so the directory is not copied.
 */
export function loadLocalGroups(
  host: Element,
  src: string | undefined,
  builtInIds: readonly string[],
): Promise<LoadedConfig<Program[]> | undefined> {
  return loadConfig(host, src, (data) => checkLocalGroups(data, builtInIds));
}
