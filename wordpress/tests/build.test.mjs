// The plugin's build (scripts/build-wordpress.mjs) and its zip, without WordPress: the
// sidebar controls come from custom-elements.json as the issue says, and the zip holds what
// a site needs and nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BLOCKS, blockDefinitions, controlKind, FROM_SETTINGS, plainWords, pluginFiles } from '../../scripts/build-wordpress.mjs';
import { unzip } from '../../scripts/zip.mjs';
import { REPO } from './site.mjs';

const manifest = JSON.parse(readFileSync(join(REPO, 'custom-elements.json'), 'utf8'));
const words = await plainWords();
const { blocks, fallbackLabels } = blockDefinitions(manifest, words);
const element = (tag) => manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);

test('one block per widget, each with a shortcode', () => {
  assert.deepEqual(
    blocks.map((block) => [block.name, block.shortcode]),
    [
      ['recovery-widgets/faq', 'recovery_faq'],
      ['recovery-widgets/self-check', 'recovery_self_check'],
      ['recovery-widgets/group-finder', 'recovery_group_finder'],
      ['recovery-widgets/scholarship-check', 'recovery_scholarship_check'],
      ['recovery-widgets/intake', 'recovery_intake'],
      ['recovery-widgets/quick-exit', 'recovery_quick_exit'],
    ],
  );
});

test('controls from the manifest: booleans are toggles, enumerations selects, numbers and text fields', () => {
  const kinds = Object.fromEntries(
    blocks.flatMap((block) => block.controls.map((control) => [`${block.slug} ${control.attribute}`, control])),
  );
  assert.equal(kinds['faq searchable'].kind, 'toggle');
  assert.equal(kinds['faq heading-level'].kind, 'number');
  assert.equal(kinds['faq heading-level'].placeholder, '3');
  assert.deepEqual(
    kinds['intake variant'].options.map((option) => option.value),
    ['card', 'banner', 'floating'],
    'IntakeVariant, resolved through INTAKE_VARIANTS',
  );
  assert.deepEqual(
    kinds['self-check mode'].options.map((option) => option.value),
    ['steps', 'list'],
  );
  assert.equal(kinds['self-check mode'].default, 'steps');
  assert.equal(kinds['quick-exit href'].kind, 'text');
  assert.equal(kinds['quick-exit href'].format, 'url');
  assert.equal(kinds['intake strings'].panel, 'advanced');
});

test('every attribute of every widget is a control, except those Settings supplies', () => {
  for (const block of blocks) {
    const attributes = (element(block.tag).attributes ?? [])
      .map((attribute) => attribute.name)
      .filter((name) => !FROM_SETTINGS.has(name) && !(block.slug === 'faq' && name === 'src'));
    assert.deepEqual(
      block.controls.map((control) => control.attribute),
      attributes,
      block.tag,
    );
    for (const shared of FROM_SETTINGS)
      assert.ok(!block.controls.some((control) => control.attribute === shared), `${block.tag} does not repeat ${shared}`);
  }
});

test("the configurator's plain words for every block and control: an editor reads the same words in both", () => {
  assert.deepEqual(fallbackLabels, [], 'add the setting to SETTINGS in configurator/plain-words.ts');
  for (const block of blocks) {
    assert.equal(block.title, words.WIDGETS[block.tag].name, block.tag);
    assert.ok(block.description.startsWith(words.WIDGETS[block.tag].purpose), block.tag);
    for (const control of block.controls) {
      const setting = words.settingWords(control.attribute);
      assert.equal(control.label, setting.label, `${block.tag} ${control.attribute}`);
      assert.ok(control.help.startsWith(setting.help), `${block.tag} ${control.attribute}: help in plain words`);
      for (const option of control.options ?? [])
        assert.equal(
          option.label,
          setting.choices?.[option.value] ?? words.fallbackLabel(option.value),
          `${block.tag} ${control.attribute} ${option.value}`,
        );
    }
  }
});

test('an attribute type the build cannot turn into a control stops the build', () => {
  assert.throws(
    () => controlKind({ name: 'x', type: { text: 'SomethingNew' } }, new Map(), '<recovery-x> x'),
    /cannot make a control for type "SomethingNew"/,
  );
  assert.throws(
    () => controlKind({ name: 'x', type: { text: 'Record<string, number>' } }, new Map(), '<recovery-x> x'),
    /cannot make a control/,
  );
});

test('the route accepts the values the widget sends (BEST_TIMES, FOR_WHOM from the manifest)', () => {
  const php = readFileSync(join(REPO, 'wordpress/includes/intake-route.php'), 'utf8');
  const list = (name) => JSON.parse(`[${new RegExp(`const\\s+${name}\\s+=\\s+array\\(([^)]*)\\)`).exec(php)[1].replace(/'/g, '"')}]`);
  const variable = (name) =>
    JSON.parse(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((declaration) => declaration.name === name)
        .type.text.replace(/'/g, '"'),
    );
  assert.deepEqual(list('BEST_TIMES'), variable('BEST_TIMES'));
  assert.deepEqual(list('FOR_WHOM'), variable('FOR_WHOM'));
});

test('the zip: the plugin in one folder, the built script inside, no tests, the package version', () => {
  const files = unzip(readFileSync(join(REPO, 'dist/recovery-widgets-wordpress.zip')));
  const names = [...files.keys()];
  assert.ok(
    names.every((name) => name.startsWith('recovery-widgets/')),
    'one top folder, as WordPress expects',
  );
  for (const needed of [
    'recovery-widgets.php',
    'uninstall.php',
    'LICENSE',
    'build/dist/recovery-widgets.iife.js',
    'build/dist/not-defined.css',
    'build/blocks.json',
    'build/crisis-lines.json',
    'assets/editor.js',
    'assets/preview-frame.js',
  ]) {
    assert.ok(files.has(`recovery-widgets/${needed}`), needed);
  }
  for (const block of BLOCKS) {
    const slug = block.tag.replace(/^recovery-/, '');
    const json = JSON.parse(files.get(`recovery-widgets/build/blocks/${slug}/block.json`));
    assert.equal(json.render, 'file:./render.php');
    assert.ok(files.has(`recovery-widgets/build/blocks/${slug}/render.php`));
  }
  assert.ok(!names.some((name) => name.includes('/tests/')), 'no tests in the zip');
  assert.ok(
    files.get('recovery-widgets/build/dist/recovery-widgets.iife.js').equals(readFileSync(join(REPO, 'dist/recovery-widgets.iife.js'))),
    'the script is the built one',
  );
  const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const main = files.get('recovery-widgets/recovery-widgets.php').toString();
  assert.match(main, new RegExp(`\\* Version:\\s+${version.replace(/\./g, '\\.')}\\n`));
  assert.match(main, new RegExp(`const VERSION = '${version.replace(/\./g, '\\.')}'`));
  assert.equal(names.length, pluginFiles().length + 1, 'the plugin’s files and the licence');
});

test('every PHP file of the plugin parses', () => {
  const php = readdirSync(join(REPO, 'wordpress'), { recursive: true }).filter((file) => file.endsWith('.php'));
  for (const file of php) {
    const result = spawnSync('php', ['-l', join(REPO, 'wordpress', file)], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${file}: ${result.stdout}${result.stderr}`);
  }
});
