// `npm run test:wordpress`: the plugin's tests on a real WordPress (see site.mjs).
//   0. the build and the zip (build.test.mjs, no WordPress needed);
//   1. set up and start the site (private MariaDB, php -S, install, plugin from the zip);
//   2. PHP tests (php/run.php): the callback route, blocks, provider, inbox, settings;
//   3. Chromium tests (e2e/*.test.mjs, one file at a time): visitor, Author, inbox, settings;
//   4. PHP: uninstalling removes everything (php/uninstall.php; last, it empties the site);
//   5. stop the database and the web server by their process ids.
// Prints how long each step took. Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, AUTHOR, REPO, startSite } from './site.mjs';

const HERE = join(REPO, 'wordpress/tests');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();
const steps = [];
let failed = false;

// The build and the zip, without WordPress: quick, and worth knowing before the rest.
const build = spawnSync(process.execPath, ['--test', '--test-reporter=spec', join(HERE, 'build.test.mjs')], {
  cwd: REPO,
  stdio: 'inherit',
});
steps.push(['build tests', Date.now() - started, build.status === 0]);
if (build.status !== 0) failed = true;

let site;
const setupStarted = Date.now();
try {
  site = await startSite();
} catch (error) {
  console.error(`WordPress set-up failed: ${error.message}`);
  process.exit(1);
}
const setup = Date.now() - setupStarted;
console.log(
  `WordPress ${site.url} ready in ${seconds(setup)} (${Object.entries(site.timings)
    .map(([step, ms]) => `${step} ${seconds(ms)}`)
    .join(', ')})`,
);

const stop = async () => {
  await site.stop();
};
process.on('SIGINT', async () => {
  await stop();
  process.exit(130);
});

function step(name, command, args, env = {}) {
  const start = Date.now();
  const result = spawnSync(command, args, { cwd: REPO, stdio: 'inherit', env: { ...process.env, RW_TEST_URL: site.url, ...env } });
  steps.push([name, Date.now() - start, result.status === 0]);
  if (result.status !== 0) failed = true;
}

try {
  const siteFile = join(site.root, 'site.json');
  writeFileSync(siteFile, JSON.stringify({ url: site.url, root: site.root, fixtures: site.fixtures, admin: ADMIN, author: AUTHOR }));
  step('PHP tests', 'php', [join(HERE, 'php/run.php')]);
  const files = readdirSync(join(HERE, 'e2e'))
    .filter((file) => file.endsWith('.test.mjs'))
    .sort()
    .map((file) => join(HERE, 'e2e', file));
  step('Chromium tests', process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=180000', '--test-reporter=spec', ...files], {
    WP_TEST_SITE: siteFile,
  });
  if (!steps.at(-1)[2])
    console.error(
      `\nThe web server's last lines (${join(site.root, 'server.log')}):\n${site.serverLog().split('\n').slice(-25).join('\n')}`,
    );
  step('PHP uninstall test', 'php', [join(HERE, 'php/uninstall.php')]);
  // PHP notices or warnings from the plugin (WordPress 6.1's own PHP 8.2 deprecations aside).
  const ours = site
    .debugLog()
    .split('\n')
    .filter((line) => /recovery-widgets/.test(line) && /PHP (Warning|Notice|Deprecated|Fatal|Parse)/.test(line));
  steps.push(['no PHP warnings from the plugin', 0, ours.length === 0]);
  if (ours.length) {
    failed = true;
    console.error(ours.join('\n'));
  }
} finally {
  await stop();
}

console.log(
  `\nWordPress tests: set-up ${seconds(setup)}; ${steps.map(([name, ms, ok]) => `${name} ${ok ? 'passed' : 'FAILED'}${ms ? ` (${seconds(ms)})` : ''}`).join('; ')}; total ${seconds(Date.now() - started)}`,
);
process.exit(failed ? 1 : 0);
