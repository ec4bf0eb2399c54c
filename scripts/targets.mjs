import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * Constants every build puts in the code (Vite's `define`; the npm build and the test
 * runner do the same): the package version comes from package.json, so no file keeps a copy.
 */
export const BUILD_CONSTANTS = {
  __VERSION__: JSON.stringify(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version),
};

/**
 * The script-tag builds. Each is its own Vite build because each file must stand alone
 * with Lit inlined: a shared chunk would make a site load two files.
 *   bundle           dist/recovery-widgets.js         every element, ES module; widgets load
 *                                                     from dist/chunks/ when they appear
 *   classic          dist/recovery-widgets.iife.js    every element, classic script
 *   recovery-<name>  dist/elements/recovery-<name>.js one element, ES module
 *
 * @typedef {{ entry: string, file: string, format: 'es' | 'iife' }} Target
 * @returns {Record<string, Target>}
 */
export function buildTargets() {
  /** @type {Record<string, Target>} */
  const targets = {
    bundle: { entry: 'src/lazy.ts', file: 'recovery-widgets.js', format: 'es' },
    classic: { entry: 'src/index.ts', file: 'recovery-widgets.iife.js', format: 'iife' },
  };
  // One per `src/elements/<folder>/recovery-<name>.ts` define file: a new element needs no edit here.
  for (const folder of readdirSync('src/elements').sort()) {
    for (const file of readdirSync(`src/elements/${folder}`)) {
      const tag = /^(recovery-[a-z-]+)\.ts$/.exec(file)?.[1];
      if (tag) targets[tag] = { entry: `src/elements/${folder}/${file}`, file: `elements/${tag}.js`, format: 'es' };
    }
  }
  return targets;
}

/** The script files a site loads, relative to dist/: each build's file, then the bundle's chunks. */
export function distFiles() {
  const chunks = existsSync('dist/chunks')
    ? readdirSync('dist/chunks')
        .filter((file) => file.endsWith('.js'))
        .sort()
    : [];
  return [...Object.values(buildTargets()).map((target) => target.file), ...chunks.map((file) => `chunks/${file}`)];
}

/** What a built file imports, statically or with import(), as esbuild reads it (not a regular expression over text). */
export async function importsOf(file) {
  const { metafile } = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    external: ['*'],
    logLevel: 'silent',
    format: 'esm',
  });
  return Object.values(metafile.inputs).flatMap((input) => input.imports);
}
