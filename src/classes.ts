/**
 * Every element class, with no side effects: nothing is registered. For scoped custom
 * element registries or subclasses; register with your own tags.
 */
import type { ItemSet } from './core/self-check.js';
import { itemSet, SELF_CHECK_ITEMS_EN } from './data/self-check-items.js';
import { SELF_CHECK_WORDS_ES } from './data/self-check-items.es.js';

export { RecoveryProvider } from './elements/provider/provider.js';
export { RecoveryFaq, FAQ_TOGGLE_EVENT, type FaqToggleDetail } from './elements/faq/faq.js';
export { RecoveryQuickExit, QUICK_EXIT_EVENT } from './elements/quick-exit/quick-exit.js';
export { RecoveryGroupFinder, GROUP_FINDER_RESULTS_EVENT, type GroupFinderResultsDetail } from './elements/group-finder/group-finder.js';
export type { Program as SupportProgram } from './core/groups.js';
export {
  RecoverySelfCheck,
  SELF_CHECK_COMPLETE_EVENT,
  SELF_CHECK_MODES,
  type SelfCheckCompleteDetail,
  type SelfCheckMode,
} from './elements/self-check/self-check.js';
export { checkItemSet, scoreAnswers, type ItemSet, type Band, type AnswerOption, type NextStep } from './core/self-check.js';
export {
  RecoveryScholarshipCheck,
  SCHOLARSHIP_RESULT_EVENT,
  type ScholarshipResultDetail,
} from './elements/scholarship-check/scholarship-check.js';
export { checkRuleSet, decide, type RuleSet, type Outcome } from './core/scholarship-rules.js';
export {
  RecoveryIntake,
  INTAKE_SENT_EVENT,
  INTAKE_FAILED_EVENT,
  type IntakeEventDetail,
  type IntakeVariant,
} from './elements/intake/intake.js';
export type { ProviderSettings, Theme } from './shared/provider-context.js';
export type { CrisisLine } from './core/provider-config.js';
export { VERSION } from './shared/version.js';

/** The built-in self-check item sets (the widget itself loads the Spanish one on first use). */
export const SELF_CHECK_ITEMS: Record<'en' | 'es', ItemSet> = { en: SELF_CHECK_ITEMS_EN, es: itemSet('es', SELF_CHECK_WORDS_ES) };
