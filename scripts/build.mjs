// Builds every script-tag file, the npm build with type declarations, editor data and dist/integrity.json.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { BUILD_CONSTANTS, buildTargets, distFiles } from './targets.mjs';
import { compileWithoutDecorators } from './lit-decorators.mjs';

rmSync('dist', { recursive: true, force: true });
for (const mode of Object.keys(buildTargets())) {
  await build({ mode, logLevel: 'warn' });
}
// The configurator (configurator.html): a page for CMS editors, served next to the bundle,
// reading the manifest and the integrity hashes from the same folder.
await build({
  configFile: false,
  logLevel: 'warn',
  define: BUILD_CONSTANTS,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'configurator/configurator-app.ts', formats: ['es'], fileName: () => 'configurator.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
copyFileSync('configurator.html', 'dist/configurator.html');
copyFileSync('configurator/configurator.css', 'dist/configurator.css');
copyFileSync('custom-elements.json', 'dist/custom-elements.json');
copyFileSync('demo/not-defined.css', 'dist/not-defined.css');
// The JSON Schemas, so a site's editor can check its JSON through "$schema" (see schemas/).
cpSync('schemas', 'dist/schemas', { recursive: true });

// The npm build: the sources compiled module by module, `lit` left as an import, so sites
// that bundle get one copy of Lit and can tree-shake. Lit's decorators become `static properties`.
compileWithoutDecorators('tsconfig.build.json');
// tsc has no `define`: the npm build gets the same constants as the others here.
for (const file of readdirSync('dist/npm', { recursive: true }).filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(`dist/npm/${file}`, 'utf8');
  const defined = Object.entries(BUILD_CONSTANTS).reduce((text, [name, value]) => text.replaceAll(name, value), code);
  if (defined !== code) writeFileSync(`dist/npm/${file}`, defined);
}

// Autocomplete for editors, from the manifest: VS Code custom data and JetBrains web-types.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const quiet = { hideLogs: true, outdir: 'dist' };
generateVsCodeCustomElementData(manifest, {
  ...quiet,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, { ...quiet, webTypesFileName: 'web-types.json', packageJson: false });

// Subresource Integrity hashes, for the `integrity` attribute in embed snippets.
const integrity = {};
for (const file of distFiles()) {
  integrity[file] = `sha384-${createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64')}`;
}
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`built ${Object.keys(integrity).length} files into dist/`);
