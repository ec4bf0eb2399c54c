// Checks what npm users get: an export for every element, and a tarball holding only what a
// site needs (`npm pack --dry-run`). Run after the build (part of `npm test`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { buildTargets, distFiles, importsOf } from './targets.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

// Each element's define file, as the npm build emits it, must be exported as elements/<tag>.js.
for (const [name, target] of Object.entries(buildTargets())) {
  if (!name.startsWith('recovery-')) continue;
  const compiled = `./${target.entry.replace(/^src\//, 'dist/npm/').replace(/\.ts$/, '.js')}`;
  const expected = { types: compiled.replace(/\.js$/, '.d.ts'), default: compiled };
  const actual = pkg.exports[`./elements/${name}.js`];
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    problems.push(`package.json exports["./elements/${name}.js"] should be ${JSON.stringify(expected)}`);
  }
}
for (const [subpath, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(file)) problems.push(`exports["${subpath}"] points at ${file}, which the build did not produce`);
  }
}

// A site that bundles: importing the package and one element file must give one copy of Lit.
const bundled = await build({
  stdin: {
    contents:
      "import 'recovery-widgets'; import 'recovery-widgets/elements/recovery-faq.js'; export { RecoveryFaq } from 'recovery-widgets/classes';",
    resolveDir: '.',
  },
  bundle: true,
  write: false,
  format: 'esm',
  logLevel: 'silent',
});
const litCopies = bundled.outputFiles[0].text.split('litHtmlVersions').length - 1;
if (litCopies !== 1) problems.push(`a bundler including the npm build gets ${litCopies} copies of Lit instead of 1`);
// `sideEffects` must keep the define files: a bundler that drops them ships elements nobody registers.
if (!bundled.outputFiles[0].text.includes('customElements.define'))
  problems.push('a bundler tree-shakes away the define() calls: check "sideEffects"');

// A per-element file stands alone; what it loads on demand (a language file, see
// src/shared/lazy-localize.ts) must import nothing, or loading it could fetch a second copy
// of the element file and of Lit. The classic build must load nothing at all.
for (const file of distFiles().filter((name) => name.startsWith('elements/'))) {
  for (const { path, kind } of await importsOf(`dist/${file}`)) {
    const chunk = new URL(path, `file:///dist/${file}`).pathname.slice(1);
    if (kind !== 'dynamic-import') problems.push(`dist/${file} imports ${chunk} at once: a per-element file must stand alone`);
    else if ((await importsOf(chunk)).length) problems.push(`${chunk}, loaded by dist/${file}, imports other files`);
  }
}
if ((await importsOf('dist/recovery-widgets.iife.js')).length)
  problems.push('dist/recovery-widgets.iife.js loads other files: the classic build must stand alone');

// The tarball: the build, the manifest, the docs. No sources, tests, stories or scripts.
const [{ files }] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const allowed = /^(dist\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/;
for (const { path } of files) if (!allowed.test(path)) problems.push(`npm pack would publish ${path}`);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`package.json exports and npm pack contents are right (${files.length} files).`);
