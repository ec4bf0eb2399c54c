/**
 * The rule-set validator, and `checkCondition` for its JSON Logic conditions. Plain
 * functions, no DOM. A file of its own, loaded only when a site gives a rule set of its own
 * (`checkRuleSet` in scholarship-rules.ts loads it); it imports types only, and what it shares
 * with the decisions comes in as `kit`.
 *
 * Every message says where the problem is, as a path into the JSON, with the question's or
 * rule's id: `rules[2].when (rule "income"): unknown question "residant"`.
 */
import type { Checked } from './config.js';
import type { Question, Rule, RuleSet, RulesKit } from './scholarship-rules.js';

/**
 * The names a condition may read: each maps to the answers it can have (yes-no and choice
 * questions), or to null (numbers, and the income facts).
 */
export type Names = ReadonlyMap<string, readonly string[] | null>;

const COMPARE = ['<', '<=', '>', '>='];
const EQUAL = ['==', '===', '!=', '!=='];
const OPERATORS = ['var', 'and', 'or', '!', 'in', ...COMPARE, ...EQUAL];

const QUESTION_FIELDS = ['id', 'type', 'label', 'hint', 'showIf'];
/** The fields only one type of question has. */
const TYPE_FIELDS: Record<string, string[]> = { choice: ['options'], 'yes-no': ['unsure'] };
const RULE_FIELDS = ['id', 'when', 'outcome', 'reason'];
const TOP_FIELDS = ['questions', 'rules', 'incomeLimit'];
/** Accepted besides: `$schema`, so a site owner's editor can check the file against schemas/scholarship-rule-set.schema.json. */
const EDITOR_FIELDS = ['$schema'];
const ID = /^[A-Za-z][\w-]*$/;
const isNumber = (value: unknown, above = -1): boolean => typeof value === 'number' && value > above;
const unknownName = (name: string) => `unknown question "${name}"`;

/** A problem: the field's path inside the entry ("" for the entry itself), and what is wrong. */
type Problem = [field: string, message: string] | false | undefined;

/** `unknown field "x" (expected a, b)`, or false when every field is allowed. */
function unknownField(record: Record<string, unknown>, allowed: string[]): string | false {
  const extra = Object.keys(record).find((key) => !allowed.includes(key) && !(allowed === TOP_FIELDS && EDITOR_FIELDS.includes(key)));
  return !!extra && `unknown field "${extra}"${at(' at the top level', allowed === TOP_FIELDS)} (expected ${allowed.join(', ')})`;
}

const at = (text: string, where: boolean) => (where ? text : '');

/** True when `limit` has a year, a percent above 0, guideline amounts above 0 and a per-person amount, nothing else. */
function isIncomeLimit(kit: RulesKit, limit: unknown): boolean {
  if (!kit.isRecord(limit) || Object.keys(limit).length !== 4) return false;
  const { year, percent, guidelines, eachAdditional } = limit;
  return (
    Number.isInteger(year) &&
    isNumber(percent, 0) &&
    isNumber(eachAdditional) &&
    Array.isArray(guidelines) &&
    guidelines.length > 0 &&
    guidelines.every((amount) => isNumber(amount, 0))
  );
}

/** Checks a rule set from JSON. The first problem found is returned, saying where it is. */
export function checkRuleSet(data: unknown, kit: RulesKit): Checked<RuleSet> {
  const { isRecord, describeType } = kit;
  const invalid = (error: string): Checked<never> => ({ ok: false, error });

  /** `{"en": "…", "es": "…"}`; other languages may be added. */
  const checkText = (value: unknown, field: string): Problem => {
    if (!isRecord(value)) return [field, value === undefined ? 'is missing' : `must be {"en": "…", "es": "…"}, got ${describeType(value)}`];
    const missing = ['en', 'es'].find((lang) => !kit.text(value[lang]));
    return !!missing && [`${field}.${missing}`, 'is missing'];
  };

  /** What is wrong with a choice question's options. */
  const checkOptions = ({ type, options }: Record<string, unknown>): Problem => {
    if (type !== 'choice') return false;
    if (!Array.isArray(options) || options.length < 2) return ['options', 'must list at least two {"value", "label"}'];
    for (const [index, option] of options.entries()) {
      const field = `options[${index}]`;
      const problem =
        !isRecord(option) || !kit.text(option.value)
          ? ([`${field}.value`, 'is missing'] as Problem)
          : checkText(option.label, `${field}.label`);
      if (problem) return problem;
    }
    return false;
  };

  /** Every name a question gives conditions, with the answers it can have (null: any number or fact). */
  const namesOf = (question: Question): Array<[string, string[] | null]> =>
    question.type === 'income'
      ? kit.incomeFields.map((field) => [`${question.id}.${field}`, null])
      : [[question.id, question.type === 'number' ? null : kit.answerValues(question)]];

  /**
   * The checks every question and rule share (an object, a unique id), then `check`. Messages
   * read `rules[2].when (rule "income"): unknown question "residant"`.
   */
  const checkEntry = (
    entry: unknown,
    path: string,
    kind: string,
    earlier: ReadonlyArray<{ id: string }>,
    check: (entry: Record<string, unknown>) => Problem,
  ) => {
    if (!isRecord(entry)) return `${path}: must be an object, got ${describeType(entry)}`;
    const { id } = entry;
    if (typeof id !== 'string' || !ID.test(id)) return `${path}.id: must be a word like "age", got ${JSON.stringify(id)}`;
    if (earlier.some((other) => other.id === id)) return `${path}.id: "${id}" is used twice`;
    const problem = check(entry);
    return problem ? `${path}${at(`.${problem[0]}`, !!problem[0])} (${kind} "${id}"): ${problem[1]}` : undefined;
  };

  if (!isRecord(data)) return invalid(`expected an object with "questions" and "rules", got ${describeType(data)}`);
  const { questions, rules, incomeLimit } = data;
  const problem =
    unknownField(data, TOP_FIELDS) ||
    ((!Array.isArray(questions) || !questions.length) && '"questions" must be a list of at least one question') ||
    (!Array.isArray(rules) && `"rules" must be a list, got ${describeType(rules)}`) ||
    (incomeLimit !== undefined &&
      !isIncomeLimit(kit, incomeLimit) &&
      'incomeLimit must be like {"year": 2026, "percent": 300, "guidelines": [15960, 21640], "eachAdditional": 5680}');
  if (problem) return invalid(problem);

  const checked: Question[] = [];
  for (const [index, entry] of (questions as unknown[]).entries()) {
    const error = checkEntry(entry, `questions[${index}]`, 'question', checked, (question) => {
      const extra = unknownField(question, [...QUESTION_FIELDS, ...(TYPE_FIELDS[question.type as string] ?? [])]);
      const showIf =
        question.showIf !== undefined &&
        checkCondition(
          kit,
          question.showIf,
          new Map(checked.flatMap(namesOf)),
          (name) => `${unknownName(name)} (showIf reads only questions asked before)`,
        );
      return (
        (!kit.questionTypes.includes(question.type as Question['type']) && [
          'type',
          `must be one of ${kit.questionTypes.join(', ')}, got ${JSON.stringify(question.type)}`,
        ]) ||
        (extra && ['', extra]) ||
        checkText(question.label, 'label') ||
        (question.hint !== undefined && checkText(question.hint, 'hint')) ||
        checkOptions(question) ||
        (!!showIf && ['showIf', showIf])
      );
    });
    if (error) return invalid(error);
    checked.push(entry as Question);
  }

  const names = new Map(checked.flatMap(namesOf));
  const checkedRules: Rule[] = [];
  for (const [index, entry] of (rules as unknown[]).entries()) {
    const error = checkEntry(entry, `rules[${index}]`, 'rule', checkedRules, (rule) => {
      const extra = unknownField(rule, RULE_FIELDS);
      const when = rule.when === undefined ? 'is missing' : checkCondition(kit, rule.when, names, unknownName);
      return (
        (extra && ['', extra]) ||
        (!kit.outcomes.includes(rule.outcome as Rule['outcome']) && [
          'outcome',
          `must be one of ${kit.outcomes.join(', ')}, got ${JSON.stringify(rule.outcome)}`,
        ]) ||
        checkText(rule.reason, 'reason') ||
        (!!when && ['when', when])
      );
    });
    if (error) return invalid(error);
    checkedRules.push(entry as Rule);
  }
  return { ok: true, value: data as unknown as RuleSet };
}

/**
 * Checks a condition against the names it may read: known operators, known names, and
 * literals compared with a yes-no or choice answer that are answers the question can have
 * (a typo like "yse" would otherwise make a rule silently never match). Returns the first
 * problem, or undefined. `unknown(name)` explains a name that is not in `names`.
 */
export function checkCondition(
  { operation }: RulesKit,
  expression: unknown,
  names: Names,
  unknown: (name: string) => string,
): string | undefined {
  let problem: string | undefined;
  const fail = (message: string): undefined => void (problem ??= message);

  /** `expression` is a name with a fixed set of answers: `literal` must be one of them. */
  const compare = (expression: unknown, literal: unknown) => {
    const op = operation(expression);
    const values = op?.[0] === 'var' && names.get(String(op[1][0]));
    if (values && literal !== null && !operation(literal) && !values.includes(literal as string)) {
      fail(`${JSON.stringify(literal)} is not an answer to "${op![1][0]}" (${values.join(', ')})`);
    }
  };

  const walk = (expression: unknown): void => {
    const op = operation(expression);
    if (!op) return;
    const [name, args] = op;
    if (!name) return fail('an operation must have exactly one key');
    if (!OPERATORS.includes(name)) return fail(`unknown operator "${name}" (use ${OPERATORS.join(' ')})`);
    if (name === 'var')
      return typeof args[0] === 'string' && args.length === 1
        ? names.has(args[0])
          ? undefined
          : fail(unknown(args[0]))
        : fail('"var" takes a question id');
    args.forEach(walk);
    if (name === 'in') {
      if (!Array.isArray(args[1])) return fail('"in" takes a value and a list');
      args[1].forEach((item) => compare(args[0], item));
    } else if (EQUAL.includes(name)) {
      compare(args[0], args[1]);
      compare(args[1], args[0]);
    }
  };

  if (!operation(expression) && typeof expression !== 'boolean')
    return 'a condition must be an operation like {"==": [a, b]}, true or false';
  walk(expression);
  return problem;
}
