/**
 * The scholarship rule-set format, its validator, and the decision: plain functions, no DOM.
 *
 * A rule set is JSON with `questions` (asked one per screen, in order, each maybe only when
 * its `showIf` holds) and `rules` (a condition on the answers, an outcome and a reason shown
 * to the visitor). Conditions are JSON Logic (see rule-logic.ts).
 *
 * The evaluation order (documented in docs/scholarship-check.md):
 * 1. The questions asked are those whose `showIf` holds, reading only earlier questions that
 *    were themselves asked; answers to questions not asked are ignored.
 * 2. Every rule is tested against those answers.
 * 3. If any `ineligible` rule matches, the outcome is `ineligible`; otherwise, if any `review`
 *    rule matches, it is `review`; otherwise `eligible`.
 * 4. The reasons shown are those of the matching rules with that outcome, in rule order.
 */
import { type Checked, describeType, invalid, isRecord, text, valid } from './config.js';
import { checkCondition, holds, type Kind, type Value } from './rule-logic.js';
import { DEFAULT_INCOME_LIMIT } from '../data/poverty-guidelines.js';

/** Most severe first: the first with a matching rule wins. */
export const OUTCOMES = ['ineligible', 'review', 'eligible'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const QUESTION_TYPES = ['yes-no', 'number', 'choice', 'income'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Text a visitor reads, in English and Spanish (and any other language a site adds). */
export type LocalizedText = { en: string; es: string; [lang: string]: string };

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

export interface Question {
  /** Letters, digits, `-` and `_`; rules read the answer as `{"var": "<id>"}`. */
  id: string;
  type: QuestionType;
  label: LocalizedText;
  hint?: LocalizedText;
  /** Ask this question only when the condition holds (it may read earlier questions only). */
  showIf?: unknown;
  /** `choice`: the answers, at least two. */
  options?: ChoiceOption[];
  /** `yes-no`: also offer "I'm not sure" (answer `"unsure"`). */
  unsure?: boolean;
  /** `number`: the smallest and largest whole number accepted. */
  min?: number;
  max?: number;
}

export interface Rule {
  id: string;
  /** When the rule matches (JSON Logic). */
  when: unknown;
  outcome: Outcome;
  reason: LocalizedText;
}

/** The income limit: `percent` of the poverty guideline for the household's size. */
export interface IncomeLimit {
  year: number;
  percent: number;
  /** The guideline (100%) for households of 1, 2, 3, … people. */
  guidelines: number[];
  /** Added per person beyond the last size in `guidelines`. */
  eachAdditional: number;
}

export interface RuleSet {
  questions: Question[];
  rules: Rule[];
  /** Defaults to 300% of the current federal poverty guidelines. */
  incomeLimit?: IncomeLimit;
}

/** An `income` answer: household size, and yearly income (null when the visitor doesn't know). */
export interface IncomeAnswer {
  size: number;
  amount: number | null;
}

/** `yes-no` and `choice` answers are their values ("yes", "no", "unsure", an option's value). */
export type Answer = string | number | IncomeAnswer;
export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface Decision {
  outcome: Outcome;
  /** The matching rules with that outcome, in rule order. */
  reasons: Rule[];
}

/** What rules read from an `income` question named `<id>`: `<id>.withinLimit`, …. */
const INCOME_FIELDS: Record<string, Kind['type']> = { withinLimit: 'boolean', known: 'boolean', percent: 'number', size: 'number', amount: 'number' };

/** The answers a `yes-no` or `choice` question can have. */
export function answerValues(question: Question): string[] {
  if (question.type === 'choice') return question.options?.map((option) => option.value) ?? [];
  return question.unsure ? ['yes', 'no', 'unsure'] : ['yes', 'no'];
}

/** Every name a question gives conditions, with its kind. */
function namesOf(question: Question): Array<[string, Kind]> {
  const of = question.id;
  if (question.type === 'number') return [[of, { type: 'number', of }]];
  if (question.type === 'income') return Object.entries(INCOME_FIELDS).map(([field, type]) => [`${of}.${field}`, { type, of: `${of}.${field}` }]);
  return [[of, { type: 'text', values: answerValues(question), of }]];
}

// ---------------------------------------------------------------------------------------
// Validation: every message names the question or rule at fault.

const QUESTION_FIELDS = ['id', 'type', 'label', 'hint', 'showIf', 'options', 'unsure', 'min', 'max'];
const RULE_FIELDS = ['id', 'when', 'outcome', 'reason'];
const ID = /^[A-Za-z][\w-]*$/;

function unknownField(record: Record<string, unknown>, allowed: string[]): string | undefined {
  const extra = Object.keys(record).find((key) => !allowed.includes(key));
  return extra && `unknown field "${extra}" (expected ${allowed.join(', ')})`;
}

/** `{"en": "…", "es": "…"}`; other languages may be added. */
function checkText(value: unknown, field: string): string | undefined {
  if (value === undefined) return `${field} is missing`;
  if (!isRecord(value)) return `${field} must be an object like {"en": "…", "es": "…"}, got ${describeType(value)}`;
  for (const lang of ['en', 'es']) if (!text(value[lang])) return `${field}.${lang} is missing`;
  const bad = Object.keys(value).find((lang) => typeof value[lang] !== 'string');
  return bad && `${field}.${bad} must be text`;
}

function checkIncomeLimit(value: unknown): string | undefined {
  const at = 'incomeLimit';
  if (!isRecord(value)) return `${at} must be an object, got ${describeType(value)}`;
  const extra = unknownField(value, ['year', 'percent', 'guidelines', 'eachAdditional']);
  if (extra) return `${at}: ${extra}`;
  const { year, percent, guidelines, eachAdditional } = value;
  if (!Number.isInteger(year)) return `${at}.year must be a year, like 2026`;
  if (!(typeof percent === 'number' && percent > 0)) return `${at}.percent must be a number above 0, like 300`;
  if (!Array.isArray(guidelines) || !guidelines.length || !guidelines.every((amount) => typeof amount === 'number' && amount > 0)) {
    return `${at}.guidelines must list the yearly guideline for 1, 2, 3, … people, as numbers above 0`;
  }
  if (!(typeof eachAdditional === 'number' && eachAdditional >= 0)) return `${at}.eachAdditional must be a number, 0 or more`;
  return undefined;
}

function checkQuestion(entry: unknown, index: number, earlier: Question[], all: unknown[]): string | undefined {
  let at = `questions[${index}]`;
  if (!isRecord(entry)) return `${at} must be an object, got ${describeType(entry)}`;
  const { id, type } = entry;
  if (typeof id !== 'string' || !ID.test(id)) return `${at}: id must start with a letter and hold only letters, digits, "-" and "_", got ${JSON.stringify(id)}`;
  at += ` "${id}"`;
  const showIf =
    entry.showIf === undefined
      ? undefined
      : checkCondition(entry.showIf, new Map(earlier.flatMap(namesOf)), (name) => {
          const base = name.split('.')[0];
          const later = all.slice(index).some((other) => isRecord(other) && other.id === base);
          return later ? `"${base}" is not asked before this question` : unknownName(name, earlier);
        });
  const problem =
    (earlier.some((question) => question.id === id) && `id "${id}" is used twice`) ||
    unknownField(entry, QUESTION_FIELDS) ||
    (!QUESTION_TYPES.includes(type as QuestionType) && `type must be one of ${QUESTION_TYPES.join(', ')}, got ${JSON.stringify(type)}`) ||
    checkText(entry.label, 'label') ||
    (entry.hint !== undefined && checkText(entry.hint, 'hint')) ||
    checkOptions(entry) ||
    (entry.unsure !== undefined && (type !== 'yes-no' || typeof entry.unsure !== 'boolean') && `"unsure" is true or false, for yes-no questions`) ||
    checkRange(entry) ||
    (showIf && `showIf: ${showIf}`);
  return problem ? `${at}: ${problem}` : undefined;
}

function checkOptions(entry: Record<string, unknown>): string | undefined {
  const { options } = entry;
  if (entry.type !== 'choice') return options === undefined ? undefined : `"options" is only for choice questions`;
  if (!Array.isArray(options) || options.length < 2) return `a choice question needs "options": at least two {"value", "label"}`;
  for (const [index, option] of options.entries()) {
    const at = `options[${index}]`;
    if (!isRecord(option) || typeof option.value !== 'string' || !ID.test(option.value)) return `${at}.value must be a word like "none" or "self-identified"`;
    if (options.findIndex((other) => other.value === option.value) !== index) return `${at}.value "${option.value}" is used twice`;
    const label = checkText(option.label, `${at}.label`);
    if (label) return label;
  }
  return undefined;
}

function checkRange(entry: Record<string, unknown>): string | undefined {
  const { min, max } = entry;
  if (min === undefined && max === undefined) return undefined;
  if (entry.type !== 'number') return `"min" and "max" are only for number questions`;
  for (const [name, bound] of [['min', min], ['max', max]] as const) {
    if (bound !== undefined && !Number.isInteger(bound)) return `${name} must be a whole number`;
  }
  return typeof min === 'number' && typeof max === 'number' && min > max ? `min (${min}) is above max (${max})` : undefined;
}

/** Why a name is not known: a typo in a question id, or a field an income question does not have. */
function unknownName(name: string, questions: Question[]): string {
  const base = name.split('.')[0];
  const question = questions.find((candidate) => candidate.id === base);
  if (question?.type === 'income') return `"${name}" is not one of ${namesOf(question).map(([known]) => known).join(', ')}`;
  return `unknown question "${question ? name : base}"`;
}

function checkRule(entry: unknown, index: number, earlier: Rule[], questions: Question[]): string | undefined {
  let at = `rules[${index}]`;
  if (!isRecord(entry)) return `${at} must be an object, got ${describeType(entry)}`;
  const id = text(entry.id);
  if (!id) return `${at}: id is missing`;
  at += ` "${id}"`;
  const problem =
    (earlier.some((rule) => rule.id === id) && `id "${id}" is used twice`) ||
    unknownField(entry, RULE_FIELDS) ||
    (!OUTCOMES.includes(entry.outcome as Outcome) && `outcome must be eligible, review or ineligible, got ${JSON.stringify(entry.outcome)}`) ||
    checkText(entry.reason, 'reason') ||
    (entry.when === undefined
      ? `"when" is missing: the condition under which this rule applies`
      : checkCondition(entry.when, new Map(questions.flatMap(namesOf)), (name) => unknownName(name, questions)));
  return problem ? `${at}: ${problem}` : undefined;
}

/** Checks a rule set from JSON. The first problem found is returned, naming its question or rule. */
export function checkRuleSet(data: unknown): Checked<RuleSet> {
  if (!isRecord(data)) return invalid(`expected an object with "questions" and "rules", got ${describeType(data)}`);
  const extra = unknownField(data, ['questions', 'rules', 'incomeLimit']);
  if (extra) return invalid(extra);
  const { questions, rules } = data;
  if (!Array.isArray(questions) || !questions.length) return invalid(`"questions" must be a list of at least one question`);
  if (!Array.isArray(rules)) return invalid(`"rules" must be a list, got ${describeType(rules)}`);
  const limitProblem = data.incomeLimit !== undefined && checkIncomeLimit(data.incomeLimit);
  if (limitProblem) return invalid(limitProblem);
  const checked: Question[] = [];
  for (const [index, entry] of questions.entries()) {
    const problem = checkQuestion(entry, index, checked, questions);
    if (problem) return invalid(problem);
    checked.push(entry as unknown as Question);
  }
  const checkedRules: Rule[] = [];
  for (const [index, entry] of rules.entries()) {
    const problem = checkRule(entry, index, checkedRules, checked);
    if (problem) return invalid(problem);
    checkedRules.push(entry as unknown as Rule);
  }
  return valid(data as unknown as RuleSet);
}

// ---------------------------------------------------------------------------------------
// The decision.

/** The guideline, the limit and where an income stands, for a household of `size`. */
export function incomeFacts(limit: IncomeLimit, { size, amount }: IncomeAnswer) {
  const listed = limit.guidelines.length;
  const guideline = limit.guidelines[Math.min(size, listed) - 1] + Math.max(0, size - listed) * limit.eachAdditional;
  const max = (guideline * limit.percent) / 100;
  return {
    guideline,
    limit: max,
    percent: amount === null ? null : (amount * 100) / guideline,
    withinLimit: amount === null ? null : amount <= max,
  };
}

/** Reads names for conditions from the answers to `asked` questions only. */
function reader(ruleSet: RuleSet, answers: Answers, asked: readonly Question[]): (name: string) => Value {
  return (name) => {
    const [id, field] = name.split('.');
    const question = asked.find((candidate) => candidate.id === id);
    const answer = question && answers[id];
    if (answer === undefined) return null;
    if (typeof answer !== 'object') return field ? null : answer;
    const facts = incomeFacts(ruleSet.incomeLimit ?? DEFAULT_INCOME_LIMIT, answer);
    const income: Record<string, Value> = { ...facts, known: answer.amount !== null, size: answer.size, amount: answer.amount };
    return field && field in INCOME_FIELDS ? income[field] : null;
  };
}

/** The questions this visitor is asked, in order, given the answers so far. */
export function askedQuestions(ruleSet: RuleSet, answers: Answers): Question[] {
  const asked: Question[] = [];
  for (const question of ruleSet.questions) {
    if (question.showIf === undefined || holds(question.showIf, reader(ruleSet, answers, asked))) asked.push(question);
  }
  return asked;
}

/** The first asked question after `id` (or the first of all) that has no answer yet. */
export function nextUnanswered(ruleSet: RuleSet, answers: Answers, after?: string): Question | undefined {
  const asked = askedQuestions(ruleSet, answers);
  const start = after === undefined ? 0 : asked.findIndex((question) => question.id === after) + 1;
  return asked.slice(start).find((question) => answers[question.id] === undefined);
}

/** The outcome and its reasons, following the evaluation order above. */
export function decide(ruleSet: RuleSet, answers: Answers): Decision {
  const read = reader(ruleSet, answers, askedQuestions(ruleSet, answers));
  const matched = ruleSet.rules.filter((rule) => holds(rule.when, read));
  const outcome = OUTCOMES.find((candidate) => candidate === 'eligible' || matched.some((rule) => rule.outcome === candidate))!;
  return { outcome, reasons: matched.filter((rule) => rule.outcome === outcome) };
}

/**
 * A whole number typed by a visitor: "45,000", "$45 000" and " 45000 " are 45000; anything
 * else (letters, decimals, negative numbers, empty) is undefined.
 */
export function parseWholeNumber(input: string): number | undefined {
  const compact = input.replace(/[\s,$]/g, '');
  return /^\d{1,9}$/.test(compact) ? Number(compact) : undefined;
}
