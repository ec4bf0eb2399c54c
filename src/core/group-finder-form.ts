/**
 * The group finder's form, apart from its rendering: the questions in the order shown, the
 * empty form, which questions a visitor is asked, and what the results event may say. Plain
 * functions, no DOM; the ranking itself is in `groups.ts`.
 */
import {
  FORMATS,
  PREFERRED_APPROACHES,
  ROLES,
  SITUATIONS,
  SUBSTANCES,
  type Answers,
  type Listing,
  type Program,
  type Role,
} from './groups.js';

/** Each question and its answers, in the order shown. */
export const QUESTIONS = {
  role: ROLES,
  situation: [...SITUATIONS, 'any'],
  substance: [...SUBSTANCES, 'any'],
  approach: ['any', ...PREFERRED_APPROACHES],
  format: ['any', ...FORMATS],
} as const;

export type QuestionName = keyof typeof QUESTIONS;

/** The form's answers: no role until the visitor chooses one. */
export type FormAnswers = Omit<Answers, 'role'> & { role?: Role };

/**
 * The empty form. "Who are you" has no answer until the visitor gives one: a parent who
 * clicks straight through must not get a partner's results (GOV.UK advises against pre-set
 * radios for this reason). The other four start on "not sure" / "no preference": those
 * answers only widen the results, never aim them at someone else, they are what a visitor
 * who skips a hard question means, and "Your answers" shows them with the results.
 */
export const NO_ANSWERS: FormAnswers = { situation: 'any', substance: 'any', approach: 'any', format: 'any' };

/** Results shown at first: enough to choose from without a phone-length list; "Show more" gives the rest. */
export const FIRST_SHOWN = 5;

/** The questions asked, in order: a visitor in recovery is not asked about a loved one's situation. */
export function questionsFor(role: Role | undefined): QuestionName[] {
  return (Object.keys(QUESTIONS) as QuestionName[]).filter((name) => name !== 'situation' || role !== 'self');
}

/**
 * What the results event says: the answers the contract names and the ids shown, best first,
 * nothing else. Never the substance; no situation for a visitor in recovery, who was not
 * asked about one.
 */
export function resultsDetail({ role, situation, approach, format }: Answers, matches: readonly Listing[]) {
  return { role, situation: role === 'self' ? null : situation, approach, format, ids: matches.map(({ program }) => program.id) };
}

/** The ids in `exclude` that name no program (most likely typos), in the order given. */
export function unknownIds(excluded: ReadonlySet<string>, programs: readonly Program[]): string[] {
  return [...excluded].filter((id) => !programs.some((program) => program.id === id));
}
