// Starts the test WordPress and keeps it running until Ctrl-C, for working on the plugin:
//   npm run build:wordpress && node wordpress/tests/serve.mjs   (WP_TEST_PORT=8765 to choose the port)
// After a rebuild, `node wordpress/tests/serve.mjs --reinstall` unpacks the new zip into it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, AUTHOR, installPlugin, startSite } from './site.mjs';

if (process.argv.includes('--reinstall')) {
  installPlugin();
  console.log('plugin reinstalled from dist/recovery-widgets-wordpress.zip');
} else {
  const site = await startSite();
  console.log(`WordPress at ${site.url}/ (admin: ${ADMIN.user} / ${ADMIN.password}; author: ${AUTHOR.user} / ${AUTHOR.password})`);
  // What the Chromium tests read (WP_TEST_SITE), so one file can be run against this site.
  writeFileSync(
    join(site.root, 'site.json'),
    JSON.stringify({ url: site.url, root: site.root, fixtures: site.fixtures, admin: ADMIN, author: AUTHOR }),
  );
  console.log(`tests: WP_TEST_SITE=${join(site.root, 'site.json')} node --test wordpress/tests/e2e/<file>`);
  console.log(
    `pages: ${Object.values(site.fixtures.pages)
      .map((page) => page.url)
      .join(' ')}`,
  );
  const stop = async () => {
    await site.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
