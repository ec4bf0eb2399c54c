/// <reference types="node" />
import { build as viteBuild, defineConfig, type PluginOption, type Rolldown, type UserConfig } from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { minify } from 'terser';
import { BUILD_CONSTANTS, buildTargets } from './scripts/targets.mjs';
import { litDecorators } from './scripts/lit-decorators.mjs';

/**
 * A second minifier over the files Rolldown wrote: Terser (two passes) still finds
 * something to shorten in every file after Rolldown's own minifier. It runs on the written
 * files because Rolldown minifies after every plugin hook that could see the code.
 */
const terserAfterRolldown: PluginOption = {
  name: 'recovery-widgets:terser-after-rolldown',
  async writeBundle({ dir = 'dist', format }, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const path = join(dir, file.fileName);
      const { code } = await minify(await readFile(path, 'utf8'), { module: format === 'es', compress: { passes: 2 } });
      await writeFile(path, code!);
    }
  },
};

/**
 * What a widget loads on demand (its Spanish, its item-set checker) must stand alone, or
 * loading it from a per-element file could fetch a second copy of that file (and of Lit).
 * Every `import()` in a widget's code is therefore built as a file of its own in chunks/,
 * holding everything it uses, even the few helpers the widget's file also holds. The
 * bundle's own `import()`s of the widgets (src/lazy.ts) are ordinary chunks; the classic
 * build inlines everything.
 */
const STANDALONE = 'standalone-file:';
function standaloneImports(): PluginOption {
  const files = new Map<string, Promise<{ fileName: string; code: string }>>();
  const buildFile = async (entry: string) => {
    const [output] = (await viteBuild({
      configFile: false,
      logLevel: 'warn',
      define: BUILD_CONSTANTS,
      plugins: [litDecorators(), minifyLiterals({ include: ['src/**/*.ts'], failOnError: true }) as PluginOption],
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        lib: { entry, formats: ['es'], fileName: () => 'standalone.js' },
        rolldownOptions: { output: { minify: true, comments: false } },
      },
    })) as Rolldown.RolldownOutput[];
    const { code } = await minify(output.output[0].code, { module: true, compress: { passes: 2 } });
    const hash = createHash('sha256').update(code!).digest('base64url').slice(0, 8);
    return { fileName: `chunks/${basename(entry, '.ts')}-${hash}.js`, code: code! };
  };
  return {
    name: 'recovery-widgets:standalone-imports',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !importer?.includes('/src/elements/')) return null;
      const entry = resolve(dirname(importer), specifier.replace(/\.js$/, '.ts'));
      if (!files.has(entry)) files.set(entry, buildFile(entry));
      const { fileName, code } = await files.get(entry)!;
      this.emitFile({ type: 'asset', fileName, source: code });
      // Written relative to the file the import lands in, once that is known (renderChunk).
      return { id: `${STANDALONE}${fileName}`, external: true };
    },
    renderChunk(code, chunk) {
      const from = dirname(chunk.fileName);
      return code.replaceAll(STANDALONE, () => (from === '.' ? './' : `${relative(from, '.')}/`));
    },
  };
}

/** Modules the bundle's entry needs at once; everything else stays in its widget's chunk. */
const SHARED_MODULES =
  /node_modules|src\/shared\/|src\/core\/(config|text|shift-shortcut)\.ts|src\/data\/crisis-lines\.ts|src\/elements\/(provider|quick-exit)\//;

// `vite build --mode <target>` builds one script-tag file (scripts/build.mjs runs them all).
export default defineConfig(({ mode }): UserConfig => {
  const target = buildTargets()[mode];
  // Any other mode (Storybook's, `vite` for a quick look) gets a plain config.
  if (!target) return { define: BUILD_CONSTANTS };
  return {
    define: BUILD_CONSTANTS,
    // Collapses the whitespace inside html`` and css`` templates, which no JS minifier may touch.
    plugins: [
      litDecorators(),
      minifyLiterals({ include: ['src/**/*.ts'], failOnError: true }) as PluginOption,
      terserAfterRolldown,
      ...(target.format === 'es' ? [standaloneImports()] : []),
    ],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      // Lib mode keeps whitespace in ES output (for bundlers' tree-shaking); these files
      // are served to browsers as they are, so minify fully.
      rolldownOptions: {
        output: {
          minify: true,
          comments: false,
          // The bundle's widgets load on demand from chunks/ (src/lazy.ts). What they share with
          // the entry (Lit, the base element, provider, quick exit) is one `shared` chunk,
          // imported by relative URL, so it stays one instance even when a site adds `?ver=…`
          // to the entry's URL. Per-element files and the classic build are single files.
          chunkFileNames: 'chunks/[name]-[hash].js',
          ...(mode === 'bundle' && { codeSplitting: { groups: [{ name: 'shared', test: SHARED_MODULES }] } }),
        },
      },
      lib: {
        entry: target.entry,
        formats: [target.format],
        name: 'RecoveryWidgets',
        fileName: () => target.file,
      },
    },
  };
});
