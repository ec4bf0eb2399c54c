/**
 * recovery-widgets: every element, defined. Import the classes from here to extend them
 * or register them in a scoped registry; import `elements/recovery-<name>.js` for one.
 */
import './elements/provider/recovery-provider.js';
import './elements/faq/recovery-faq.js';
import './elements/quick-exit/recovery-quick-exit.js';
import './elements/intake/recovery-intake.js';

export { RecoveryProvider } from './elements/provider/provider.js';
export { RecoveryFaq, FAQ_TOGGLE_EVENT, type FaqToggleDetail } from './elements/faq/faq.js';
export { RecoveryQuickExit, QUICK_EXIT_EVENT } from './elements/quick-exit/quick-exit.js';
export { RecoveryIntake, INTAKE_SENT_EVENT, INTAKE_FAILED_EVENT, type IntakeEventDetail, type IntakeVariant } from './elements/intake/intake.js';
export type { ProviderSettings, Theme } from './shared/provider-context.js';
export type { CrisisLine } from './core/provider-config.js';
export { VERSION } from './shared/version.js';
