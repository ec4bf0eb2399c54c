// The callback form on the site, into the site's own inbox. The first attempt reaches
// WordPress but its answer is lost on the way back (Chromium's Fetch domain fails the
// response after the server stored it), so the widget retries with the same
// Idempotency-Key: the request must appear once in "Callback requests". A second request
// (a new key) makes a second row. The staff email holds neither name nor number.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, loggedIn, site, waitInShadow } from './helpers.mjs';

const MAIL_LOG = join(site.root, 'mail.jsonl');
const mails = () =>
  existsSync(MAIL_LOG)
    ? readFileSync(MAIL_LOG, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
const stamp = Date.now().toString(36).slice(-4);
const FIRST = { name: `Rosa${stamp}`, phone: '(720) 555-0161' };
const SECOND = { name: `Dana${stamp}`, phone: '720.555.0162' };

let browser;
let visitor;
const attempts = [];

before(async () => {
  browser = await launch();
  visitor = await browser.newPage();
  await visitor.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  // Every attempt at the inbox is paused when its answer arrives: the first answer is then
  // dropped (a lost connection), the others are let through.
  const cdp = await visitor.createCDPSession();
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/wp-json/recovery-widgets/v1/intake*', requestStage: 'Response' }] });
  cdp.on('Fetch.requestPaused', async (event) => {
    const headers = Object.fromEntries(Object.entries(event.request.headers).map(([name, value]) => [name.toLowerCase(), value]));
    attempts.push({ key: headers['idempotency-key'], status: event.responseStatusCode, body: event.request.postData });
    if (attempts.length === 1) await cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'ConnectionReset' });
    else await cdp.send('Fetch.continueRequest', { requestId: event.requestId });
  });
  await visitor.goto(site.fixtures.pages.all.url, { waitUntil: 'networkidle0' });
});
after(() => browser?.close());

/** Fills the intake's form as a visitor does and sends it. */
async function send(person) {
  const field = (selector) => visitor.waitForSelector(`recovery-intake >>> ${selector}`);
  await (await field('#firstName')).type(person.name);
  await (await field('#phone')).type(person.phone);
  // The safe-contact question (DESIGN.md: contactSafety), when this build of the widget has it.
  const callOnly = await visitor.$('recovery-intake >>> input[name="contactSafety"][value="call-only"]');
  if (callOnly) await callOnly.click();
  await (await field('input[name="forWhom"][value="loved-one"]')).click();
  await (await field('#consent')).click();
  await (await field('[part="submit"]')).click();
  try {
    await waitInShadow(visitor, 'recovery-intake', '[part="sent"]', 20_000);
  } catch (error) {
    const said = await visitor.$eval('recovery-intake', (intake) => intake.shadowRoot.textContent.replace(/\s+/g, ' '));
    throw new Error(
      `not sent after ${attempts.length} attempts (${attempts.map((attempt) => attempt.status).join(', ')}); the widget says: ${said}`,
      { cause: error },
    );
  }
}

/** The inbox as an administrator sees it: rows of the two test visitors. */
async function inboxRows() {
  const { context, page } = await loggedIn(browser, 'admin');
  await page.goto(`${site.url}/wp-admin/admin.php?page=recovery-callbacks&status=all`, { waitUntil: 'domcontentloaded' });
  const rows = await page.$$eval('table.recovery-callbacks tbody tr[data-id]', (trs) =>
    trs.map((tr) => ({
      id: tr.dataset.id,
      name: tr.querySelector('.first-name').textContent,
      phone: tr.querySelector('.phone').textContent,
      status: tr.querySelector('.status').textContent,
      safety: tr.querySelector('.contact-safety').textContent,
    })),
  );
  return { context, page, rows: rows.filter((row) => row.name === FIRST.name || row.name === SECOND.name) };
}

test('a request whose first answer was lost is retried with the same key and stored once', async () => {
  const before = mails().length;
  await send(FIRST);
  assert.ok(attempts.length >= 2, `the widget tried again (${attempts.length} attempts)`);
  assert.equal(attempts[0].status, 200, 'the first attempt reached WordPress, which answered 200');
  assert.ok(
    attempts.every((attempt) => attempt.key && attempt.key === attempts[0].key),
    'every attempt carried the same Idempotency-Key',
  );
  assert.equal(attempts.at(-1).status, 200, 'the retry got the same answer');
  const body = JSON.parse(attempts[0].body);
  assert.equal(body.firstName, FIRST.name);
  assert.equal(body.page, new URL(site.fixtures.pages.all.url).pathname);
  const { context, rows } = await inboxRows();
  assert.equal(rows.length, 1, 'one row in Callback requests');
  assert.deepEqual([rows[0].name, rows[0].phone, rows[0].status], [FIRST.name, FIRST.phone, 'New']);
  assert.match(rows[0].safety, body.contactSafety === 'call-only' ? /Call only/ : /Not asked/);
  await context.close();
  assert.equal(mails().length, before + 1, 'one email for one request');
});

test('a second request (a new key) makes a second row', async () => {
  const keys = new Set(attempts.map((attempt) => attempt.key));
  await visitor.reload({ waitUntil: 'networkidle0' });
  await send(SECOND);
  const newKeys = [...new Set(attempts.map((attempt) => attempt.key))].filter((key) => !keys.has(key));
  assert.equal(newKeys.length, 1, 'one new key');
  const { context, page, rows } = await inboxRows();
  assert.deepEqual(rows.map((row) => row.name).sort(), [FIRST.name, SECOND.name].sort());
  // Staff mark the first as called back.
  const row = await page.$(`tr[data-id="${rows.find((entry) => entry.name === FIRST.name).id}"]`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), (await row.$('button.button-primary')).click()]);
  assert.match(await page.$eval('.notice-success', (notice) => notice.textContent), /updated/);
  const after = await inboxRows();
  assert.equal(after.rows.find((entry) => entry.name === FIRST.name).status, 'Called back');
  await after.context.close();
  await context.close();
});

test('the staff emails link to Callback requests and hold no name, number or page', () => {
  const ours = mails().slice(-2);
  assert.equal(ours.length, 2);
  for (const mail of ours) {
    const text = `${mail.subject}\n${mail.message}`;
    assert.match(text, /wp-admin\/admin\.php\?page=recovery-callbacks/);
    for (const secret of [FIRST.name, SECOND.name, '555-0161', '5550161', '555-0162', '5550162', 'families']) {
      assert.ok(!text.includes(secret), `the email does not contain "${secret}"`);
    }
  }
});

test('a request from another origin is refused and not stored', async () => {
  const response = await fetch(site.fixtures.restUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: 'https://elsewhere.example' },
    body: JSON.stringify({
      firstName: 'Mallory',
      phone: '303-555-0100',
      bestTime: 'anytime',
      forWhom: null,
      consent: true,
      consentText: 'x',
      page: '/',
      lang: 'en',
    }),
  });
  assert.equal(response.status, 403);
});

test('Callback requests is closed to an Author', async () => {
  const { context, page } = await loggedIn(browser, 'author');
  const response = await page.goto(`${site.url}/wp-admin/admin.php?page=recovery-callbacks`, { waitUntil: 'domcontentloaded' });
  assert.ok(response.status() >= 400 || /not allowed/i.test(await page.content()), 'refused');
  assert.doesNotMatch(await page.content(), new RegExp(FIRST.name));
  await context.close();
});
