import { createContext } from '@lit/context';
import type { ProviderJson } from '../core/provider-config.js';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** One organisation's settings, shared by `<recovery-provider>` with every widget inside it. */
export interface ProviderSettings extends ProviderJson {
  orgName?: string;
  phone?: string;
  sms?: string;
  scheduleHref?: string;
  intakeAction?: string;
  applyHref?: string;
  timezone?: string;
  hours?: string;
  theme?: Theme;
  quickExit?: boolean;
}

/**
 * The context key is a global symbol, not a module-local object: a page may load
 * `recovery-provider.js` and `recovery-faq.js` as two separate per-element bundles, each
 * with its own copy of this module, and they must still find each other.
 */
export const providerContext = createContext<ProviderSettings | undefined>(Symbol.for('recovery-widgets.provider'));
