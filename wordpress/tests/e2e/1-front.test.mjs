// A visitor's phone (390 px) on the page that holds every block: each widget renders and
// works, with the settings from Settings → Recovery widgets, from the site's own files only.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { launch, OUTPUT, shadowText, site, waitInShadow } from './helpers.mjs';

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const { pages } = site.fixtures;
let browser;
let page;
const requests = [];
const problems = [];

before(async () => {
  browser = await launch();
  page = await browser.newPage();
  await page.setViewport(PHONE);
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(pages.all.url, { waitUntil: 'networkidle0' });
});
after(() => browser?.close());

const WIDGETS = [
  'recovery-faq',
  'recovery-self-check',
  'recovery-group-finder',
  'recovery-scholarship-check',
  'recovery-intake',
  'recovery-quick-exit',
];

test('every block prints its element inside one <recovery-provider>, and each is upgraded', async () => {
  const found = await page.evaluate(() => ({
    providers: document.querySelectorAll('recovery-provider').length,
    widgets: [...document.querySelectorAll('recovery-provider [class], recovery-provider *')]
      .filter((element) => element.localName.startsWith('recovery-'))
      .map((element) => ({
        tag: element.localName,
        defined: !!customElements.get(element.localName),
        rendered: (element.shadowRoot?.childNodes.length ?? 0) > 0,
      })),
  }));
  assert.equal(found.providers, 1);
  assert.deepEqual(
    found.widgets.map((widget) => widget.tag),
    WIDGETS,
  );
  for (const widget of found.widgets) assert.ok(widget.defined && widget.rendered, `${widget.tag} upgraded and rendered`);
  await page.screenshot({ path: join(OUTPUT, 'page-390.png'), fullPage: true });
});

test('the page asks nothing of anyone but the site, and the console stays clean', () => {
  const foreign = requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.ok(
    requests.some((url) => url.includes('/wp-content/plugins/recovery-widgets/build/dist/recovery-widgets.iife.js')),
    'the script comes from the plugin',
  );
  assert.deepEqual(problems, []);
});

test('FAQ: the questions from the block, readable without JavaScript, open on click', async () => {
  const html = await (await fetch(pages.all.url)).text();
  assert.match(
    html,
    /<details id="what-is-parallel-recovery"><summary>What is parallel recovery\?<\/summary><p>Each of you does your own recovery work/,
  );
  // (WordPress's typography filter curls the quotes, as it does in any post.)
  assert.match(html, /<summary>Can we talk about (&quot;|&#8220;)us(&quot;|&#8221;) &amp; &lt;boundaries&gt;\?<\/summary>/);
  const button = await page.$('recovery-faq >>> button[aria-expanded]');
  assert.equal(await button.evaluate((element) => element.getAttribute('aria-expanded')), 'false');
  await button.click();
  assert.equal(await button.evaluate((element) => element.getAttribute('aria-expanded')), 'true');
  assert.ok(await page.$('recovery-faq >>> input[type="search"], recovery-faq >>> input'), 'the search box the block asked for');
  assert.match(await shadowText(page, 'recovery-faq'), /\[recovery_intake\] is not a shortcode here/);
});

test('self-check: the quick exit the block asked for, Start, then a statement', async () => {
  assert.ok(
    await page.$('recovery-self-check >>> recovery-quick-exit, recovery-self-check >>> [part~="quick-exit"]'),
    'a quick exit inside',
  );
  const before = await shadowText(page, 'recovery-self-check');
  // (Its own Start button: the quick exit inside has a part named "button" too.)
  await (await page.$('recovery-self-check >>> form[part~="screen"] button[part="button"]')).click();
  await page.waitForFunction(
    (text) => document.querySelector('recovery-self-check').shadowRoot.textContent.replace(/\s+/g, ' ') !== text,
    {},
    before.replace(/\s+/g, ' ').trim(),
  );
  assert.ok(await page.$('recovery-self-check >>> input[type="radio"]'), 'a statement with its answers');
});

test('the state crisis line from Settings is among the help lines, the built-in one is not', async () => {
  const text = await shadowText(page, 'recovery-self-check');
  assert.match(text, /Test State Crisis Line/);
  assert.doesNotMatch(text, /Colorado Crisis Services/);
});

test('group finder: answer who you are, then programs that fit', async () => {
  await (await page.$('recovery-group-finder >>> [part="question"] input[type="radio"]')).click();
  await (await page.$('recovery-group-finder >>> [part="submit"]')).click();
  await waitInShadow(page, 'recovery-group-finder', '[part="results"]');
  const cards = await page.$$('recovery-group-finder >>> [part="card"]');
  assert.ok(cards.length > 0, 'at least one program');
});

test('scholarship check: Start leads to the first question', async () => {
  await (await page.$('recovery-scholarship-check >>> [part="button"]')).click();
  await waitInShadow(page, 'recovery-scholarship-check', '[part="form"] input');
});

test('intake: the organisation’s phone, text and booking links and hours; the form posts to this site', async () => {
  assert.match(
    await page.$eval('recovery-intake >>> [part="call"]', (link) => `${link.textContent} ${link.getAttribute('href')}`),
    /\(303\)\u00a0555-0142.*tel:\+13035550142/,
  );
  assert.equal(await page.$eval('recovery-intake >>> [part="text"]', (link) => link.getAttribute('href')), 'sms:+13035550143');
  assert.equal(
    await page.$eval('recovery-intake >>> [part="schedule"]', (link) => link.getAttribute('href')),
    'https://book.example.org/front-range',
  );
  assert.match(await page.$eval('recovery-intake >>> [part="hours"]', (line) => line.textContent), /M[SD]T/);
  assert.ok(await page.$('recovery-intake >>> [part="form"]'), 'the callback form (its endpoint is the inbox)');
  assert.match(await shadowText(page, 'recovery-intake'), /Front Range may call me about my request\./);
  assert.equal(await page.$eval('recovery-provider', (provider) => provider.getAttribute('intake-action')), site.fixtures.restUrl);
  assert.equal(await page.$eval('recovery-provider', (provider) => provider.getAttribute('caller-name')), 'Front Range');
});

test('quick exit: the button leaves for the destination in Settings', async () => {
  await Promise.all([page.waitForNavigation(), (await page.$('recovery-quick-exit[inline] >>> [part="button"]')).click()]);
  assert.equal(page.url(), pages.neutral.url);
});

test('a page without a widget loads no widget script and no provider', async () => {
  const html = await (await fetch(pages.plain.url)).text();
  assert.doesNotMatch(html, /recovery-widgets\.iife\.js/);
  assert.doesNotMatch(html, /<recovery-provider/);
});

test('classic editor shortcodes: the same elements, upgraded, in one provider', async () => {
  await page.goto(pages.shortcodes.url, { waitUntil: 'networkidle0' });
  const tags = await page.evaluate(() =>
    [...document.querySelectorAll('recovery-provider *')]
      .filter((element) => element.localName.startsWith('recovery-') && element.shadowRoot)
      .map((element) => element.localName),
  );
  assert.deepEqual(tags, ['recovery-faq', 'recovery-intake', 'recovery-quick-exit']);
  assert.equal(await page.$eval('recovery-faq', (faq) => faq.getAttribute('heading-level')), '2');
});
