// The JSON Schemas in schemas/ against everything we ship or document: the built-in data, the
// demo's content, and every JSON example in docs/. Each example must also pass the widget's
// own validator, so the schema and the code cannot drift apart. Run by `npm test` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import Ajv2020Module from 'ajv/dist/2020.js';
import { BUILD_CONSTANTS } from '../../scripts/targets.mjs';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
// strictRequired off: `then` requires a property the parent object declares, which strict mode cannot see.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
for (const file of readdirSync('schemas')) ajv.addSchema(JSON.parse(readFileSync(`schemas/${file}`, 'utf8')));
const schema = (name) => ajv.getSchema(`${name}.schema.json`);

// The built-in data and the validators, from the TypeScript sources.
const { outputFiles } = await build({
  define: BUILD_CONSTANTS,
  stdin: {
    resolveDir: process.cwd(),
    contents: `
      export { SELF_CHECK_ITEMS } from './src/classes.ts';
      export { PROGRAMS } from './src/data/programs.ts';
      export { COLORADO_SCHOLARSHIP } from './src/data/colorado-scholarship.ts';
      export { DEFAULT_CRISIS_LINES } from './src/data/crisis-lines.ts';
      export { checkFaqItems } from './src/core/faq-items.ts';
      export { checkItemSet } from './src/core/self-check.ts';
      export { checkLocalGroups } from './src/core/local-groups.ts';
      export { checkRuleSet } from './src/core/scholarship-rules.ts';
      export { checkProviderJson } from './src/core/provider-config.ts';
      export { checkStringOverrides } from './src/core/config.ts';`,
  },
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const code = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

/** Each kind of JSON a site supplies: its schema and the widget's validator. */
const KINDS = {
  'recovery-faq': { schema: 'faq-items', check: code.checkFaqItems },
  'recovery-self-check': { schema: 'self-check-item-set', check: code.checkItemSet },
  'recovery-group-finder': { schema: 'local-groups', check: code.checkLocalGroups },
  'recovery-scholarship-check': { schema: 'scholarship-rule-set', check: code.checkRuleSet },
  'recovery-provider': { schema: 'provider', check: code.checkProviderJson },
};

/** Valid for the schema and for the widget (whose validator may load on demand: it may answer a promise). */
async function expectValid(kind, data, where) {
  const validate = schema(KINDS[kind].schema);
  assert.ok(validate(data), `${where} fails ${KINDS[kind].schema}.schema.json: ${ajv.errorsText(validate.errors)}`);
  const checked = await KINDS[kind].check(data);
  assert.ok(checked.ok, `${where} fails the widget's own validator: ${checked.error}`);
}

test('every schema compiles (draft 2020-12, strict)', () => {
  for (const file of readdirSync('schemas')) {
    const json = JSON.parse(readFileSync(`schemas/${file}`, 'utf8'));
    assert.equal(json.$schema, 'https://json-schema.org/draft/2020-12/schema', file);
    assert.ok(schema(file.replace('.schema.json', '')), file);
  }
});

test('the built-in data passes its schema', async () => {
  await expectValid('recovery-self-check', JSON.parse(JSON.stringify(code.SELF_CHECK_ITEMS.en)), 'the English item set');
  await expectValid('recovery-self-check', JSON.parse(JSON.stringify(code.SELF_CHECK_ITEMS.es)), 'the Spanish item set');
  await expectValid('recovery-scholarship-check', code.COLORADO_SCHOLARSHIP, 'the Colorado template');
  await expectValid('recovery-provider', { crisisLines: code.DEFAULT_CRISIS_LINES }, 'the built-in crisis lines');
  // The directory is in the local groups' format (its ids are taken, so only the schema applies).
  const validate = schema('local-groups');
  assert.ok(validate(code.PROGRAMS), ajv.errorsText(validate.errors));
});

test("the demo's content passes its schema", async () => {
  const read = (file) => JSON.parse(readFileSync(`demo/content/${file}`, 'utf8'));
  await expectValid('recovery-faq', read('faq.en.json'), 'demo/content/faq.en.json');
  await expectValid('recovery-faq', read('faq.es.json'), 'demo/content/faq.es.json');
  await expectValid('recovery-group-finder', read('groups.json'), 'demo/content/groups.json');
  await expectValid('recovery-scholarship-check', read('scholarship-rules.example.json'), 'demo/content/scholarship-rules.example.json');
});

test('every JSON example in docs/ passes its schema and its widget', async () => {
  let examples = 0;
  for (const file of readdirSync('docs').filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(`docs/${file}`, 'utf8');
    // A JSON child inside an element's snippet: the nearest opening recovery-* tag before it says which format.
    for (const match of text.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)) {
      const tag = [...text.slice(0, match.index).matchAll(/<(recovery-[a-z-]+)[\s>]/g)].pop()?.[1];
      // Prose that only names the element (`<script type="application/json">` in a sentence) holds no JSON.
      if (!KINDS[tag] || !/^\s*[[{]/.test(match[1])) continue;
      await expectValid(tag, JSON.parse(match[1]), `${file}: the JSON inside <${tag}>`);
      examples++;
    }
  }
  const worked = readFileSync('docs/scholarship-check.md', 'utf8').split('### Worked example')[1].split('```json\n')[1].split('\n```')[0];
  await expectValid('recovery-scholarship-check', JSON.parse(worked), 'docs/scholarship-check.md: the worked example');
  assert.ok(examples >= 3, `found ${examples} examples`);
});

test('what the widgets refuse, the schemas refuse too', async () => {
  const cases = [
    ['recovery-faq', [{ question: 'Q?' }]],
    ['recovery-faq', [{ question: 'Q?', answer: 'A.', id: 'has space' }]],
    ['recovery-self-check', { source: 'x', license: 'y', options: [{ value: 0, label: 'No' }], items: [{ text: 'One' }], bands: [] }],
    ['recovery-group-finder', [{ id: 'Bad Id', name: 'Group', roles: ['partner'], formats: ['online'] }]],
    ['recovery-group-finder', [{ id: 'ok', name: 'Group', roles: ['partner'], formats: ['zoom'] }]],
    ['recovery-group-finder', [{ id: 'ok', name: 'Group', roles: ['partner'], formats: ['online'], site: 'javascript:alert(1)' }]],
    ['recovery-scholarship-check', { questions: [], rules: [] }],
    ['recovery-scholarship-check', { questions: [{ id: 'age', type: 'yes-no', label: { en: 'Adult?' } }], rules: [] }],
    ['recovery-provider', { crisisLines: [{ name: 'No way to reach it' }] }],
    ['recovery-provider', { crisisLines: [{ name: 'Line', call: '988' }], colors: {} }],
  ];
  for (const [kind, data] of cases) {
    const validate = schema(KINDS[kind].schema);
    assert.equal(validate(data), false, `${KINDS[kind].schema} accepted ${JSON.stringify(data)}`);
    assert.equal((await KINDS[kind].check(data)).ok, false, `<${kind}> accepted ${JSON.stringify(data)}`);
  }
  // A "$schema" key, for the site owner's editor, is welcome in every object-rooted format.
  await expectValid(
    'recovery-provider',
    { $schema: 'https://example.org/assets/recovery-widgets/schemas/provider.schema.json', crisisLines: [{ name: 'Line', call: '988' }] },
    'provider JSON with $schema',
  );
  await expectValid(
    'recovery-self-check',
    { ...JSON.parse(JSON.stringify(code.SELF_CHECK_ITEMS.en)), $schema: 'schemas/self-check-item-set.schema.json' },
    'item set with $schema',
  );
  await expectValid(
    'recovery-scholarship-check',
    { $schema: 'schemas/scholarship-rule-set.schema.json', ...code.COLORADO_SCHOLARSHIP },
    'rule set with $schema',
  );
  assert.equal(schema('strings')({ es: { searchLabel: 'Buscar' } }), true);
  assert.equal(schema('strings')({ es: { searchLabel: 3 } }), false);
});
