// After `npm run build-storybook`: opens every story of storybook-static/ in headless
// Chromium and fails if a story throws or shows an element that was never defined (a build
// that tree-shook the define calls away renders empty boxes, which no unit test sees).
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { createStaticServer } from './serve.mjs';

const server = createStaticServer({ root: resolve('storybook-static') });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const problems = [];
try {
  const { entries } = await (await fetch(`${origin}/index.json`)).json();
  const stories = Object.values(entries).filter((entry) => entry.type === 'story');
  for (const { id } of stories) {
    if (process.env.DEBUG) console.log(id);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
    // Every recovery-* element in the story must be defined and have drawn its shadow root.
    let undefinedTags = [];
    try {
      await page.waitForFunction(
        () => {
          const elements = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('recovery-'));
          return elements.length > 0 && elements.every((element) => customElements.get(element.localName) && element.shadowRoot?.childElementCount);
        },
        { timeout: 5000 },
      );
    } catch (error) {
      undefinedTags = await page
        .evaluate(() => [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('recovery-') && !customElements.get(element.localName)).map((element) => element.localName))
        .catch(() => [`(${error.message})`]);
      if (!undefinedTags.length) undefinedTags = ['no widget rendered'];
    }
    if (errors.length) problems.push(`${id}: ${errors.join('; ')}`);
    if (undefinedTags.length) problems.push(`${id}: not defined or not rendered: ${[...new Set(undefinedTags)].join(', ')}`);
    await page.close();
  }
  console.log(`${stories.length} stories opened in storybook-static.`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
