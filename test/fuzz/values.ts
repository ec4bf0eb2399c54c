import fc from 'fast-check';

/**
 * What a site can hand a widget, good and bad: attribute text, property values of every
 * JavaScript type, and child JSON. Values are generated as plain descriptions (`ValueSpec`,
 * `JsonSpec`) and turned into real values only when a case runs, so that a counterexample
 * prints readably and replays with fresh objects.
 */

/** Text that must only ever be shown as text: as HTML it would create `[data-fuzz-marker]`. */
export const MARKER = '<b data-fuzz-marker>marked</b><img data-fuzz-marker src="data:,">';

/** Strings a careless or hostile site might put anywhere. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\n\t ',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  MARKER,
  `"><b data-fuzz-marker>x</b>`,
  `'><b data-fuzz-marker>x</b>`,
  '{"__proto__":{"polluted":"yes"}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  'true',
  'false',
  '{0}',
  '{number}',
  '{count}',
  '{current} of {total}',
  '%s%s%s%n',
  '${alert(1)}',
  '\ud800',
  '\u202eevil',
  '\u0000',
  '😀👨‍👩‍👧‍👦',
  'x'.repeat(100_000),
  'ي'.repeat(5_000),
  '../../../../etc/passwd',
  '#',
  '?#&',
  '   padded   ',
];

/** Plausible values per attribute, so cases also reach the states a real site would. */
const PLAUSIBLE: Record<string, readonly string[]> = {
  lang: [
    '__proto__',
    'constructor',
    'x-invalid-',
    'es',
    'en-US',
    'es-MX',
    'ES',
    'en',
    'fr',
    'x',
    'i-klingon',
    'zh-Hant-TW',
    'en_US',
    '-',
    'toString',
    'e'.repeat(300),
    '',
  ],
  theme: ['light', 'dark', 'auto', 'neon', 'LIGHT'],
  mode: ['steps', 'list', 'grid'],
  variant: ['card', 'banner', 'floating', 'popover'],
  phone: ['+1-303-555-0142', '(303) 555-0142', '988', '911', 'call us', '+', '1'.repeat(40), '+1 (303) 555-0142 ext. 7'],
  sms: ['+1-303-555-0199', '741741', 'text us', '+'],
  hours: [
    'Mon-Fri 09:00-17:00',
    'Mon-Fri 09:00-17:00; Sat 10:00-14:00',
    'Sun-Sat 00:00-24:00',
    'Fri-Mon 22:00-02:00',
    'Mon 25:00-26:00',
    '24/7',
    ';;;',
    'Mon-Fri',
  ],
  timezone: ['America/Denver', 'Europe/Madrid', 'UTC', 'Not/AZone', 'America/Denver\u0000', 'Etc/GMT+14'],
  'heading-level': ['2', '3', '6', '1', '7', '0', '-5', '3.5', '1e9', 'Infinity', 'NaN', 'two'],
  attempts: ['1', '3', '0', '-1', '1e9', '2.5', 'NaN'],
  timeout: ['1', '100', '0', '-1', '1e12', 'NaN'],
  backoff: ['0', '1', '100', '-1', '1e12', 'NaN'],
  open: ['what-is-parallel-recovery', 'a b c', '  ', 'constructor __proto__', '#x'],
  exclude: [
    'al-anon, nar-anon',
    'aa na smart-recovery',
    ' , ,',
    'al-anon,alateen,nar-anon,smart-family-friends,craft,families-anonymous,coda,learn-to-cope,grasp,aa,na,smart-recovery,recovery-dharma,lifering',
    '__proto__',
    'constructor,toString',
  ],
  strings: [
    '{"es":{"leave":"Salir"}}',
    '{"en":{"leave":"<b data-fuzz-marker>x</b>"}}',
    '{"__proto__":{"leave":"x"}}',
    '{"en":{"__proto__":"x","constructor":"y"}}',
    '{"x":{"leave":"x"}}',
    '{"fr":{"leave":"Quitter"}}',
    '{"constructor":{"leave":"x"}}',
    '{"en-US":{"leave":"x"}}',
    '{"en":{"leave":1}}',
    '[]',
    '{',
    'null',
  ],
  'org-name': ['Front Range Recovery', 'A & B <Recovery>'],
  'caller-name': ['Front Range', 'Dr. <b>'],
  'consent-text': ['I agree that you may call me.'],
  'schedule-href': [
    'https://example.org/schedule',
    '/schedule',
    'tel:+13035550142',
    'mailto:a@example.org',
    '//example.org/x',
    'https:',
    'http://[::1',
  ],
  'apply-href': ['https://example.org/apply', '/apply', 'sms:+13035550142'],
  'finder-href': ['/groups', 'https://example.org/groups'],
  'groups-href': ['/groups', 'https://example.org/groups'],
  href: ['https://www.weather.gov/', '/', 'https://example.org/', 'tel:911', 'mailto:a@example.org', 'http://example.org'],
  'quick-exit-href': ['https://www.weather.gov/', '/elsewhere', 'tel:911'],
  // Endpoints and `src` stay on this origin: a request elsewhere would be the site's own choice.
  action: ['/test-api/intake', `${location.origin}/test-api/intake`, 'ftp://example.org/', 'https:', 'http:'],
  'intake-action': ['/test-api/intake', `${location.origin}/test-api/intake`],
  src: [
    '/test-api/faq.json',
    '/test-api/self-check.json',
    '/test-api/not-json',
    '/demo/content/groups.json',
    '/demo/content/scholarship-rules.example.json',
    '/demo/content/faq.en.json',
    'missing.json',
    '/test/fuzz/missing.json?x=1',
  ],
  single: ['', 'false'],
  searchable: ['', 'false'],
  'structured-data': ['', 'false'],
  remember: ['', 'false'],
  'persist-draft': ['', 'false'],
  'quick-exit': ['', 'false'],
  inline: ['', 'false'],
};

/** Attributes whose value a widget requests: generated values must not point at another origin. */
export const REQUESTED_ATTRIBUTES = new Set(['src', 'action', 'intake-action']);

export function sameOriginOrNoRequest(value: string): boolean {
  try {
    const url = new URL(value, document.baseURI);
    return !/^https?:$/.test(url.protocol) || url.origin === location.origin;
  } catch {
    return true;
  }
}

const randomText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}${MARKER}${b}`),
);

/** Text for the attribute `name`. */
export function attributeValue(name: string): fc.Arbitrary<string> {
  const plausible = PLAUSIBLE[name] ?? [];
  const values = fc.oneof(
    ...(plausible.length ? [{ weight: 4, arbitrary: fc.constantFrom(...plausible) }] : []),
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: randomText },
  );
  return REQUESTED_ATTRIBUTES.has(name) ? values.filter(sameOriginOrNoRequest) : values;
}

/** A property value, described. */
export type ValueSpec =
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'bigint'; v: string }
  | { t: 'boolean'; v: boolean }
  | { t: 'null' }
  | { t: 'undefined' }
  | { t: 'json'; v: unknown }
  | { t: 'url'; v: string }
  | { t: 'date'; v: number }
  | { t: 'function' }
  | { t: 'symbol' }
  | { t: 'cyclic' }
  | { t: 'null-prototype' }
  | { t: 'proto-keys' }
  | { t: 'node' }
  | { t: 'lit-like' }
  | { t: 'to-string' };

/** A value of every JavaScript type, for the property `name` whose attribute is `attribute`. */
export function propertyValue(name: string, attribute: string | undefined): fc.Arbitrary<ValueSpec> {
  const requested = REQUESTED_ATTRIBUTES.has(attribute ?? name);
  const urls = [
    '/test-api/faq.json',
    'javascript:alert(1)',
    'data:text/html,x',
    ...(requested ? [] : ['https://example.org/page', 'tel:+13035550142']),
  ];
  return fc.oneof(
    { weight: 4, arbitrary: attributeValue(attribute ?? name.toLowerCase()).map((v): ValueSpec => ({ t: 'string', v })) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 2, 3, 6, 7, 2 ** 53, -1), fc.double(), fc.integer())
        .map((v): ValueSpec => ({ t: 'number', v })),
    },
    { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((v): ValueSpec => ({ t: 'bigint', v: String(v) })) },
    { weight: 2, arbitrary: fc.boolean().map((v): ValueSpec => ({ t: 'boolean', v })) },
    { weight: 2, arbitrary: fc.constantFrom<ValueSpec>({ t: 'null' }, { t: 'undefined' }) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.array(fc.constantFrom(...HOSTILE_STRINGS.slice(0, 12), 'al-anon', 'es'), { maxLength: 4 }),
          fc.jsonValue({ maxDepth: 2 }),
          hostileJson,
        )
        .map((v): ValueSpec => ({ t: 'json', v })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...urls).map((v): ValueSpec => ({ t: 'url', v })) },
    { weight: 1, arbitrary: fc.constantFrom(0, NaN, Date.UTC(2025, 0, 6, 16), 8.64e15).map((v): ValueSpec => ({ t: 'date', v })) },
    {
      weight: 3,
      arbitrary: fc.constantFrom<ValueSpec>(
        { t: 'function' },
        { t: 'symbol' },
        { t: 'cyclic' },
        { t: 'null-prototype' },
        { t: 'proto-keys' },
        { t: 'node' },
        { t: 'lit-like' },
        { t: 'to-string' },
      ),
    },
  );
}

/** The value a `ValueSpec` describes, made fresh. */
export function materialize(spec: ValueSpec): unknown {
  switch (spec.t) {
    case 'string':
    case 'number':
    case 'boolean':
      return spec.v;
    case 'bigint':
      return BigInt(spec.v);
    case 'null':
      return null;
    case 'undefined':
      return undefined;
    case 'json':
      return spec.v === undefined ? undefined : JSON.parse(JSON.stringify(spec.v));
    case 'url':
      return new URL(spec.v, location.href);
    case 'date':
      return new Date(spec.v);
    case 'function':
      return function fuzz() {
        return MARKER;
      };
    case 'symbol':
      return Symbol('fuzz');
    case 'cyclic': {
      const value: Record<string, unknown> = { en: 'cyclic' };
      value.self = value;
      return value;
    }
    case 'null-prototype':
      return Object.create(null);
    case 'proto-keys':
      return JSON.parse(PROTO_JSON);
    case 'node': {
      const node = document.createElement('b');
      node.setAttribute('data-fuzz-marker', '');
      node.textContent = 'a DOM node';
      return node;
    }
    case 'lit-like':
      // What Lit treats as a template result; JSON can spell it too.
      return { _$litType$: 1, strings: [MARKER], values: [] };
    case 'to-string':
      return { toString: () => MARKER };
  }
}

const PROTO_JSON = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';

/** JSON values that break assumptions: wrong types, prototype keys, markup, a Lit template look-alike. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    -1,
    1e308,
    true,
    '',
    ' ',
    MARKER,
    'javascript:alert(1)',
    'x'.repeat(50_000),
    [],
    {},
    [null],
    [[]],
    [{}],
    JSON.parse(PROTO_JSON),
    JSON.parse('{"_$litType$":1,"strings":["<b data-fuzz-marker>x</b>"],"values":[]}'),
    { en: MARKER, es: MARKER },
    { en: 1 },
    { __proto__: null, toString: 'x' },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Child JSON, described. `sample` is the element's own valid JSON. */
export type JsonSpec =
  | { t: 'valid' }
  | { t: 'truncated'; at: number }
  | { t: 'deep'; kind: 'array' | 'object'; depth: number }
  | { t: 'many'; entry: 'copy' | 'number' | 'empty-object' | 'marked' }
  | { t: 'value'; v: unknown }
  | { t: 'mutated'; at: number; v: unknown }
  | { t: 'marked' }
  | { t: 'proto' }
  | { t: 'text'; text: string };

export const jsonSpec: fc.Arbitrary<JsonSpec> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<JsonSpec>({ t: 'valid' }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at): JsonSpec => ({ t: 'truncated', at })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ kind: fc.constantFrom('array' as const, 'object' as const), depth: fc.constantFrom(5_000, 100_000) })
      .map((d): JsonSpec => ({ t: 'deep', ...d })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('copy' as const, 'number' as const, 'empty-object' as const, 'marked' as const)
      .map((entry): JsonSpec => ({ t: 'many', entry })),
  },
  { weight: 3, arbitrary: hostileJson.map((v): JsonSpec => ({ t: 'value', v })) },
  { weight: 6, arbitrary: fc.tuple(fc.nat(), hostileJson).map(([at, v]): JsonSpec => ({ t: 'mutated', at, v })) },
  { weight: 3, arbitrary: fc.constant<JsonSpec>({ t: 'marked' }) },
  { weight: 3, arbitrary: fc.constant<JsonSpec>({ t: 'proto' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((text): JsonSpec => ({ t: 'text', text })) },
);

/** The JSON text a `JsonSpec` describes, from the element's valid `sample` text. */
export function jsonText(spec: JsonSpec, sample: string): string {
  const text = rawJsonText(spec, sample);
  // Inside a <script>, "</script" would end it early in the parsed variants of a case; "\/" is the same JSON.
  return text.replace(/<\/(script)/gi, '<\\/$1');
}

function rawJsonText(spec: JsonSpec, sample: string): string {
  switch (spec.t) {
    case 'valid':
      return sample;
    case 'truncated':
      return sample.slice(0, Math.floor(sample.length * spec.at));
    case 'deep':
      return spec.kind === 'array'
        ? '['.repeat(spec.depth) + ']'.repeat(spec.depth)
        : '{"a":'.repeat(spec.depth) + '1' + '}'.repeat(spec.depth);
    case 'many':
      return JSON.stringify(inflate(JSON.parse(sample), spec.entry));
    case 'value':
      return JSON.stringify(spec.v) ?? 'null';
    case 'mutated':
      return JSON.stringify(mutate(JSON.parse(sample), spec.at, spec.v));
    case 'marked':
      return JSON.stringify(mark(JSON.parse(sample)));
    case 'proto':
      return sample.replace(/\{(?=\s*")/g, `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},`);
    case 'text':
      return spec.text;
  }
}

/** The sample with its longest array grown to 10,000 entries. */
function inflate(sample: unknown, entry: 'copy' | 'number' | 'empty-object' | 'marked'): unknown {
  let longest: unknown[] | undefined;
  walk(sample, (value) => {
    if (Array.isArray(value) && (!longest || value.length > longest.length)) longest = value;
  });
  const target = longest ?? [];
  const model = [...target];
  target.length = 0;
  for (let index = 0; index < 10_000; index++) {
    const copy = JSON.parse(JSON.stringify(model[index % Math.max(model.length, 1)] ?? null));
    target.push(entry === 'number' ? index : entry === 'empty-object' ? {} : entry === 'marked' ? mark(copy) : copy);
  }
  return longest ? sample : target;
}

/** The sample with its `at`-th value (depth first, the root included) replaced by `value`. */
function mutate(sample: unknown, at: number, value: unknown): unknown {
  const slots: Array<[parent: Record<string, unknown> | unknown[] | undefined, key: string | number]> = [[undefined, 0]];
  walk(sample, (node) => {
    if (Array.isArray(node)) node.forEach((_, index) => slots.push([node, index]));
    else if (node && typeof node === 'object') Object.keys(node).forEach((key) => slots.push([node as Record<string, unknown>, key]));
  });
  const [parent, key] = slots[at % slots.length];
  if (!parent) return value;
  (parent as Record<string | number, unknown>)[key] = JSON.parse(JSON.stringify(value) ?? 'null');
  return sample;
}

/** The sample with markup appended to every sentence-like string (ids and keywords left alone). */
function mark(sample: unknown): unknown {
  if (typeof sample === 'string') return /^[a-z0-9_-]*$/i.test(sample) ? sample : sample + MARKER;
  if (Array.isArray(sample)) return sample.map(mark);
  if (sample && typeof sample === 'object') return Object.fromEntries(Object.entries(sample).map(([key, value]) => [key, mark(value)]));
  return sample;
}

function walk(value: unknown, visit: (value: unknown) => void): void {
  visit(value);
  if (Array.isArray(value)) value.forEach((each) => walk(each, visit));
  else if (value && typeof value === 'object') Object.values(value).forEach((each) => walk(each, visit));
}
