import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { findChrome } from './scripts/find-chrome.mjs';
import { BUILD_CONSTANTS } from './scripts/targets.mjs';
import { testEndpoints } from './test/server/endpoints.mjs';

const executablePath = findChrome();

/**
 * Stories import the demo's JSON content as modules (Vite does this); widgets `fetch()` the
 * same files as data. Only an import (Sec-Fetch-Dest: script) is turned into a module here.
 */
const jsonImports = {
  name: 'json-imports',
  // The server caches transforms per URL; an import and a fetch of one file must not share.
  transformCacheKey(context) {
    return context.get('sec-fetch-dest');
  },
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};` };
    }
  },
};

/**
 * `executeServerCommand('go-offline', {ms})` takes the page's network away for `ms`, then
 * gives it back, as a phone going through a tunnel would: the browser updates
 * `navigator.onLine` and fires `offline`, then `online`. Coming back is scheduled here,
 * because a page cannot send the command while it is offline.
 */
const networkCommands = {
  name: 'network-commands',
  async executeCommand({ command, payload, session }) {
    if (command !== 'go-offline') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    const network = (offline) =>
      cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.send('Network.enable');
    await network(true);
    setTimeout(() => network(false).catch(() => {}), payload?.ms ?? 1000);
    return true;
  },
};

/**
 * `npm run fuzz -- --cases N --seed S` (scripts/fuzz.mjs) reaches the fuzz test's page here:
 * the script sets FUZZ_* in the environment, the test reads `/__fuzz__/config.json`. Without
 * them the test uses its own fixed seed and case count. The page posts its progress to
 * `/__fuzz__/progress`, printed here during long runs; a case still running after 30 s is
 * printed whole (a hang is a finding too).
 */
let slowCase;
const fuzzRoutes = async (ctx, next) => {
  if (ctx.path === '/__fuzz__/config.json') {
    const number = (value) => (value && Number.isFinite(Number(value)) ? Number(value) : undefined);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      cases: number(process.env.FUZZ_CASES),
      seed: number(process.env.FUZZ_SEED),
      path: process.env.FUZZ_PATH || undefined,
      tag: process.env.FUZZ_TAG || undefined,
    });
    return;
  }
  if (ctx.path !== '/__fuzz__/progress' || ctx.method !== 'POST') return next();
  let body = '';
  for await (const chunk of ctx.req) body += chunk;
  const { event, text } = JSON.parse(body);
  clearTimeout(slowCase);
  if (event === 'start') slowCase = setTimeout(() => console.log(`[fuzz] a case has been running for 30 s: ${text}`), 30_000);
  if (event === 'progress' && process.env.FUZZ_CASES) console.log(`[fuzz] ${text}`);
  ctx.status = 204;
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second tab in headless Chromium is hidden, so its
  // requestAnimationFrame stalls and focus moves away, which breaks fixtures and keyboard tests.
  concurrency: 1,
  // The tests' own pages import the TypeScript sources; embedding tests load dist/ (built first by `npm test`).
  plugins: [
    jsonImports,
    networkCommands,
    esbuildPlugin({ ts: true, define: BUILD_CONSTANTS, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  // Real HTTP endpoints for the tests: slow and failing answers, pages with strict CSP headers.
  middleware: [
    // The browser cache must not hand a fetch() the module made from the same JSON file.
    async (ctx, next) => {
      await next();
      if (ctx.path.endsWith('.json')) ctx.set('Vary', 'Sec-Fetch-Dest');
    },
    ...testEndpoints,
    fuzzRoutes,
  ],
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
  // A long fuzz run (thousands of cases) is one test file; the default is two minutes.
  ...(process.env.FUZZ_CASES ? { testsFinishTimeout: 4 * 60 * 60 * 1000 } : {}),
};
