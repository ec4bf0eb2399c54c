/// <reference types="node" />
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { buildTargets } from './scripts/targets.mjs';

/**
 * A second minifier over the files Rolldown wrote: Terser (two passes) still finds about
 * 80–180 bytes (brotli) per file after Rolldown's own minifier, which is what keeps
 * `recovery-self-check.js` inside its 14 KB budget. It runs on the written files because
 * Rolldown minifies after every plugin hook that could see the code.
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

/** Modules the bundle's entry needs at once; everything else stays in its widget's chunk. */
const SHARED_MODULES = /node_modules|src\/shared\/|src\/core\/(config|text|provider-config|shift-shortcut)\.ts|src\/data\/crisis-lines\.ts|src\/elements\/(provider|quick-exit)\//;

// `vite build --mode <target>` builds one script-tag file (scripts/build.mjs runs them all).
export default defineConfig(({ mode }): UserConfig => {
  const target = buildTargets()[mode];
  // Any other mode (Storybook's, `vite` for a quick look) gets a plain config.
  if (!target) return {};
  return {
    // Collapses the whitespace inside html`` and css`` templates, which no JS minifier may touch.
    plugins: [minifyLiterals({ include: ['src/**/*.ts'], failOnError: true }) as PluginOption, terserAfterRolldown],
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
