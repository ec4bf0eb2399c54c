import type { Program } from '../../core/groups.js';
import { PROGRAM_IDS } from '../../data/programs.js';
import { hasConfig, notLoaded, type LoadedConfig } from '../../shared/config-source.js';

/**
 * The provider's local groups (child JSON script, else `src`), checked; undefined when the
 * site has none. Their loader and checker are a file of their own, fetched only for a site
 * that has some.
 */
export async function localGroupsOf(host: Element, src: string | undefined): Promise<LoadedConfig<Program[]> | undefined> {
  if (!(await hasConfig(host, src))) return undefined;
  try {
    return (await import('./local-groups-loader.js')).loadLocalGroups(host, src, PROGRAM_IDS);
  } catch (error) {
    return notLoaded('local groups', error);
  }
}
