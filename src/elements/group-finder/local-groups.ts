import type { Program } from '../../core/groups.js';
import { PROGRAM_IDS } from '../../data/programs.js';
import { hasConfig, type LoadedConfig } from '../../shared/config-source.js';

/**
 * The provider's local groups (child JSON script, else `src`), checked; undefined when the
 * site has none. Their loader and checker are a file of their own, fetched only for a site
 * that has some.
 */
export async function localGroupsOf(host: Element, src: unknown): Promise<LoadedConfig<Program[]> | undefined> {
  const url = typeof src === 'string' ? src : undefined;
  if (!(await hasConfig(host, url))) return undefined;
  try {
    return (await import('./local-groups-loader.js')).loadLocalGroups(host, url, PROGRAM_IDS);
  } catch (error) {
    return { from: 'local groups', ok: false, error: `the checker could not be loaded (${(error as Error).message})` };
  }
}
