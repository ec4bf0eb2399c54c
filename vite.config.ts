/// <reference types="node" />
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { buildTargets } from './scripts/targets.mjs';

// `vite build --mode <target>` builds one script-tag file (scripts/build.mjs runs them all).
export default defineConfig(({ mode }): UserConfig => {
  const target = buildTargets()[mode];
  // Any other mode (Storybook's, `vite` for a quick look) gets a plain config.
  if (!target) return {};
  return {
    // Collapses the whitespace inside html`` and css`` templates, which no JS minifier may touch.
    plugins: [minifyLiterals({ include: ['src/**/*.ts'], failOnError: true }) as PluginOption],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      // Lib mode keeps whitespace in ES output (for bundlers' tree-shaking); these files
      // are served to browsers as they are, so minify fully.
      rolldownOptions: { output: { minify: true, comments: false } },
      lib: {
        entry: target.entry,
        formats: [target.format],
        name: 'RecoveryWidgets',
        fileName: () => target.file,
      },
    },
  };
});
