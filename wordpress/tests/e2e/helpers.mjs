// Shared by the Chromium tests: the site run.mjs started (WP_TEST_SITE), a browser, logging
// in, the block inserter, and where screenshots go.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../../scripts/find-chrome.mjs';
import { REPO } from '../site.mjs';

/** What run.mjs wrote: {url, root, fixtures, admin, author}. */
export const site = JSON.parse(readFileSync(process.env.WP_TEST_SITE ?? '', 'utf8'));

export const OUTPUT = join(REPO, 'wordpress/tests/output');
mkdirSync(OUTPUT, { recursive: true });

export async function launch() {
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  // A busy 2-core machine can take a while to render the block editor: 60 s, not 30.
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    page?.setDefaultNavigationTimeout(60_000);
    page?.setDefaultTimeout(60_000);
  });
  return browser;
}

/** A fresh browser context (its own cookies), logged in as `who` ("admin" or "author"). */
export async function loggedIn(browser, who, viewport = { width: 1280, height: 900 }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(60_000);
  page.setDefaultTimeout(60_000);
  await page.setViewport(viewport);
  // The admin bar's avatars come from gravatar.com: no network here, and nothing to test.
  await page.setRequestInterception(true);
  page.on('request', (request) => (new URL(request.url()).hostname.endsWith('gravatar.com') ? request.abort() : request.continue()));
  const { user, password } = site[who];
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  // Filled in directly: wp-login.php focuses and selects the user name 200 ms after loading,
  // and keys typed before that would be replaced.
  await page.$eval('#user_login', (input, value) => (input.value = value), user);
  await page.$eval('#user_pass', (input, value) => (input.value = value), password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  const bar = await page.waitForSelector('#wpadminbar', { timeout: 10_000 }).catch(() => null);
  if (!bar) {
    const said = await page.$eval('#login_error', (error) => error.textContent.trim()).catch(() => page.url());
    throw new Error(`could not log in as ${user}: ${said}`);
  }
  return { context, page };
}

/** Inserts a block through the inserter, by its title, as an editor would. */
export async function insertBlock(page, title) {
  if (!(await page.$('.block-editor-inserter__search input'))) await page.click('button[aria-label="Toggle block inserter"]');
  const search = await page.waitForSelector('.block-editor-inserter__search input');
  await search.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await search.type(title);
  const find = (text) =>
    [...document.querySelectorAll('.block-editor-block-types-list__item')].find((item) => item.textContent.trim() === text);
  await page.waitForFunction(find, { timeout: 10_000 }, title);
  const option = await page.evaluateHandle(find, title);
  await option.click();
}

/**
 * After inserting: the inserter closed and the sidebar's "Block" tab open (the editor closes
 * the settings sidebar while the inserter is open on a 1280 px screen).
 */
export async function showBlockSettings(page) {
  if (await page.$('.block-editor-inserter__search input')) await page.click('button[aria-label="Toggle block inserter"]');
  if (!(await page.$('.interface-complementary-area'))) await page.click('.edit-post-header__settings button[aria-label="Settings"]');
  const tab = await page.waitForSelector('.edit-post-sidebar__panel-tab[data-label="Block"]');
  if (!(await tab.evaluate((button) => button.classList.contains('is-active')))) await tab.click();
  await page.waitForSelector('.interface-complementary-area .block-editor-block-card');
}

/** The sidebar's control labelled `label` (a toggle, select or text field) for the selected block. */
export async function sidebarControl(page, label) {
  const handle = await page.waitForFunction(
    (text) => {
      const sidebar = document.querySelector('.interface-complementary-area');
      const labels = [...(sidebar?.querySelectorAll('label') ?? [])].filter((element) => element.textContent.trim() === text);
      const target = labels[0] && (labels[0].control ?? document.getElementById(labels[0].htmlFor));
      return target ?? null;
    },
    { timeout: 10_000 },
    label,
  );
  return handle.asElement();
}

/** The text of an element's shadow root (and its light DOM), for "does it say X" checks. */
export function shadowText(page, selector) {
  return page.$eval(selector, (element) => `${element.shadowRoot?.textContent ?? ''} ${element.textContent}`.replace(/\s+/g, ' '));
}

/**
 * Waits for `selector` inside `host`'s shadow root. (Puppeteer's waitForSelector re-checks on
 * DOM mutations of the document, which changes inside a shadow root do not cause: poll.)
 */
export async function waitInShadow(page, host, selector, timeout = 15_000) {
  const handle = await page.waitForFunction(
    (hostSelector, inner) => document.querySelector(hostSelector)?.shadowRoot?.querySelector(inner) ?? null,
    { polling: 100, timeout },
    host,
    selector,
  );
  return handle.asElement();
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
