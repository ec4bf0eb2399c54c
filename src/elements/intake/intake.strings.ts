import type { LazyTranslations } from '../../shared/lazy-localize.js';

/**
 * Every visible string of `<recovery-intake>` but those of the shared pieces (call and text
 * links, "opens in a new tab", the error summary's title, the crisis lines: `uiStrings`).
 * Sites override any of them with `strings` or the provider.
 */
export type IntakeTerm =
  | 'title'
  | 'openUntil'
  | 'closedUntil'
  | 'schedule'
  | 'callbackTitle'
  | 'firstName'
  | 'phone'
  | 'phoneHint'
  | 'contactSafety'
  | 'texts-and-voicemail'
  | 'call-only'
  | 'callerNote'
  | 'bestTime'
  | 'anytime'
  | 'morning'
  | 'afternoon'
  | 'evening'
  | 'forWhom'
  | 'self'
  | 'loved-one'
  | 'consent'
  | 'submit'
  | 'tryAgain'
  | 'sending'
  | 'offline'
  | 'errFirstName'
  | 'errPhone'
  | 'errContactSafety'
  | 'errConsent'
  | 'failed'
  | 'rejected'
  | 'callUs'
  | 'sent'
  | 'sentSoon'
  | 'close'
  | 'unavailable';

export const intakeStrings: LazyTranslations<IntakeTerm, { strings: Record<IntakeTerm, string> }> = {
  en: {
    title: 'Talk with someone',
    openUntil: 'We’re open now, until {time}.',
    closedUntil: 'We’re closed right now. We open {when}.',
    schedule: 'Book a time',
    callbackTitle: 'Ask us to call you',
    firstName: 'Your first name',
    phone: 'Your phone number',
    phoneHint: 'We’ll use it only to call you back.',
    contactSafety: 'Is it safe for us to text you or leave a voicemail at this number?',
    'texts-and-voicemail': 'Yes, texts and voicemail are fine',
    'call-only': 'Call only, and leave no message',
    callerNote: 'We’ll say we’re calling from {callerName}.',
    bestTime: 'Best time to call (optional)',
    anytime: 'Any time',
    morning: 'Morning',
    afternoon: 'Afternoon',
    evening: 'Evening',
    forWhom: 'Who is this for? (optional)',
    self: 'Me',
    'loved-one': 'Someone I love',
    consent: 'You may contact me at this number about my request.',
    submit: 'Request a callback',
    tryAgain: 'Try again',
    sending: 'Sending your request…',
    offline: 'You’re offline right now. Keep this page open, and we’ll send your request as soon as you’re back online.',
    errFirstName: 'Enter your first name.',
    errPhone: 'Enter your phone number, with the area code.',
    errContactSafety: 'Tell us whether it’s safe to text you or leave a voicemail.',
    errConsent: 'Check the box so we can contact you.',
    failed: 'We couldn’t send your request',
    rejected: 'Sorry, we couldn’t take this request',
    callUs: 'To talk with someone now, call {number}.',
    sent: 'Thank you, we have your request',
    sentSoon: 'We’ll call you as soon as we can.',
    close: 'Close',
    unavailable: 'You can’t ask for a callback here right now.',
  },
  es: () => import('./intake.es.js'),
};
