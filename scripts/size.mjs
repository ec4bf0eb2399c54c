// `npm run size`: prints raw, gzip and brotli bytes of every script file in dist/, then
// size-limit checks the brotli budgets in .size-limit.json (1 kB = 1000 bytes, each file
// compressed on its own and the sizes added, as a browser downloads them).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { globSync } from 'tinyglobby';
import { distFiles, importsOf } from './targets.mjs';

/** The size-limit check that holds what every page using the bundle downloads at once. */
export const BUNDLE_CHECK = 'dist/recovery-widgets.js and what it loads at once';

/** The size-limit check that holds a page with every widget, in English, with the built-in content. */
export const EVERY_WIDGET_CHECK = 'A page with every widget, in English, with built-in content';

/** What CDNs serve: gzip -9 and brotli at its highest quality (as size-limit measures). */
export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** A check of .size-limit.json by name: its files (relative to dist/), their summed sizes, and its limit in bytes. */
export function sizeLimitCheck(name) {
  const check = JSON.parse(readFileSync('.size-limit.json', 'utf8')).find((entry) => entry.name === name);
  if (!check) throw new Error(`.size-limit.json has no check named "${name}"`);
  const files = [check.path]
    .flat()
    .flatMap((pattern) => globSync(pattern))
    .map((file) => file.replace(/^dist\//, ''));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) for (const [key, value] of Object.entries(sizes(readFileSync(`dist/${file}`)))) total[key] += value;
  const [, amount, unit] = /^([\d.]+)\s*(kB|B)$/.exec(check.limit) ?? [];
  if (!unit) throw new Error(`.size-limit.json: write the limit of "${name}" in kB or B, not "${check.limit}"`);
  return { name, files, ...total, limit: Number(amount) * (unit === 'kB' ? 1000 : 1) };
}

/**
 * What would make a budget measure the wrong files: a pattern matching no file or several
 * (each names one file, its hash aside), or a chunk the bundle's entry imports at once that
 * its check leaves out.
 */
async function problemsWithChecks() {
  const problems = [];
  for (const { name, path } of JSON.parse(readFileSync('.size-limit.json', 'utf8'))) {
    for (const pattern of [path].flat()) {
      const count = globSync(pattern).length;
      if (count !== 1) problems.push(`.size-limit.json "${name}": ${pattern} matches ${count} files, not 1`);
    }
  }
  const counted = sizeLimitCheck(BUNDLE_CHECK).files;
  for (const { path, kind } of await importsOf('dist/recovery-widgets.js')) {
    const file = new URL(path, 'file:///dist/recovery-widgets.js').pathname.slice('/dist/'.length);
    if (kind === 'import-statement' && !counted.includes(file))
      problems.push(`.size-limit.json "${BUNDLE_CHECK}" leaves out dist/${file}, which the entry imports at once`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pad = (value, width, left = false) => (left ? String(value).padEnd(width) : String(value).padStart(width));
  console.log(`${pad('file', 52, true)}${pad('raw', 8)}${pad('gzip', 8)}${pad('brotli', 8)}`);
  for (const file of distFiles()) {
    const size = sizes(readFileSync(`dist/${file}`));
    console.log(`${pad(`dist/${file}`, 52, true)}${pad(size.raw, 8)}${pad(size.gzip, 8)}${pad(size.brotli, 8)}`);
  }
  const problems = await problemsWithChecks();
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exit(1);
}
