// An Author (no `unfiltered_html`) in the block editor at 1280 px: inserts every block from
// the inserter, sets a choice of each in the sidebar, watches the live preview, publishes;
// the post keeps every setting, reopens without a block error, and prints each element.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { plainWords } from '../../../scripts/build-wordpress.mjs';
import { insertBlock, launch, loggedIn, OUTPUT, showBlockSettings, sidebarControl, site, sleep } from './helpers.mjs';

let browser;
let page;
/** The words an editor reads, shared by the configurator and the blocks. */
const words = await plainWords();
let postId;

/** Each block, as the Author configures it, and what the element must then carry. */
const BLOCKS = [
  {
    slug: 'faq',
    title: words.WIDGETS['recovery-faq'].name,
    async configure() {
      const add = await page.waitForSelector('.recovery-widgets-faq-editor button.is-primary');
      await add.click();
      await add.click();
      const questions = await page.$$('.recovery-widgets-faq-editor input[type="text"]');
      const answers = await page.$$('.recovery-widgets-faq-editor textarea');
      await questions[0].type('Is it "private" & <safe>?');
      await answers[0].type('Yes.');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await answers[0].type('Nothing you type leaves this page.');
      await questions[1].type('What is parallel recovery?');
      await answers[1].type('Each of you does your own recovery work.');
      await (await sidebarControl(page, words.SETTINGS.searchable.label)).click();
    },
    element: 'recovery-faq[searchable]',
    help: [words.SETTINGS.searchable.help, words.SETTINGS.single.help],
  },
  {
    slug: 'self-check',
    title: words.WIDGETS['recovery-self-check'].name,
    async configure() {
      await (await sidebarControl(page, words.SETTINGS.mode.label)).select('list');
      await (await sidebarControl(page, words.SETTINGS['quick-exit'].label)).click();
    },
    element: 'recovery-self-check[mode="list"][quick-exit]',
    help: [words.SETTINGS.mode.choices.steps, words.SETTINGS.mode.choices.list],
  },
  {
    slug: 'group-finder',
    title: words.WIDGETS['recovery-group-finder'].name,
    async configure() {
      await (await sidebarControl(page, words.SETTINGS.exclude.label)).type('celebrate-recovery');
    },
    element: 'recovery-group-finder[exclude="celebrate-recovery"]',
    help: [words.SETTINGS.exclude.help],
  },
  {
    slug: 'scholarship-check',
    title: words.WIDGETS['recovery-scholarship-check'].name,
    async configure() {
      await (await sidebarControl(page, words.settingWords('apply-href').label)).type('/apply/?from=check&step=1');
    },
    element: 'recovery-scholarship-check[apply-href="/apply/?from=check&step=1"]',
    help: [words.settingWords('apply-href').help],
  },
  {
    slug: 'intake',
    title: words.WIDGETS['recovery-intake'].name,
    async configure() {
      await (await sidebarControl(page, 'Layout')).select('banner');
    },
    element: 'recovery-intake[variant="banner"]',
    help: ['Leave empty to receive requests in Callback requests, on this site.', words.SETTINGS.variant.choices.floating],
  },
  {
    slug: 'quick-exit',
    title: words.WIDGETS['recovery-quick-exit'].name,
    async configure() {
      await (await sidebarControl(page, words.SETTINGS.inline.label)).click();
    },
    element: 'recovery-quick-exit[inline]',
    help: ['Leave empty to use the destination in Settings → Recovery widgets.'],
  },
];

before(async () => {
  browser = await launch();
  ({ page } = await loggedIn(browser, 'author', { width: 1280, height: 900 }));
});
after(() => browser?.close());

/** The preview frame of the block just configured, once it shows `selector`. */
async function previewShows(title, selector) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frames = await page.$$(`iframe[title="Preview: ${title}"]`);
    for (const frame of frames) {
      const content = await frame.contentFrame();
      const element = content && (await content.$(selector).catch(() => null));
      if (element && (await element.evaluate((node) => !!node.shadowRoot))) return true;
    }
    if (Date.now() > deadline) throw new Error(`the preview of "${title}" never showed ${selector}`);
    await sleep(250);
  }
}

test('the Author cannot post unfiltered HTML (the reason for the blocks)', () => {
  assert.equal(site.fixtures.authorCanUnfilteredHtml, false);
});

test('the Author inserts and configures every block; the preview follows each setting', async () => {
  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
  const title = await page.waitForSelector('.editor-post-title__input, h1[aria-label="Add title"]');
  await title.type('Support for families');
  for (const block of BLOCKS) {
    await insertBlock(page, block.title);
    await page.waitForSelector(`.wp-block[data-type="recovery-widgets/${block.slug}"].is-selected`);
    await showBlockSettings(page);
    await block.configure();
    await previewShows(block.title, block.element);
    const sidebar = await page.$eval('.interface-complementary-area', (area) => area.textContent.replace(/\s+/g, ' '));
    for (const words of block.help) assert.ok(sidebar.includes(words), `${block.slug}: the sidebar says "${words}"`);
    assert.ok(!sidebar.includes('heading-level') && !sidebar.includes('structured-data'), 'labels in words, not attribute names');
    await page.$eval(`.wp-block[data-type="recovery-widgets/${block.slug}"]`, (element) => element.scrollIntoView({ block: 'start' }));
    await sleep(300);
    await page.screenshot({ path: join(OUTPUT, `editor-1280-${block.slug}.png`) });
  }
  const names = await page.evaluate(() =>
    wp.data
      .select('core/block-editor')
      .getBlocks()
      .map((block) => block.name),
  );
  assert.deepEqual(
    names,
    BLOCKS.map((block) => `recovery-widgets/${block.slug}`),
  );
  // The picture for the editors' guide (docs/images/wordpress-editor.png): the FAQ selected,
  // the end of its list of questions, its live preview, and its sidebar.
  await page.click('.wp-block[data-type="recovery-widgets/faq"] .recovery-widgets-preview__label');
  await page.$eval('.wp-block[data-type="recovery-widgets/faq"] .recovery-widgets-faq-editor__item:last-of-type', (item) =>
    item.scrollIntoView({ block: 'start' }),
  );
  await sleep(800);
  await page.screenshot({ path: join(OUTPUT, 'editor-1280.png') });
});

test('the Author publishes; the post holds only block comments with the settings', async () => {
  await page.click('.editor-post-publish-panel__toggle');
  await (await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button')).click();
  await page.waitForFunction(
    () => wp.data.select('core/editor').isCurrentPostPublished() && !wp.data.select('core/editor').isSavingPost(),
    { timeout: 20_000 },
  );
  postId = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
  const raw = await page.evaluate(
    (id) => wp.apiFetch({ path: `/wp/v2/posts/${id}?context=edit` }).then((post) => post.content.raw),
    postId,
  );
  assert.doesNotMatch(raw, /<recovery-|<script|<details/, 'no HTML of the widgets in the post: the server prints it');
  for (const block of BLOCKS) assert.match(raw, new RegExp(`<!-- wp:recovery-widgets/${block.slug} `));
  assert.match(raw, /"searchable":true/);
  assert.match(raw, /"mode":"list","quickExit":true|"quickExit":true.*"mode":"list"|"mode":"list".*"quickExit":true/);
  assert.match(
    raw,
    /Is it \\u0022private\\u0022 \\u0026amp; \\u0026lt;safe\\u0026gt;\?/,
    'the question kept whole through kses, as entities',
  );
});

test('reopened, every block is valid and keeps its settings', async () => {
  await page.goto(`${site.url}/wp-admin/post.php?post=${postId}&action=edit`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length === 6);
  const blocks = await page.evaluate(() =>
    wp.data
      .select('core/block-editor')
      .getBlocks()
      .map((block) => ({ name: block.name, valid: block.isValid, attributes: block.attributes })),
  );
  for (const block of blocks) assert.ok(block.valid, `${block.name} is valid`);
  assert.equal(await page.$('.block-editor-warning'), null, 'no block warning');
  assert.equal(blocks[0].attributes.items.length, 2);
  assert.equal(blocks[4].attributes.variant, 'banner');
  // The list shows what the Author typed, not entities.
  await page.click('.wp-block[data-type="recovery-widgets/faq"] .recovery-widgets-preview__label');
  const question = await page.waitForSelector('.recovery-widgets-faq-editor input[type="text"]');
  assert.equal(await question.evaluate((input) => input.value), 'Is it "private" & <safe>?');
});

test('on the site, the post prints each element with the Author’s settings', async () => {
  const visitor = await browser.newPage();
  await visitor.goto(`${site.url}/?p=${postId}`, { waitUntil: 'networkidle0' });
  for (const block of BLOCKS) assert.ok(await visitor.$(`recovery-provider ${block.element}`), `${block.element} on the page`);
  const summary = await visitor.$eval('recovery-faq details summary', (element) => element.textContent);
  assert.match(summary, /Is it .private. & <safe>\?/);
  const html = await (await fetch(`${site.url}/?p=${postId}`)).text();
  assert.match(
    html,
    /<summary>Is it (&quot;|&#8220;)private(&quot;|&#8221;) &amp; &lt;safe&gt;\?<\/summary><p>Yes\.<\/p><p>Nothing you type leaves this page\.<\/p><\/details>/,
  );
  await visitor.close();
});
