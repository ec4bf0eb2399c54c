/**
 * The scholarship rule-set format, its validator, and the decision: plain functions, no DOM.
 *
 * A rule set is JSON with `questions` (asked one per screen, in order, each maybe only when
 * its `showIf` holds) and `rules` (a condition on the answers, an outcome and a reason shown
 * to the visitor). Conditions are JSON Logic (see rule-logic.ts).
 *
 * The evaluation order (documented in the README's scholarship section):
 * 1. The questions asked are those whose `showIf` holds, reading only earlier questions that
 *    were themselves asked; answers to questions not asked are ignored.
 * 2. Every rule is tested against those answers.
 * 3. If any `ineligible` rule matches, the outcome is `ineligible`; otherwise, if any `review`
 *    rule matches, it is `review`; otherwise `eligible`.
 * 4. The reasons shown are those of the matching rules with that outcome, in rule order.
 */
import { type Checked, describeType, invalid, isRecord, text, valid } from './config.js';
import { checkCondition, holds, type Value } from './rule-logic.js';
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
const INCOME_FIELDS = ['withinLimit', 'known', 'percent'];

/** The answers a `yes-no` or `choice` question can have. */
export function answerValues(question: Question): string[] {
  if (question.type === 'choice') return question.options?.map((option) => option.value) ?? [];
  return question.unsure ? ['yes', 'no', 'unsure'] : ['yes', 'no'];
}

/** Every name a question gives conditions, with the answers it can have (null: any number or fact). */
function namesOf(question: Question): Array<[string, string[] | null]> {
  const { id, type } = question;
  if (type === 'income') return INCOME_FIELDS.map((field) => [`${id}.${field}`, null]);
  return [[id, type === 'number' ? null : answerValues(question)]];
}

// ---------------------------------------------------------------------------------------
// Validation: every message names the question or rule at fault.

const QUESTION_FIELDS = ['id', 'type', 'label', 'hint', 'showIf'];
/** The fields only one type of question has. */
const TYPE_FIELDS: Record<string, string[]> = { choice: ['options'], 'yes-no': ['unsure'] };
const RULE_FIELDS = ['id', 'when', 'outcome', 'reason'];
const ID = /^[A-Za-z][\w-]*$/;
const isNumber = (value: unknown, above = -1): boolean => typeof value === 'number' && value > above;

function unknownField(record: Record<string, unknown>, allowed: string[]): string | false {
  const extra = Object.keys(record).find((key) => !allowed.includes(key));
  return !!extra && `unknown field "${extra}" (expected ${allowed.join(', ')})`;
}

/** `{"en": "…", "es": "…"}`; other languages may be added. */
function checkText(value: unknown, field: string): string | false {
  if (value === undefined) return `${field} is missing`;
  if (!isRecord(value)) return `${field} must be {"en": "…", "es": "…"}, got ${describeType(value)}`;
  const missing = ['en', 'es'].find((lang) => !text(value[lang]));
  return !!missing && `${field}.${missing} is missing`;
}

/** True when `limit` has a year, a percent above 0, guideline amounts above 0 and a per-person amount, nothing else. */
function isIncomeLimit(limit: unknown): boolean {
  if (!isRecord(limit) || Object.keys(limit).length !== 4) return false;
  const { year, percent, guidelines, eachAdditional } = limit;
  return Number.isInteger(year) && isNumber(percent, 0) && isNumber(eachAdditional) && Array.isArray(guidelines) && guidelines.length > 0 && guidelines.every((amount) => isNumber(amount, 0));
}

/** What is wrong with a choice question's options. */
function checkOptions(entry: Record<string, unknown>): string | false | undefined {
  const { type, options } = entry;
  if (type === 'choice') {
    if (!Array.isArray(options) || options.length < 2) return 'options must list at least two {"value", "label"}';
    for (const [index, option] of options.entries()) {
      const at = `options[${index}]`;
      if (!isRecord(option) || !text(option.value)) return `${at}.value is missing`;
      const label = checkText(option.label, `${at}.label`);
      if (label) return label;
    }
  }
  return false;
}

const unknownName = (name: string) => `unknown question "${name}"`;

/** Checks a rule set from JSON. The first problem found is returned, naming its question or rule. */
export function checkRuleSet(data: unknown): Checked<RuleSet> {
  if (!isRecord(data)) return invalid(`expected an object with "questions" and "rules", got ${describeType(data)}`);
  const { questions, rules, incomeLimit } = data;
  const problem =
    unknownField(data, ['questions', 'rules', 'incomeLimit']) ||
    ((!Array.isArray(questions) || !questions.length) && '"questions" must be a list of at least one question') ||
    (!Array.isArray(rules) && `"rules" must be a list, got ${describeType(rules)}`) ||
    (incomeLimit !== undefined && !isIncomeLimit(incomeLimit) && 'incomeLimit must be like {"year": 2026, "percent": 300, "guidelines": [15960, 21640], "eachAdditional": 5680}');
  if (problem) return invalid(problem);

  const checked: Question[] = [];
  for (const [index, entry] of (questions as unknown[]).entries()) {
    const error = checkEntry(entry, `questions[${index}]`, checked, (question) => {
      const showIf =
        question.showIf !== undefined &&
        checkCondition(question.showIf, new Map(checked.flatMap(namesOf)), (name) => `${unknownName(name)} (showIf reads only questions asked before)`);
      return (
        (!QUESTION_TYPES.includes(question.type as QuestionType) && `type must be one of ${QUESTION_TYPES.join(', ')}, got ${JSON.stringify(question.type)}`) ||
        unknownField(question, [...QUESTION_FIELDS, ...(TYPE_FIELDS[question.type as string] ?? [])]) ||
        checkText(question.label, 'label') ||
        (question.hint !== undefined && checkText(question.hint, 'hint')) ||
        checkOptions(question) ||
        (!!showIf && `showIf: ${showIf}`)
      );
    });
    if (error) return invalid(error);
    checked.push(entry as Question);
  }

  const names = new Map(checked.flatMap(namesOf));
  const checkedRules: Rule[] = [];
  for (const [index, entry] of (rules as unknown[]).entries()) {
    const error = checkEntry(entry, `rules[${index}]`, checkedRules, (rule) =>
      unknownField(rule, RULE_FIELDS) ||
      (!OUTCOMES.includes(rule.outcome as Outcome) && `outcome must be one of ${OUTCOMES.join(', ')}, got ${JSON.stringify(rule.outcome)}`) ||
      checkText(rule.reason, 'reason') ||
      (rule.when === undefined ? 'when is missing' : checkCondition(rule.when, names, unknownName)),
    );
    if (error) return invalid(error);
    checkedRules.push(entry as Rule);
  }
  return valid(data as unknown as RuleSet);
}

/** The checks every question and rule share (an object, a unique id), then `check`, with messages prefixed by `at "id"`. */
function checkEntry(
  entry: unknown,
  at: string,
  earlier: ReadonlyArray<{ id: string }>,
  check: (entry: Record<string, unknown>) => string | false | undefined,
): string | undefined {
  if (!isRecord(entry)) return `${at} must be an object, got ${describeType(entry)}`;
  const { id } = entry;
  if (typeof id !== 'string' || !ID.test(id)) return `${at}: id must be a word like "age", got ${JSON.stringify(id)}`;
  const problem = (earlier.some((other) => other.id === id) && `id "${id}" is used twice`) || check(entry);
  return problem ? `${at} "${id}": ${problem}` : undefined;
}

// ---------------------------------------------------------------------------------------
// The decision.

/** The guideline, the limit and where an income stands, for a household of `size`. */
export function incomeFacts(limit: IncomeLimit, { size, amount }: IncomeAnswer) {
  const listed = limit.guidelines.length;
  const guideline = limit.guidelines[Math.min(size, listed) - 1] + Math.max(0, size - listed) * limit.eachAdditional;
  const max = (guideline * limit.percent) / 100;
  return {
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
    const income: Record<string, Value> = { ...facts, known: answer.amount !== null };
    return INCOME_FIELDS.includes(field) ? income[field] : null;
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
