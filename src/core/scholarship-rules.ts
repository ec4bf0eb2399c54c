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
import { type Checked, describeType, isRecord, text } from './config.js';
import { evaluate, holds, operation, UNKNOWN, type Value } from './rule-logic.js';
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
export const INCOME_FIELDS = ['withinLimit', 'known', 'percent'];

/** The answers a `yes-no` or `choice` question can have. */
export function answerValues(question: Question): string[] {
  if (question.type === 'choice') return question.options?.map((option) => option.value) ?? [];
  return question.unsure ? ['yes', 'no', 'unsure'] : ['yes', 'no'];
}

/**
 * What the validator shares with the decisions. The validator is a file of its own
 * (scholarship-rules-check.ts), loaded only when a site gives a rule set of its own; a file
 * loaded later may import nothing at run time (it could bring in a second copy of the widget:
 * scripts/check-package.mjs), so these come to it as an argument.
 */
export const RULES_KIT = {
  isRecord,
  describeType,
  text,
  operation,
  answerValues,
  outcomes: OUTCOMES,
  questionTypes: QUESTION_TYPES,
  incomeFields: INCOME_FIELDS,
};
export type RulesKit = typeof RULES_KIT;

/**
 * Checks a rule set from JSON, loading the validator on first use. The first problem found
 * is returned, saying where it is: `rules[2].when (rule "income"): unknown question "residant"`.
 */
export async function checkRuleSet(data: unknown): Promise<Checked<RuleSet>> {
  return (await import('./scholarship-rules-check.js')).checkRuleSet(data, RULES_KIT);
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

/**
 * Walks the questions in order, as the visitor meets them: those whose `showIf` holds are
 * asked. `read` gives conditions the answers to asked questions. With `early`, a question
 * that may still be asked but has no answer yet is `open`: it reads as `UNKNOWN` (so does one
 * whose `showIf` cannot be known yet); without, it reads as null (not answered).
 */
function walk(ruleSet: RuleSet, answers: Answers, early = false) {
  const asked: Question[] = [];
  const open: Question[] = [];
  const read = (name: string): Value => {
    const [id, field] = name.split('.');
    if (open.some((question) => question.id === id)) return UNKNOWN;
    const question = asked.find((candidate) => candidate.id === id);
    const answer = question && answers[id];
    if (answer === undefined) return null;
    if (typeof answer !== 'object') return field ? null : answer;
    const facts = incomeFacts(ruleSet.incomeLimit ?? DEFAULT_INCOME_LIMIT, answer);
    const income: Record<string, Value> = { ...facts, known: answer.amount !== null };
    return INCOME_FIELDS.includes(field) ? income[field] : null;
  };
  for (const question of ruleSet.questions) {
    const shown = question.showIf === undefined || evaluate(question.showIf, read);
    if (shown === UNKNOWN || (early && holds(shown, read) && answers[question.id] === undefined)) open.push(question);
    else if (holds(shown, read)) asked.push(question);
  }
  return { asked, read };
}

/** The questions this visitor is asked, in order, given the answers so far. */
export function askedQuestions(ruleSet: RuleSet, answers: Answers): Question[] {
  return walk(ruleSet, answers).asked;
}

/** The first asked question after `id` (or the first of all) that has no answer yet. */
export function nextUnanswered(ruleSet: RuleSet, answers: Answers, after?: string): Question | undefined {
  const asked = askedQuestions(ruleSet, answers);
  const start = after === undefined ? 0 : asked.findIndex((question) => question.id === after) + 1;
  return asked.slice(start).find((question) => answers[question.id] === undefined);
}

/** The matching rules of the first outcome (most severe first) that has any, else `eligible`. */
function outcomeOf(matched: Rule[]): Decision {
  const outcome = OUTCOMES.find((candidate) => candidate === 'eligible' || matched.some((rule) => rule.outcome === candidate))!;
  return { outcome, reasons: matched.filter((rule) => rule.outcome === outcome) };
}

/** The outcome and its reasons, following the evaluation order above. */
export function decide(ruleSet: RuleSet, answers: Answers): Decision {
  const { read } = walk(ruleSet, answers);
  return outcomeOf(ruleSet.rules.filter((rule) => holds(rule.when, read)));
}

/**
 * The outcome, when the answers so far already make it `ineligible` whatever the answers to
 * the questions still to come (GOV.UK's "check a service is suitable": say so at once rather
 * than ask the rest); else undefined. The reasons are the `ineligible` rules already certain
 * to match. Once every question is answered, it agrees with `decide`.
 */
export function decidedEarly(ruleSet: RuleSet, answers: Answers): Decision | undefined {
  const { read } = walk(ruleSet, answers, true);
  const reasons = ruleSet.rules.filter((rule) => rule.outcome === 'ineligible' && holds(rule.when, read));
  return reasons.length ? { outcome: 'ineligible', reasons } : undefined;
}

/**
 * A whole number typed by a visitor: "45,000", "$45 000" and " 45000 " are 45000; anything
 * else (letters, decimals, negative numbers, empty) is undefined.
 */
export function parseWholeNumber(input: string): number | undefined {
  const compact = input.replace(/[\s,$]/g, '');
  return /^\d{1,9}$/.test(compact) ? Number(compact) : undefined;
}

/**
 * A whole number, or with `money` an amount in US dollars, as people read it in `lang`:
 * "$40,000" in English and in US Spanish (plain `es` would write "40.000 US$"). A language
 * tag `Intl` refuses (a page may say `lang="__proto__"`) falls back to English.
 */
export function formatNumber(value: number, lang: string, money?: boolean): string {
  const options: Intl.NumberFormatOptions = money ? { style: 'currency', currency: 'USD', minimumFractionDigits: 0 } : {};
  try {
    return new Intl.NumberFormat(`${lang}-US`, options).format(value);
  } catch {
    return new Intl.NumberFormat('en-US', options).format(value);
  }
}
