import type { PropertyValues, ReactiveElement } from 'lit';
import { describeType } from '../core/config.js';

declare module '@lit/reactive-element' {
  interface PropertyDeclaration {
    /** `false`: the property also takes values its `type` does not describe, and `checkPropertyTypes` leaves it alone. */
    readonly checkType?: false;
  }
}

/** The declared types that are checked: what each gives when called (`''`, `false`, `0`) has the `typeof` a value must have. */
const CHECKED: unknown[] = [String, Boolean, Number];

/**
 * Every property with an attribute, set from script, is checked against its declaration
 * before anything reads it: text for `String` (the default), a boolean for `Boolean`, a
 * number for `Number` (whether it is a usable one is the widget's to say). Anything else (a
 * number for text, a `URL` object, "yes" for a flag) is a value its attribute could never
 * give: the property is treated as absent, unset after one console error naming the
 * attribute. Properties without an attribute (state, and those only set from script), with
 * `checkType: false`, or of another `type` are not checked.
 */
export function checkPropertyTypes(
  element: ReactiveElement,
  changed: PropertyValues,
  report: (attribute: string, problem: string) => void,
): void {
  for (const [name, { type = String, attribute, checkType }] of (element.constructor as typeof ReactiveElement).elementProperties) {
    const value: unknown = element[name as keyof ReactiveElement];
    if (!changed.has(name) || attribute === false || checkType === false || value == null || !CHECKED.includes(type)) continue;
    const expected = (type as () => unknown)();
    if (typeof value === typeof expected) continue;
    report(
      typeof attribute === 'string' ? attribute : String(name),
      `expected ${type === String ? 'text' : describeType(expected)}, got ${describeType(value)}; ignoring it`,
    );
    (element as unknown as Record<PropertyKey, unknown>)[name] = undefined;
  }
}
