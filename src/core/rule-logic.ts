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
 * The names a condition may read: each maps to the answers it can have (yes-no and choice
 * questions), or to null (numbers, and the income facts).
 */
export type Names = ReadonlyMap<string, readonly string[] | null>;

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

/**
 * Checks a condition against the names it may read: known operators, known names, and
 * literals compared with a yes-no or choice answer that are answers the question can have
 * (a typo like "yse" would otherwise make a rule silently never match). Returns the first
 * problem, or undefined. `unknown(name)` explains a name that is not in `names`.
 */
export function checkCondition(expression: unknown, names: Names, unknown: (name: string) => string): string | undefined {
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
    if (name === 'var') return typeof args[0] === 'string' && args.length === 1 ? (names.has(args[0]) ? undefined : fail(unknown(args[0]))) : fail('"var" takes a question id');
    args.forEach(walk);
    if (name === 'in') {
      if (!Array.isArray(args[1])) return fail('"in" takes a value and a list');
      args[1].forEach((item) => compare(args[0], item));
    } else if (EQUAL.includes(name)) {
      compare(args[0], args[1]);
      compare(args[1], args[0]);
    }
  };

  if (!operation(expression) && typeof expression !== 'boolean') return 'a condition must be an operation like {"==": [a, b]}, true or false';
  walk(expression);
  return problem;
}
