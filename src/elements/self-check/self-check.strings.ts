import type { ItemSetWords } from '../../data/self-check-items.js';
import type { LanguageFile, LazyTranslations } from '../../shared/lazy-localize.js';

/** Every key of the self-check's strings. */
export type SelfCheckTerm =
  | 'title'
  | 'intro'
  | 'notice'
  | 'privacy'
  | 'privacyRemember'
  | 'start'
  | 'resume'
  | 'progress'
  | 'next'
  | 'back'
  | 'finish'
  | 'required'
  | 'errorSummary'
  | 'missing'
  | 'result'
  | 'score'
  | 'nextSteps'
  | 'groups'
  | 'talk'
  | 'call'
  | 'text'
  | 'textKeyword'
  | 'startOver'
  | 'cleared'
  | 'crisis'
  | 'backToCheck'
  | 'unavailable';

/** The self-check's Spanish file (`self-check.es.ts`): its strings, the built-in statements and the help lines. */
export interface SelfCheckLanguageFile extends LanguageFile<SelfCheckTerm> {
  items: ItemSetWords;
}

/**
 * Every visible string of `<recovery-self-check>` outside the item set. Sites override any
 * of them with `strings` or the provider. The tone is a kind conversation: no verdicts, no
 * labels, and the visitor always knows where their answers go (nowhere).
 */
export const selfCheckStrings: LazyTranslations<SelfCheckTerm, SelfCheckLanguageFile> = {
  en: {
    title: 'A private check-in for you',
    intro: 'These {count} short statements are about how someone’s drinking or drug use may affect you. It takes about two minutes.',
    notice: 'This is not a diagnosis or a test. It helps you notice patterns and choose support that fits you.',
    privacy: 'Your answers stay in this browser, go to no one, and are gone when you leave this page.',
    privacyRemember: 'Your answers stay in this browser and go to no one. This tab keeps them until you finish or start over.',
    start: 'Start',
    resume: 'Continue',
    progress: '{current} of {total}',
    next: 'Next',
    back: 'Back',
    finish: 'See my result',
    required: 'Choose an answer to go on. Any answer is fine.',
    errorSummary: 'Some statements need an answer',
    missing: 'Statement {number}',
    result: 'Your result',
    score: 'Score: {score} of {max}',
    nextSteps: 'What could help',
    groups: 'Find a support group',
    talk: 'Talk with someone',
    call: 'Call {number}',
    text: 'Text {number}',
    textKeyword: 'Text {keyword} to {number}',
    startOver: 'Clear my answers and start over',
    cleared: 'Your answers were cleared.',
    crisis: 'Need help now? Crisis and safety lines',
    backToCheck: 'Back to the check-in',
    unavailable: 'Sorry, this check-in can’t be shown right now.',
  },
  // Spanish is about 1.4 KB (brotli) of the widget's file: it loads on first use, so an
  // English page does not carry it.
  es: () => import('./self-check.es.js'),
};
