import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { findChrome } from './scripts/find-chrome.mjs';
import { testEndpoints } from './test/server/endpoints.mjs';

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // The tests' own pages import the TypeScript sources; embedding tests load dist/ (built first by `npm test`).
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  // Real HTTP endpoints for the tests: slow and failing answers, pages with strict CSP headers.
  middleware: testEndpoints,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
};
