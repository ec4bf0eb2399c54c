import type { ItemSetWords } from '../../data/self-check-items.js';
import type { LanguageFile, LazyTranslations } from '../../shared/lazy-localize.js';
import type { UiTerm } from '../../shared/ui/ui.strings.js';

/** Every key of the self-check's own strings; progress, calls, texts, the error summary's title and the help lines are the shared `uiStrings`. */
export type SelfCheckTerm =
  | 'title'
  | 'intro'
  | 'notice'
  | 'privacy'
  | 'privacyRemember'
  | 'start'
  | 'resume'
  | 'next'
  | 'back'
  | 'finish'
  | 'required'
  | 'missing'
  | 'result'
  | 'nextSteps'
  | 'groups'
  | 'talk'
  | 'startOver'
  | 'cleared'
  | 'unavailable';

/** The self-check's Spanish file (`self-check.es.ts`): its strings, the shared pieces' and the built-in statements. */
export interface SelfCheckLanguageFile extends LanguageFile<SelfCheckTerm | UiTerm> {
  items: ItemSetWords;
}

/**
 * Every visible string of `<recovery-self-check>` outside the item set and the shared pieces.
 * Sites override any of them with `strings` or the provider. The tone is a kind
 * conversation: no verdicts, no labels, and the visitor always knows where their answers go
 * (nowhere).
 */
export const selfCheckStrings: LazyTranslations<SelfCheckTerm, SelfCheckLanguageFile> = {
  en: {
    title: 'A private check-in for you',
    intro: 'These {count} short statements are about how someone’s drinking or drug use may affect you. It takes about 2\u00a0minutes.',
    notice: 'This is not a diagnosis or a test. It helps you notice patterns and choose support that fits you.',
    privacy: 'Your answers stay in this browser, go to no one, and are gone when you leave this page.',
    privacyRemember: 'Your answers stay in this browser and go to no one. This tab keeps them until you finish or start over.',
    start: 'Start',
    resume: 'Continue',
    next: 'Next',
    back: 'Back',
    finish: 'See my result',
    required: 'Choose an answer to go on. Any answer is fine.',
    missing: 'Choose an answer for statement {number}',
    result: 'Your result',
    nextSteps: 'What could help',
    groups: 'Find a support group',
    talk: 'Talk with someone',
    startOver: 'Clear my answers and start over',
    cleared: 'Your answers were cleared.',
    unavailable: 'Sorry, this check-in can’t be shown right now.',
  },
  // Spanish loads on first use, so an English page does not carry it.
  es: () => import('./self-check.es.js'),
};
