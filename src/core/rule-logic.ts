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
 * Here, `evaluate` (at answer time, never throws); `checkCondition` (types, known names, known
 * operators: at load, so a site owner sees a precise message) is with the rule-set validator
 * in scholarship-rules-check.ts.
 *
 * `evaluate` also answers "is this already decided?" while questions remain: a name whose
 * answer is not known yet reads as `UNKNOWN`, and the result is `UNKNOWN` unless the known
 * answers settle it (Kleene's three-valued logic: `false` and anything is `false`, `true` or
 * anything is `true`; any other operation on an unknown is unknown).
 */

/** The answer to a question not answered yet, that may still be asked. */
export const UNKNOWN: unique symbol = Symbol();

/** What an operand can be at run time. */
export type Value = string | number | boolean | null | typeof UNKNOWN | Value[];

/** JSON Logic truthiness: an empty list is false, like the reference implementation. Unknown is not (yet) true. */
const truthy = (value: Value): boolean => value !== UNKNOWN && (Array.isArray(value) ? value.length > 0 : !!value);

/** `{"op": args}` → [op, args as a list]; anything else → undefined (a literal). */
export function operation(expression: unknown): [string, unknown[]] | undefined {
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
  if (name === 'and' || name === 'or') {
    // `and` stops at the first false, `or` at the first true; otherwise unknown if any was.
    const stop = name === 'or';
    let result: Value = !stop;
    for (const arg of args) {
      const value = evaluate(arg, read);
      if (value === UNKNOWN) result = value;
      else if (truthy(value) === stop) return stop;
    }
    return result;
  }
  const values = args.map((arg) => evaluate(arg, read));
  if (values.flat().includes(UNKNOWN)) return UNKNOWN;
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
