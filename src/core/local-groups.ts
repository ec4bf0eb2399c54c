/**
 * The check of a provider's local groups for `<recovery-group-finder>`, in the directory's
 * schema plus `place` and `time`. Its own module: the widget loads it (with its loader) only
 * when a site has local groups. Plain functions, no DOM.
 */
import { type Checked, describeType, invalid, isLocalText, isRecord, safeUrl, valid } from './config.js';
import { APPROACHES, FORMATS, ROLES, SITUATIONS, SUBSTANCES, type Program } from './groups.js';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PHONE_PATTERN = /^\+?[\d\s().-]{3,}$/;

/** A field's test, and what it expects (for the message when the test fails). */
type FieldRule = [test: (value: unknown) => boolean, expected: string];

const isWords = (allowed: readonly string[]) => (value: unknown) =>
  Array.isArray(value) && value.length > 0 && value.every((word) => allowed.includes(word));
const words = (allowed: readonly string[]): FieldRule => [isWords(allowed), `a non-empty array of ${allowed.join(', ')}`];
const localTextRule: FieldRule = [isLocalText, 'text, or texts by language like {"en": "…", "es": "…"}'];
const linkRule: FieldRule = [(value) => typeof value === 'string' && !!safeUrl(value), 'an https:, http: or relative link'];

/** Every field a local group may have. */
const LOCAL_FIELDS: Record<string, FieldRule> = {
  id: [(value) => typeof value === 'string' && ID_PATTERN.test(value), 'lower-case letters, digits and hyphens'],
  name: localTextRule,
  roles: words(ROLES),
  madeFor: words(ROLES),
  approaches: words(APPROACHES),
  formats: words(FORMATS),
  substances: [(value) => value === 'any' || isWords(SUBSTANCES)(value), `"any" or a non-empty array of ${SUBSTANCES.join(', ')}`],
  situations: words(SITUATIONS),
  helps: words(SITUATIONS),
  site: linkRule,
  meetings: linkRule,
  phone: [(value) => typeof value === 'string' && PHONE_PATTERN.test(value), 'a phone number like "+1-303-555-0142"'],
  description: localTextRule,
  place: localTextRule,
  time: localTextRule,
};
const REQUIRED = ['id', 'name', 'roles', 'formats'];

/**
 * Checks a provider's local groups: an array of programs in the directory's schema plus
 * `place` and `time`. Required: `id`, `name`, `roles`, `formats`. Defaults: any substance,
 * approach `peer` (suits every preference), and the three situations of a loved one who is
 * alive (a grief group says `"situations": ["bereaved"]`). Messages name the entry and field.
 */
export function checkLocalGroups(data: unknown, builtInIds: readonly string[] = []): Checked<Program[]> {
  if (!Array.isArray(data))
    return invalid(`expected an array of groups like [{"id", "name", "roles", "formats", …}], got ${describeType(data)}`);
  const seen = new Set<string>(builtInIds);
  for (const [index, entry] of data.entries()) {
    const at = `[${index}]`;
    if (!isRecord(entry)) return invalid(`${at} must be an object, got ${describeType(entry)}`);
    const missing = REQUIRED.find((key) => entry[key] === undefined);
    if (missing) return invalid(`${at}.${missing} is missing`);
    for (const [key, value] of Object.entries(entry)) {
      // Own keys only: a group's "__proto__" or "constructor" key is an unknown field, not Object's.
      const rule = Object.hasOwn(LOCAL_FIELDS, key) ? LOCAL_FIELDS[key] : undefined;
      if (!rule) return invalid(`${at}.${key} is not a known field (expected ${Object.keys(LOCAL_FIELDS).join(', ')})`);
      if (!rule[0](value)) return invalid(`${at}.${key} must be ${rule[1]}, got ${JSON.stringify(value)}`);
    }
    const id = entry.id as string;
    if (seen.has(id)) {
      return invalid(`${at}.id "${id}" is taken (by a built-in program or another group): choose another`);
    }
    seen.add(id);
  }
  return valid(data.map((entry) => ({ approaches: ['peer'], ...entry }) as Program));
}
