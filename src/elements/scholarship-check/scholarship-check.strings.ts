import type { LanguageFile, LazyTranslations } from '../../shared/lazy-localize.js';

/**
 * Every visible string of `<recovery-scholarship-check>` except the rule set's own
 * questions and reasons, and the shared pieces' (`uiStrings`: the error summary's title,
 * "Call {number}", the crisis lines). Sites override any of them with `strings` or the provider.
 */
export type ScholarshipTerm =
  | 'title'
  | 'introWhat'
  | 'introNot'
  | 'time'
  | 'introPrivate'
  | 'start'
  | 'continue'
  | 'back'
  | 'yes'
  | 'no'
  | 'unsure'
  | 'sizeLabel'
  | 'sizeHint'
  | 'amountLabel'
  | 'amountHint'
  | 'errChoose'
  | 'errNumber'
  | 'errSize'
  | 'errAmount'
  | 'summaryTitle'
  | 'change'
  | 'seeResult'
  | 'people_one'
  | 'people_other'
  | 'perYear'
  | 'incomeUnknown'
  | 'eligibleTitle'
  | 'reviewTitle'
  | 'ineligibleTitle'
  | 'eligibleReason'
  | 'notDecision'
  | 'nextTitle'
  | 'nextApplyCall'
  | 'nextApply'
  | 'nextCall'
  | 'nextContact'
  | 'contactBelow'
  | 'contactPage'
  | 'apply'
  | 'helpTitle'
  | 'finder'
  | 'samhsa'
  | 'changed'
  | 'changeAnswers'
  | 'restart'
  | 'unavailable';

export const scholarshipStrings: LazyTranslations<ScholarshipTerm, LanguageFile<ScholarshipTerm>> = {
  en: {
    title: 'Could a scholarship help pay for sober housing?',
    introWhat:
      'A few questions to see if you’re likely to qualify for a scholarship toward a certified sober home. Asking for someone else? Answer for them.',
    introNot: 'It’s not an application or a final decision.',
    time: 'It takes about {minutes} minutes.',
    introPrivate: 'Your answers stay in this browser. They aren’t sent or saved.',
    start: 'Start',
    continue: 'Continue',
    back: 'Back',
    yes: 'Yes',
    no: 'No',
    unsure: 'I’m not sure',
    sizeLabel: 'People in your household',
    sizeHint: 'You and anyone you share money with.',
    amountLabel: 'Yearly household income, before taxes',
    amountHint: 'In dollars. A rough figure is fine. Leave it empty if you don’t know.',
    errChoose: 'Choose an answer.',
    errNumber: 'Enter a whole number, like 24.',
    errSize: 'Enter a number of people from 1 to 20.',
    errAmount: 'Enter an amount in dollars, like 32,000, or leave it empty.',
    summaryTitle: 'Check your answers',
    change: 'Change',
    seeResult: 'See my result',
    people_one: '{count} person',
    people_other: '{count} people',
    perYear: '{amount} a year',
    incomeUnknown: 'income not known',
    eligibleTitle: 'You’re likely eligible',
    reviewTitle: 'We’d like to talk with you',
    ineligibleTitle: 'This scholarship may not fit you',
    eligibleReason: 'Your answers fit what this scholarship is for.',
    notDecision: 'This is a guide, not a final decision.',
    nextTitle: 'What to do next',
    nextApplyCall: 'Apply now, or call us to talk it through.',
    nextApply: 'Your next step is to apply.',
    nextCall: 'Call us to talk it through. We’ll help you apply.',
    nextContact: 'Get in touch with us to talk it through. We’ll help you apply.',
    contactBelow: 'You can reach us below.',
    contactPage: 'You’ll find how to reach us on this page.',
    apply: 'Apply for a scholarship',
    helpTitle: 'What else can help',
    finder: 'Find a support group that fits you',
    samhsa: 'SAMHSA’s National Helpline can help you find treatment and support: free and private, any time, in English and Spanish.',
    changed: 'Has something changed, or do you think we got it wrong? We’re glad to talk.',
    changeAnswers: 'Change my answers',
    restart: 'Start over',
    unavailable: 'Sorry, this check can’t be shown right now.',
  },
  // Spanish is a file of its own, loaded the first time the widget is shown in Spanish: an
  // English page does not carry it (the widget's file stays within its size budget).
  es: () => import('./scholarship-check.es.js'),
};
