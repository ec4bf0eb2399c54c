/**
 * The callback request's fields: what the form checks and the exact JSON the endpoint
 * receives. Plain functions, no DOM. The body carries the form's fields, the page path and
 * the language, and nothing else: no query string, no answers from other widgets.
 */

export const BEST_TIMES = ['anytime', 'morning', 'afternoon', 'evening'] as const;
export type BestTime = (typeof BEST_TIMES)[number];

export const FOR_WHOM = ['self', 'loved-one'] as const;
export type ForWhom = (typeof FOR_WHOM)[number];

/**
 * Whether it is safe to text the visitor or leave a voicemail: someone else may read their
 * messages or hear their voicemail. `call-only` means call, and leave no message and no text.
 */
export const CONTACT_SAFETY = ['texts-and-voicemail', 'call-only'] as const;
export type ContactSafety = (typeof CONTACT_SAFETY)[number];

/** What the visitor typed, as the form holds it (a draft may be half-filled). */
export interface IntakeDraft {
  firstName: string;
  phone: string;
  contactSafety: ContactSafety | '';
  bestTime: BestTime;
  forWhom: ForWhom | '';
}

export const EMPTY_DRAFT: IntakeDraft = { firstName: '', phone: '', contactSafety: '', bestTime: 'anytime', forWhom: '' };

/** A field the visitor must fix, in the form's order; also the id of the control the error summary links to. */
export type IntakeField = 'firstName' | 'phone' | 'contactSafety' | 'consent';

/** The JSON body POSTed to the endpoint, field for field (see docs/intake.md, "What your endpoint receives"). */
export interface IntakeRequestBody {
  firstName: string;
  phone: string;
  /** Required: whether texts and voicemail are safe, or only a call with no message. */
  contactSafety: ContactSafety;
  bestTime: BestTime;
  forWhom: ForWhom | null;
  consent: true;
  /** The consent sentence the visitor checked, in the language they read it in. */
  consentText: string;
  /** The page's path, without query string or fragment (they can carry tracking or personal data). */
  page: string;
  /** The widget's language: "en", "es", … */
  lang: string;
}

/**
 * `pattern` of the phone input (HTML compiles it with the `v` flag, anchored at both ends):
 * 7 to 15 digits (E.164 allows 15) with the usual separators and an optional leading +.
 */
export const PHONE_PATTERN = String.raw`\s*\+?(?:[\s\(\)\.\-]*\d){7,15}[\s\(\)\.\-]*`;

/** `pattern` of the first-name input: something other than spaces. */
export const NAME_PATTERN = String.raw`.*\S.*`;

/** Whether `value` matches an input `pattern` as the browser applies it: anchored, with the `v` flag. */
export const matchesPattern = (pattern: string, value: string): boolean => new RegExp(`^(?:${pattern})$`, 'v').test(value);

/** The fields to fix before the request can go, in the form's order; none when it is ready. */
export function draftProblems(draft: IntakeDraft, consent: boolean): IntakeField[] {
  return (
    [
      [!matchesPattern(NAME_PATTERN, draft.firstName), 'firstName'],
      [!matchesPattern(PHONE_PATTERN, draft.phone), 'phone'],
      [!draft.contactSafety, 'contactSafety'],
      [!consent, 'consent'],
    ] as const
  )
    .filter(([problem]) => problem)
    .map(([, field]) => field);
}

/** A draft read back from storage: the text fields as text, the choices only if they are known ones. */
export function toDraft(value: unknown): IntakeDraft {
  const { firstName, phone, contactSafety, bestTime, forWhom } = { ...EMPTY_DRAFT, ...(value as object) };
  return {
    firstName: `${firstName}`.slice(0, 60),
    phone: `${phone}`.slice(0, 30),
    contactSafety: CONTACT_SAFETY.includes(contactSafety as ContactSafety) ? contactSafety : '',
    bestTime: BEST_TIMES.includes(bestTime) ? bestTime : 'anytime',
    forWhom: FOR_WHOM.includes(forWhom as ForWhom) ? forWhom : '',
  };
}

/** The body for a draft with no problems left. `path` is `location.pathname`. */
export function requestBody(draft: IntakeDraft, consentText: string, path: string, lang: string): IntakeRequestBody {
  return {
    firstName: draft.firstName.trim(),
    phone: draft.phone.trim(),
    // Never missing from a checked draft; if it ever were, the careful answer is the one sent.
    contactSafety: draft.contactSafety || 'call-only',
    bestTime: draft.bestTime,
    forWhom: draft.forWhom || null,
    consent: true,
    consentText,
    // `pathname` never holds the query or fragment; cutting at ? and # also covers a full URL passed by mistake.
    page: path.split(/[?#]/)[0] || '/',
    lang,
  };
}
