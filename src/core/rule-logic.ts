/**
 * Conditions for declarative rules, written in a subset of JSON Logic (jsonlogic.com), so a
 * rule set reads the same to anyone who knows that standard:
 *
 *   {"and": [{"==": [{"var": "resident"}, "yes"]}, {"<": [{"var": "age"}, 18]}]}
 *
 * Operators: `var` (a name, as a string), `and`, `or`, `!`, `!!`, `==`, `!=` (also written
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
const OPERATORS = ['var', 'and', 'or', '!', '!!', 'in', ...COMPARE, ...EQUAL];

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
    case '!!':
      return truthy(a);
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

/** How a kind is described in messages: "a number", "yes, no". */
const describe = (kind: Kind): string =>
  kind.type === 'text' && kind.values ? `one of ${kind.values.join(', ')}` : kind.type === 'text' ? 'text' : `a ${kind.type}`;

/**
 * Checks a condition against the names it may read. Returns the problem, or undefined when
 * the condition is sound. `unknown(name)` explains a name that is not in `names`.
 */
export function checkCondition(expression: unknown, names: Names, unknown: (name: string) => string): string | undefined {
  let problem: string | undefined;
  const fail = (message: string): undefined => {
    problem ??= message;
    return undefined;
  };

  /** The kind of an expression, or undefined (a literal null, a list, or a problem already recorded). */
  const kindOf = (expression: unknown): Kind | undefined => {
    const op = operation(expression);
    if (!op) {
      if (typeof expression === 'number') return { type: 'number' };
      if (typeof expression === 'boolean') return { type: 'boolean' };
      if (typeof expression === 'string') return { type: 'text' };
      if (Array.isArray(expression)) expression.forEach(kindOf);
      else if (expression !== null) fail(`${JSON.stringify(expression)} is not a value`);
      return undefined;
    }
    const [name, args] = op;
    if (!OPERATORS.includes(name)) {
      return fail(name ? `unknown operator "${name}" (use ${OPERATORS.join(' ')})` : `each operation is an object with one key, like {"==": [a, b]}`);
    }
    if (name === 'var') {
      if (args.length !== 1 || typeof args[0] !== 'string') return fail(`"var" takes the name of a question, like {"var": "age"}`);
      return names.get(args[0]) ?? fail(unknown(args[0]));
    }
    const kinds = args.map(kindOf);
    if (name === 'and' || name === 'or') return args.length ? { type: 'boolean' } : fail(`"${name}" needs at least one condition`);
    if (name === '!' || name === '!!') return args.length === 1 ? { type: 'boolean' } : fail(`"${name}" takes one operand`);
    if (name === 'in') {
      if (args.length !== 2 || !Array.isArray(args[1])) return fail(`"in" takes a value and a list, like {"in": [{"var": "insurance"}, ["none", "under"]]}`);
      args[1].forEach((item) => compare(kinds[0], item));
      return { type: 'boolean' };
    }
    if (EQUAL.includes(name)) {
      if (args.length !== 2) return fail(`"${name}" takes two operands`);
      compare(kinds[0], args[1]);
      compare(kinds[1], args[0]);
      return { type: 'boolean' };
    }
    if (args.length !== 2 && !(args.length === 3 && name.startsWith('<'))) return fail(`"${name}" takes two operands${name.startsWith('<') ? ' (or three, for "between")' : ''}`);
    kinds.forEach((kind, index) => {
      if (kind && kind.type !== 'number') fail(`"${name}" compares numbers, but ${kind.of ? `"${kind.of}" is` : `${JSON.stringify(args[index])} is`} ${describe(kind)}`);
    });
    return { type: 'boolean' };
  };

  /** A literal compared with a question's answer must be an answer that question can have. */
  const compare = (kind: Kind | undefined, literal: unknown) => {
    if (!kind?.of || literal === null || operation(literal)) return;
    const fits =
      kind.type === 'text' ? typeof literal === 'string' && (!kind.values || kind.values.includes(literal)) : typeof literal === kind.type;
    if (!fits) fail(`${JSON.stringify(literal)} is not an answer to "${kind.of}" (${describe(kind)})`);
  };

  const op = operation(expression);
  if (!op && typeof expression !== 'boolean') return `a condition must be an operation like {"==": [{"var": "age"}, "yes"]}, or true or false`;
  kindOf(expression);
  return problem;
}
