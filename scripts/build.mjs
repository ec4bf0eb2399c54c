// Builds every script-tag file, the type declarations and dist/integrity.json.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { buildTargets, distFiles } from './targets.mjs';

rmSync('dist', { recursive: true, force: true });
for (const mode of Object.keys(buildTargets())) {
  await build({ mode, logLevel: 'warn' });
}
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });

// Subresource Integrity hashes, for the `integrity` attribute in embed snippets.
const integrity = {};
for (const file of distFiles()) {
  integrity[file] = `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
}
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`built ${Object.keys(integrity).length} files into dist/`);
