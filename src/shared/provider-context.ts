import { createContext } from '@lit/context';
import type { ProviderSettings } from '../core/provider-settings.js';

export { THEMES, type ProviderSettings, type Theme } from '../core/provider-settings.js';

/**
 * The context key is a global symbol, not a module-local object: a page may load
 * `recovery-provider.js` and `recovery-faq.js` as two separate per-element bundles, each
 * with its own copy of this module, and they must still find each other.
 */
export const providerContext = createContext<ProviderSettings | undefined>(Symbol.for('recovery-widgets.provider'));
