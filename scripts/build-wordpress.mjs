// Builds the WordPress plugin: wordpress/build/ (one block.json per widget with its sidebar
// controls generated from custom-elements.json, the built script and styles, the built-in
// help lines) and dist/recovery-widgets-wordpress.zip (the plugin as a site installs it).
// Run after `npm run build` (it reads dist/); `npm run build:wordpress` does both.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { zip } from './zip.mjs';

const PLUGIN = 'wordpress';
const OUT = `${PLUGIN}/build`;
const ZIP = 'dist/recovery-widgets-wordpress.zip';

/**
 * One block (and one shortcode) per widget. Titles, descriptions, labels and help come from
 * the configurator's plain words (configurator/plain-words.ts), so an editor reads the same
 * words in both; the controls themselves come from the manifest.
 */
export const BLOCKS = [
  { tag: 'recovery-faq', icon: 'editor-help', keywords: ['faq', 'questions', 'accordion'] },
  { tag: 'recovery-self-check', icon: 'yes-alt', keywords: ['codependency', 'quiz', 'check-in'] },
  { tag: 'recovery-group-finder', icon: 'groups', keywords: ['al-anon', 'meetings', 'support group'] },
  { tag: 'recovery-scholarship-check', icon: 'admin-home', keywords: ['sober living', 'eligibility', 'scholarship'] },
  {
    tag: 'recovery-intake',
    icon: 'phone',
    keywords: ['contact', 'callback', 'intake'],
    wordpress: 'Requests arrive in Callback requests, on this site.',
  },
  { tag: 'recovery-quick-exit', icon: 'external', keywords: ['safety', 'escape', 'exit'] },
];

/**
 * Attributes the Settings screen supplies once, through `<recovery-provider>`: blocks do not
 * repeat them. (A widget's own attribute would win over the provider's, so a block that
 * offered them would only invite settings that disagree.)
 */
export const FROM_SETTINGS = new Set(['org-name', 'phone', 'sms', 'schedule-href', 'hours', 'timezone', 'theme', 'caller-name']);

/** Attributes a block does not offer: the FAQ's questions are edited in the block itself. */
const LEFT_OUT = { 'recovery-faq': new Set(['src']) };

/** Controls in the collapsed "For developers" panel: rarely needed. */
const ADVANCED = new Set(['src', 'strings', 'attempts', 'timeout', 'backoff', 'persist-draft']);

/** Extra words for WordPress editors, added after the plain help where WordPress does things its own way. */
const HELP_EXTRA = {
  'recovery-intake action': 'Leave empty to receive requests in Callback requests, on this site.',
  'recovery-quick-exit href': 'Leave empty to use the destination in Settings → Recovery widgets.',
  'recovery-faq open': 'Type the link names shown under each question, separated by spaces.',
};

/** A manifest description as help text: one line, no Markdown backticks. */
const plain = (text = '') =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .trim();

const upperSnake = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** `'a' | 'b' | undefined` → ['a', 'b']; `['a', 'b']` (a const array) → ['a', 'b']; else undefined. */
export function stringLiterals(type) {
  const text = type.trim().replace(/^\[(.*)\]$/s, '$1');
  const parts = text
    .split(/[|,]/)
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined');
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/**
 * The control for one attribute: booleans are toggles, enumerations selects, numbers number
 * fields, the rest text fields. A named type (`IntakeVariant`) is looked up as the constant
 * array it comes from (`INTAKE_VARIANTS`); an unknown named type stops the build.
 */
export function controlKind(attribute, variables, where) {
  const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined\b/g, '').trim();
  if (type === 'boolean') return { kind: 'toggle' };
  if (type === 'number') return { kind: 'number' };
  if (type === 'string') return { kind: 'text' };
  const literals = stringLiterals(type);
  if (literals) return { kind: 'select', values: literals };
  const named = /^([A-Z]\w*)$/.exec(type);
  const constant = named && variables.get(`${upperSnake(named[1])}S`);
  const values = constant && stringLiterals(constant);
  if (values) return { kind: 'select', values };
  throw new Error(
    `${where}: cannot make a control for type "${type}" (expected boolean, number, string, a union of strings, or a type named after a constant array)`,
  );
}

/** A manifest default as a control's starting value, when it is a plain literal. */
function literalDefault(value) {
  if (value === undefined) return undefined;
  const quoted = /^'([^']*)'$/.exec(value);
  if (quoted) return quoted[1];
  if (/^\d+$/.test(value)) return value;
  return undefined;
}

/** Links are checked on the server too: these attributes hold a URL. */
const isLink = (name) => name === 'href' || name === 'src' || name === 'action' || name.endsWith('-href');

/** camelCase block attribute key for an HTML attribute name. */
const keyOf = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** A TypeScript module of this repository, compiled on the fly, for data the plugin shares with the widgets. */
async function importSource(path) {
  const result = await build({ entryPoints: [path], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** The configurator's plain words (widget names, setting labels and help), shared with the blocks. */
export const plainWords = () => importSource('configurator/plain-words.ts');

/**
 * Every block's description and controls: the controls from the manifest, the words from
 * `words` (the module returned by `plainWords()`).
 */
export function blockDefinitions(manifest, words) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const variables = new Map(declarations.filter((d) => d.kind === 'variable' && d.type?.text).map((d) => [d.name, d.type.text]));
  const elements = new Map(declarations.filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]));
  const fallbackLabels = [];
  const blocks = BLOCKS.map((block) => {
    const element = elements.get(block.tag);
    if (!element) throw new Error(`custom-elements.json has no <${block.tag}>`);
    const slug = block.tag.replace(/^recovery-/, '');
    const controls = (element.attributes ?? [])
      .filter((attribute) => !FROM_SETTINGS.has(attribute.name) && !LEFT_OUT[block.tag]?.has(attribute.name))
      .map((attribute) => {
        const where = `<${block.tag}> ${attribute.name}`;
        const { kind, values } = controlKind(attribute, variables, where);
        const setting = words.settingWords(attribute.name);
        if (!setting) fallbackLabels.push(where);
        const label = setting?.label ?? words.fallbackLabel(attribute.name);
        const help = [setting?.help ?? plain(attribute.description), HELP_EXTRA[`${block.tag} ${attribute.name}`]]
          .filter(Boolean)
          .join(' ');
        const fallback = literalDefault(attribute.default);
        const control = {
          attribute: attribute.name,
          key: keyOf(attribute.name),
          kind,
          label,
          help,
          panel: ADVANCED.has(attribute.name) ? 'advanced' : 'main',
        };
        if (values) control.options = values.map((value) => ({ value, label: setting?.choices?.[value] ?? words.fallbackLabel(value) }));
        if (kind === 'select' && fallback !== undefined && values.includes(fallback)) control.default = fallback;
        if (kind !== 'select' && kind !== 'toggle' && fallback !== undefined) control.placeholder = fallback;
        if (isLink(attribute.name)) control.format = 'url';
        if (attribute.name === 'strings') control.format = 'json';
        return control;
      });
    return {
      name: `recovery-widgets/${slug}`,
      slug,
      tag: block.tag,
      shortcode: `recovery_${slug.replace(/-/g, '_')}`,
      title: words.WIDGETS[block.tag].name,
      description: [words.WIDGETS[block.tag].purpose, block.wordpress].filter(Boolean).join(' '),
      icon: block.icon,
      // "recovery" in every block's keywords, so typing it in the inserter lists them all.
      keywords: ['recovery', ...block.keywords],
      controls,
    };
  });
  return { blocks, fallbackLabels };
}

/** block.json for one block: `render` prints the element on the server (see includes/blocks.php). */
export function blockJson(block, version) {
  const attributes = {};
  for (const control of block.controls) {
    attributes[control.key] =
      control.kind === 'toggle' ? { type: 'boolean', default: false } : { type: 'string', default: control.default ?? '' };
  }
  if (block.slug === 'faq') attributes.items = { type: 'array', default: [] };
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: block.name,
    version,
    title: block.title,
    category: 'recovery-widgets',
    icon: block.icon,
    description: block.description,
    keywords: block.keywords,
    textdomain: 'recovery-widgets',
    attributes,
    supports: { html: false, reusable: true },
    editorScript: 'recovery-widgets-editor',
    editorStyle: 'recovery-widgets-editor',
    viewScript: 'recovery-widgets',
    style: 'recovery-widgets-not-defined',
    render: 'file:./render.php',
  };
}

/**
 * The built-in help lines, read from src/data/crisis-lines.ts (so the plugin never drifts
 * from the widgets), and which of them is the state's line that Settings replaces.
 */
async function crisisLines() {
  const lines = (await importSource('src/data/crisis-lines.ts')).DEFAULT_CRISIS_LINES;
  const state = lines.findIndex((line) => /colorado/i.test(typeof line.name === 'string' ? line.name : line.name.en));
  if (state < 0) throw new Error('src/data/crisis-lines.ts: no Colorado line to stand for "the state\'s crisis line"');
  return { lines, state };
}

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** What ships in the zip: the plugin without its tests, plus the licence. */
export function pluginFiles() {
  return filesUnder(PLUGIN).filter((path) => !relative(PLUGIN, path).startsWith('tests') && !path.endsWith('.gitignore'));
}

async function main() {
  const needed = ['dist/recovery-widgets.iife.js', 'dist/not-defined.css'];
  // `npm test` has just built dist/ in CI; `npm run test:wordpress` on its own builds it when missing.
  if (process.argv.includes('--build-if-missing') && !needed.every((file) => existsSync(file))) {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  for (const file of needed) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (or \`npm run build:wordpress\`, which does)`);
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const { blocks, fallbackLabels } = blockDefinitions(manifest, await plainWords());
  for (const where of fallbackLabels)
    console.warn(`build-wordpress: no plain-words label for ${where}; add one to SETTINGS in configurator/plain-words.ts`);

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(`${OUT}/dist`, { recursive: true });
  for (const block of blocks) {
    mkdirSync(`${OUT}/blocks/${block.slug}`, { recursive: true });
    writeFileSync(`${OUT}/blocks/${block.slug}/block.json`, `${JSON.stringify(blockJson(block, pkg.version), null, 2)}\n`);
    copyFileSync(`${PLUGIN}/includes/render-block.php`, `${OUT}/blocks/${block.slug}/render.php`);
  }
  writeFileSync(`${OUT}/blocks.json`, `${JSON.stringify({ version: pkg.version, blocks }, null, 2)}\n`);
  writeFileSync(`${OUT}/crisis-lines.json`, `${JSON.stringify(await crisisLines(), null, 2)}\n`);
  // The classic build: WordPress 6.1 has no script modules, and one file serves every widget.
  copyFileSync('dist/recovery-widgets.iife.js', `${OUT}/dist/recovery-widgets.iife.js`);
  copyFileSync('dist/not-defined.css', `${OUT}/dist/not-defined.css`);

  const entries = pluginFiles().map((path) => {
    let data = readFileSync(path);
    // The version a site sees is the package's.
    if (path === `${PLUGIN}/recovery-widgets.php`) {
      data = Buffer.from(
        data
          .toString('utf8')
          .replace(/^( \* Version:\s*).*$/m, `$1${pkg.version}`)
          .replace(/(const VERSION = ')[^']*'/, `$1${pkg.version}'`),
      );
    }
    return { name: `recovery-widgets/${relative(PLUGIN, path)}`, data };
  });
  entries.push({ name: 'recovery-widgets/LICENSE', data: readFileSync('LICENSE') });
  const archive = zip(entries);
  writeFileSync(ZIP, archive);
  console.log(`built ${ZIP}: ${entries.length} files, ${(archive.length / 1024).toFixed(1)} KB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
