import { existsSync } from 'node:fs';

/** Where Chromium may live: $CHROME_PATH first, then Debian's binary (skipping its shell wrapper), then common installs. */
export const CHROME_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

/** The first Chromium found, or exit with one line saying where we looked and how to get one. */
export function findChrome() {
  const found = CHROME_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  console.error(
    `No Chromium found (tried ${CHROME_CANDIDATES.join(', ')}). Install one with \`apt-get install -y chromium\` or set CHROME_PATH=/path/to/chrome.`,
  );
  process.exit(1);
}
