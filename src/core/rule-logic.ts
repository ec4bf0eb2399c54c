/**
 * Conditions for declarative rules, written in a subset of JSON Logic (jsonlogic.com), so a
 * rule set reads the same to anyone who knows that standard:
 *
 *   {"and": [{"==": [{"var": "resident"}, "yes"]}, {"<": [{"var": "age"}, 18]}]}
 *
 * Operators: `var` (a name, as a string), `and`, `or`, `!`, `==`, `!=` (also written
 * `===`, `!==`), `<`, `<=` (two operands, or three for "between"), `>`, `>=`, and `in` (a value
 * in a literal list). Two deliberate differences from json-logic-js, both so that a question
 * the visitor was never asked cannot make a rule fire by accident:
 * - equality is strict (no type coercion: `"18"` is not `18`);
 * - `<`, `<=`, `>`, `>=` and `in` are false when an operand is missing (json-logic-js treats
 *   `null < 18` as true). `{"==": [{"var": "x"}, null]}` tests "not asked".
 *
 * Two functions: `checkCondition` (types, known names, known operators: at load, so a site
 * owner sees a precise message) and `evaluate` (at answer time, never throws).
 */

/** What an operand can be at run time. */
export type Value = string | number | boolean | null | Value[];

/**
 * What the checker knows about a name: a number, a boolean, or text with its allowed values.
 * `of` names the question, for messages.
 */
export type Kind = { type: 'number' | 'boolean'; of?: string } | { type: 'text'; values?: readonly string[]; of?: string };

/** A name a condition may read, and what it holds. */
export type Names = ReadonlyMap<string, Kind>;

const COMPARE = ['<', '<=', '>', '>='];
const EQUAL = ['==', '===', '!=', '!=='];
const OPERATORS = ['var', 'and', 'or', '!', 'in', ...COMPARE, ...EQUAL];

/** JSON Logic truthiness: an empty list is false, like the reference implementation. */
const truthy = (value: Value): boolean => (Array.isArray(value) ? value.length > 0 : !!value);

/** `{"op": args}` → [op, args as a list]; anything else → undefined (a literal). */
function operation(expression: unknown): [string, unknown[]] | undefined {
  if (typeof expression !== 'object' || expression === null || Array.isArray(expression)) return undefined;
  const keys = Object.keys(expression);
  if (keys.length !== 1) return ['', []];
  const args = (expression as Record<string, unknown>)[keys[0]];
  return [keys[0], Array.isArray(args) ? args : [args]];
}

/** The value of a checked condition for one visitor's answers. `read` returns null for a name not answered. */
export function evaluate(expression: unknown, read: (name: string) => Value): Value {
  const op = operation(expression);
  if (!op) return Array.isArray(expression) ? expression.map((item) => evaluate(item, read)) : (expression as Value);
  const [name, args] = op;
  if (name === 'var') return read(String(args[0]));
  if (name === 'and') return args.every((arg) => truthy(evaluate(arg, read)));
  if (name === 'or') return args.some((arg) => truthy(evaluate(arg, read)));
  const values = args.map((arg) => evaluate(arg, read));
  const [a, b] = values;
  switch (name) {
    case '!':
      return !truthy(a);
    case '==':
    case '===':
      return a === b;
    case '!=':
    case '!==':
      return a !== b;
    case 'in':
      return a !== null && Array.isArray(b) && b.includes(a);
  }
  // Comparisons: every operand a number, each pair in order ("between" with three).
  if (!values.every((value) => typeof value === 'number')) return false;
  const inOrder = (x: number, y: number) => (name === '<' ? x < y : name === '<=' ? x <= y : name === '>' ? x > y : x >= y);
  const [x, y, z] = values as number[];
  return inOrder(x, y) && (z === undefined || inOrder(y, z));
}

/** True when the condition holds. */
export const holds = (expression: unknown, read: (name: string) => Value): boolean => truthy(evaluate(expression, read));

/** How a kind is described in messages: "a number", "one of yes, no". */
const describe = (kind: Kind): string => (kind.type === 'text' ? (kind.values ? `one of ${kind.values.join(', ')}` : 'text') : `a ${kind.type}`);

/** How many operands each operator takes (`var`, `and` and `or` are checked apart). */
const ARITY: Record<string, number[]> = { '!': [1], '<': [2, 3], '<=': [2, 3] };

/**
 * Checks a condition against the names it may read: known operators, operand counts, known
 * names, numbers where numbers are compared, and literals that are answers the question can
 * have (a typo like "yse" would otherwise make a rule silently never match). Returns the
 * first problem, or undefined. `unknown(name)` explains a name that is not in `names`.
 */
export function checkCondition(expression: unknown, names: Names, unknown: (name: string) => string): string | undefined {
  let problem: string | undefined;
  const fail = (message: string): undefined => void (problem ??= message);

  /** A literal compared with a question's answer must be an answer that question can have. */
  const compare = (kind: Kind | undefined, literal: unknown) => {
    if (!kind?.of || literal === null || operation(literal)) return;
    const fits = kind.type === 'text' ? typeof literal === 'string' && (!kind.values || kind.values.includes(literal)) : typeof literal === kind.type;
    if (!fits) fail(`${JSON.stringify(literal)} is not an answer to "${kind.of}" (${describe(kind)})`);
  };

  /** The kind of an expression; undefined for null, a list, or after a problem. */
  const kindOf = (expression: unknown): Kind | undefined => {
    const op = operation(expression);
    if (!op) {
      if (Array.isArray(expression)) expression.forEach(kindOf);
      const type = typeof expression;
      return type === 'number' || type === 'boolean' ? { type } : type === 'string' ? { type: 'text' } : undefined;
    }
    const [name, args] = op;
    if (!name) return fail('an operation must have exactly one key');
    if (!OPERATORS.includes(name)) return fail(`unknown operator "${name}" (use ${OPERATORS.join(' ')})`);
    if (name === 'var') return typeof args[0] === 'string' && args.length === 1 ? (names.get(args[0]) ?? fail(unknown(args[0]))) : fail('"var" takes a question id');
    const kinds = args.map(kindOf);
    const arity = ARITY[name] ?? [2];
    if (name === 'and' || name === 'or' ? !args.length : !arity.includes(args.length)) return fail(`"${name}" has the wrong number of operands`);
    if (name === 'in') {
      if (!Array.isArray(args[1])) return fail('"in" takes a value and a list');
      args[1].forEach((item) => compare(kinds[0], item));
    } else if (EQUAL.includes(name)) {
      compare(kinds[0], args[1]);
      compare(kinds[1], args[0]);
    } else if (COMPARE.includes(name)) {
      for (const kind of kinds) if (kind && kind.type !== 'number') fail(`"${name}" compares numbers, not ${describe(kind)}`);
    }
    return { type: 'boolean' };
  };

  if (!operation(expression) && typeof expression !== 'boolean') return 'a condition must be an operation like {"==": [a, b]}, true or false';
  kindOf(expression);
  return problem;
}
