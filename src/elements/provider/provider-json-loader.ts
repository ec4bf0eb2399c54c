import { checkProviderJson, type ProviderJson } from '../../core/provider-config.js';
import { loadConfig, type LoadedConfig } from '../../shared/config-source.js';

/**
 * Loads and checks the provider's child JSON (help lines, wording). A file of its own: the
 * provider loads it only when the page gives it JSON, so the many pages that set everything
 * with attributes never download the checker. Built with everything it uses (see `vite.config.ts`).
 */
export function loadProviderJson(host: Element): Promise<LoadedConfig<ProviderJson> | undefined> {
  return loadConfig(host, undefined, checkProviderJson);
}
