/**
 * The callback request's fields: the phone check and the exact JSON the endpoint receives.
 * Plain functions, no DOM. The body carries the form's fields, the page path and the
 * language, and nothing else: no query string, no answers from other widgets.
 */

export const BEST_TIMES = ['anytime', 'morning', 'afternoon', 'evening'] as const;
export type BestTime = (typeof BEST_TIMES)[number];

export const FOR_WHOM = ['self', 'loved-one'] as const;
export type ForWhom = (typeof FOR_WHOM)[number];

/** What the visitor typed, as the form holds it (a draft may be half-filled). */
export interface IntakeDraft {
  firstName: string;
  phone: string;
  bestTime: BestTime;
  forWhom: ForWhom | '';
}

export const EMPTY_DRAFT: IntakeDraft = { firstName: '', phone: '', bestTime: 'anytime', forWhom: '' };

/** The JSON body POSTed to the endpoint, field for field (see docs/intake.md, "What your endpoint receives"). */
export interface IntakeRequestBody {
  firstName: string;
  phone: string;
  bestTime: BestTime;
  forWhom: ForWhom | null;
  consent: true;
  /** The consent sentence the visitor ticked, in the language they read it in. */
  consentText: string;
  /** The page's path, without query string or fragment (they can carry tracking or personal data). */
  page: string;
  /** The widget's language: "en", "es", … */
  lang: string;
}

/**
 * `pattern` of the phone input (HTML compiles it with the `v` flag, anchored at both ends):
 * 7 to 15 digits (E.164 allows 15) with the usual separators and an optional leading +.
 * Native constraint validation does the checking; no script needed.
 */
export const PHONE_PATTERN = String.raw`\s*\+?(?:[\s\(\)\.\-]*\d){7,15}[\s\(\)\.\-]*`;

/** `pattern` of the first-name input: something other than spaces. */
export const NAME_PATTERN = String.raw`.*\S.*`;

/** A draft read back from storage: the text fields as text, the choices only if they are known ones. */
export function toDraft(value: unknown): IntakeDraft {
  const { firstName, phone, bestTime, forWhom } = { ...EMPTY_DRAFT, ...(value as object) };
  return {
    firstName: `${firstName}`.slice(0, 60),
    phone: `${phone}`.slice(0, 30),
    bestTime: BEST_TIMES.includes(bestTime) ? bestTime : 'anytime',
    forWhom: FOR_WHOM.includes(forWhom as ForWhom) ? forWhom : '',
  };
}

/** The body for a completed, valid draft. `path` is `location.pathname`. */
export function requestBody(draft: IntakeDraft, consentText: string, path: string, lang: string): IntakeRequestBody {
  return {
    firstName: draft.firstName.trim(),
    phone: draft.phone.trim(),
    bestTime: draft.bestTime,
    forWhom: draft.forWhom || null,
    consent: true,
    consentText,
    // `pathname` never holds the query or fragment; cutting at ? and # also covers a full URL passed by mistake.
    page: path.split(/[?#]/)[0] || '/',
    lang,
  };
}
