import { valid } from '../../core/config.js';
import { checkRuleSet, type RuleSet } from '../../core/scholarship-rules.js';
import { loadConfig, notLoaded, type LoadedConfig } from '../../shared/config-source.js';

/**
 * The rule set to use: the site's own (child JSON script, else `src`) through the validator,
 * else the built-in Colorado template (checked by the tests). The validator and the template
 * are files of their own, loaded only when needed. Never throws: a problem comes back as a
 * message for the site owner, naming where the rule set came from.
 */
export async function loadRuleSet(host: Element, src: string | undefined): Promise<LoadedConfig<RuleSet>> {
  const loaded = await loadConfig(host, src, valid);
  const from = loaded?.from ?? 'the built-in rule set';
  try {
    return {
      from,
      ...(loaded
        ? loaded.ok
          ? await checkRuleSet(loaded.value)
          : loaded
        : valid((await import('../../data/colorado-scholarship.js')).COLORADO_SCHOLARSHIP)),
    };
  } catch (error) {
    return notLoaded(from, error);
  }
}
