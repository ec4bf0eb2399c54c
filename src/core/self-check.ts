import { type Checked, describeType, invalid, isRecord, safeUrl, text, valid } from './config.js';

/**
 * The self-check's item-set format, its validator, and scoring. Plain functions, no DOM:
 * the element renders what these decide.
 *
 * An item set is a list of statements, the answer options every statement shares, and
 * bands that turn a total score into a neutral result with next steps. The built-in set
 * lives in `data/self-check-items.ts`; a provider may replace it with a scale it has
 * licensed (its own options, bands, `source` and `license`).
 */

/** One answer a visitor can give to every statement, e.g. `{"value": 0, "label": "Never"}`. */
export interface AnswerOption {
  value: number;
  label: string;
}

/** One statement. `reverse` scores it the other way round (the highest option counts lowest). */
export interface Item {
  text: string;
  reverse?: boolean;
}

/**
 * Links the element fills in from its settings: `groups` (`groups-href`, the page with the
 * group finder) and `talk` (the provider's scheduling page, else a call to its phone).
 */
export const STEP_LINKS = ['groups', 'talk'] as const;
export type StepLink = (typeof STEP_LINKS)[number];

/** A next step shown with a result: text, and a link of its own (`href`, `label`) or a named one (`link`). */
export interface NextStep {
  text: string;
  href?: string;
  label?: string;
  link?: StepLink;
}

/** A range of total scores (inclusive) and what to say about it. `id` is what the event reports. */
export interface Band {
  id: string;
  min: number;
  max: number;
  title: string;
  meaning: string;
  steps: NextStep[];
}

export interface ItemSet {
  /** Names the set in stored progress (with `remember`), so answers to one set are not offered to another. */
  id?: string;
  /** The language the set is written in (marked on its text, for screen readers). */
  lang?: string;
  /** Replaces the built-in heading. */
  title?: string;
  /** The question asked above every statement ("Over the past month, how often…?"). */
  prompt?: string;
  /** Who wrote the statements (a citation, for a licensed scale). */
  source: string;
  /** Under what terms the set may be used. */
  license: string;
  options: AnswerOption[];
  items: Item[];
  bands: Band[];
}

/** An answer per statement, in order; `null` while unanswered. */
export type Answers = ReadonlyArray<number | null>;

export interface Score {
  score: number;
  max: number;
  band: Band;
}

const TEXT_FIELDS = ['id', 'lang', 'title', 'prompt', 'source', 'license'] as const;
// `$schema` lets a site owner's editor check the file against schemas/self-check-item-set.schema.json.
const FIELDS: readonly string[] = ['$schema', ...TEXT_FIELDS, 'options', 'items', 'bands'];

/** Thrown (as a plain string) inside the validator only, so each check is one line; `checkItemSet` turns it into a message. */
const fail = (message: string): never => {
  throw message;
};

/**
 * Checks an item set a site supplies (child JSON script or `src`). Messages name the field
 * at fault: `items[3].text is missing`, `bands must cover 0–36 without gaps or overlaps
 * (nothing covers 13)`.
 */
export function checkItemSet(data: unknown): Checked<ItemSet> {
  try {
    return valid(readSet(object(data, 'the item set')));
  } catch (error) {
    if (typeof error === 'string') return invalid(error);
    throw error;
  }
}

function readSet(json: Record<string, unknown>): ItemSet {
  const unknown = Object.keys(json).find((key) => !FIELDS.includes(key));
  if (unknown) fail(`unknown field "${unknown}"`);
  const set = {} as ItemSet;
  for (const field of TEXT_FIELDS) {
    const value = words(json, field, '', field === 'source' || field === 'license');
    if (value) set[field] = value;
  }

  set.options = each(json, 'options', '', '{"value", "label"} answers', (option, at) => ({
    value: whole(option, 'value', at),
    label: words(option, 'label', at)!,
  }));
  if (set.options.length < 2) fail('options must have at least two answers');
  set.options.forEach(
    ({ value }, index) =>
      set.options.findIndex((other) => other.value === value) < index && fail(`options[${index}].value ${value} is used twice`),
  );

  set.items = each(json, 'items', '', '{"text"} statements', (item, at) => {
    if (item.reverse !== undefined && typeof item.reverse !== 'boolean') fail(`${at}reverse must be true or false`);
    return { text: words(item, 'text', at)!, reverse: item.reverse === true };
  });

  set.bands = each(json, 'bands', '', 'score bands', (band, at) => {
    const min = whole(band, 'min', at);
    const max = whole(band, 'max', at);
    if (min > max) fail(`${at}min must not be above ${at}max`);
    // A band's id names it in the event a site may log: short text without spaces.
    const id = band.id;
    if (typeof id !== 'string' || !/^[^\s#]+$/.test(id))
      fail(`${at}id ${id === undefined ? 'is missing' : 'must be text without spaces or "#"'}`);
    return {
      id: id as string,
      min,
      max,
      title: words(band, 'title', at)!,
      meaning: words(band, 'meaning', at)!,
      steps: each(band, 'steps', at, '', readStep),
    };
  });

  // Every possible total falls in exactly one band. Walking the bands in order (not every
  // score) keeps a mistyped "max": 100000000 from freezing the page.
  const [low, high] = scoreRange(set);
  const problem = (detail: string) => fail(`bands must cover ${low}–${high} without gaps or overlaps (${detail})`);
  let next = low;
  for (const { min, max } of [...set.bands].sort((a, b) => a.min - b.min)) {
    if (max < low || min > high) continue;
    if (min > next) problem(`nothing covers ${next}`);
    if (min < next && next > low) problem(`${Math.max(min, low)} is in two bands`);
    next = max + 1;
  }
  if (next <= high) problem(`nothing covers ${next}`);
  return set;
}

function readStep(step: Record<string, unknown>, at: string): NextStep {
  const result: NextStep = { text: words(step, 'text', at)! };
  if (step.href !== undefined)
    result.href = safeUrl(text(step.href)) ?? fail(`${at}href must be an https:, http:, tel:, sms:, mailto: or relative URL`);
  if (step.link !== undefined)
    result.link = STEP_LINKS.includes(step.link as StepLink) ? (step.link as StepLink) : fail(`${at}link must be "groups" or "talk"`);
  const label = words(step, 'label', at, false);
  if (label) result.label = label;
  return result;
}

function object(value: unknown, where: string): Record<string, unknown> {
  return isRecord(value) ? value : fail(`${where} must be an object, got ${describeType(value)}`);
}

/**
 * The entries of the array `record[field]`, each read as an object by `read`. With `what`,
 * the array is required and must not be empty ("… a non-empty array of {what}"); without
 * it, a missing array is an empty one.
 */
function each<T>(
  record: Record<string, unknown>,
  field: string,
  at: string,
  what: string,
  read: (entry: Record<string, unknown>, at: string) => T,
): T[] {
  const value = record[field] ?? (what ? undefined : []);
  if (!Array.isArray(value) || (what && !value.length))
    fail(`${at}${field} must be ${what ? `a non-empty array of ${what}` : `an array, got ${describeType(value)}`}`);
  return (value as unknown[]).map((entry, index) => read(object(entry, `${at}${field}[${index}]`), `${at}${field}[${index}].`));
}

/** Trimmed text from `record[field]`; a missing optional field gives undefined. */
function words(record: Record<string, unknown>, field: string, at: string, required = true): string | undefined {
  const value = text(record[field]);
  if (value || (!required && record[field] === undefined)) return value;
  return fail(`${at}${field} ${record[field] === undefined ? 'is missing' : 'must be non-empty text'}`);
}

function whole(record: Record<string, unknown>, field: string, at: string): number {
  const value = record[field];
  return Number.isInteger(value) && (value as number) >= 0 ? (value as number) : fail(`${at}${field} must be a whole number, 0 or more`);
}

/** The lowest and highest total a set can score: every statement at its lowest or highest option. */
export function scoreRange({ options, items }: Pick<ItemSet, 'options' | 'items'>): [number, number] {
  const values = options.map((option) => option.value);
  return [Math.min(...values) * items.length, Math.max(...values) * items.length];
}

/** Whether `value` is one of the set's option values. */
export function isAnswer({ options }: Pick<ItemSet, 'options'>, value: unknown): value is number {
  return options.some((option) => option.value === value);
}

/**
 * The total, the highest possible total and the band, once every statement is answered;
 * undefined before that.
 */
export function scoreAnswers(set: ItemSet, answers: Answers): Score | undefined {
  if (answers.length !== set.items.length || !answers.every((answer) => isAnswer(set, answer))) return undefined;
  const [low, high] = scoreRange(set);
  // lowest + highest - value turns a reversed answer around (0–3: 3 counts 0, 1 counts 2).
  const turn = (low + high) / set.items.length;
  const score = set.items.reduce((sum, item, index) => sum + (item.reverse ? turn - answers[index]! : answers[index]!), 0);
  const band = set.bands.find((each) => score >= each.min && score <= each.max);
  return band && { score, max: high, band };
}

/**
 * Names a set in storage by its id and shape, not its wording, so progress saved in
 * English resumes in Spanish; `readProgress` still refuses answers that do not fit.
 */
export function setKey({ id = '', items, options }: ItemSet): string {
  return [id, items.length, ...options.map((option) => option.value)].join('-');
}

/** Saved progress: the answers, and the statement the visitor was on. */
export interface Progress {
  answers: Array<number | null>;
  at: number;
}

/** Stored progress back, or undefined when it is missing, damaged or made for another set. */
export function readProgress(set: ItemSet, stored: string | null | undefined): Progress | undefined {
  try {
    const { answers, at } = JSON.parse(stored!) as Progress;
    const fits = answers.length === set.items.length && answers.every((answer) => answer === null || isAnswer(set, answer));
    return fits && Number.isInteger(at) && at >= 0 && at < answers.length ? { answers, at } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The screens of a check: the intro (`steps` mode; in `list` mode the one screen holding
 * every statement), the statements 0 … n-1 one at a time, and n, the result.
 */
export const INTRO = -1;

/**
 * Where the form's main button (Start, Next, See my result) leads from screen `at`, and the
 * statements on that screen left unanswered. From the intro: the first statement, or the
 * one saved progress resumes at. Elsewhere, with an answer missing, the visitor stays;
 * with none missing, the next statement, or the result after the last one (or after the
 * list, `list` mode).
 */
export function submitScreen(at: number, answers: Answers, list: boolean, resumeAt?: number): [next: number, missing: number[]] {
  if (at < 0 && !list) return [resumeAt ?? 0, []];
  const missing = (list ? [...answers.keys()] : [at]).filter((index) => answers[index] === null);
  return [missing.length ? at : list ? answers.length : at + 1, missing];
}

/**
 * What a tab keeps of the visitor's progress on screen `at` (with `remember`): their answers
 * and the statement they are on, once they have answered one, and until they reach the
 * result (a stored copy would outlive its use). Undefined means "keep nothing".
 */
export function progressToKeep(at: number, answers: Progress['answers']): Progress | undefined {
  return at < answers.length && answers.some((answer) => answer !== null) ? { answers, at: Math.max(at, 0) } : undefined;
}
