// An administrator fills in Settings → Recovery widgets; the widgets on the site follow,
// with no block touched. A value that cannot work is refused, naming the field.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, loggedIn, shadowText, site, waitInShadow } from './helpers.mjs';

const SCREEN = `${site.url}/wp-admin/options-general.php?page=recovery-widgets`;
let browser;
let admin;
let original;

before(async () => {
  browser = await launch();
  ({ page: admin } = await loggedIn(browser, 'admin'));
  await admin.goto(SCREEN, { waitUntil: 'domcontentloaded' });
  original = await admin.$$eval('form input[name^="recovery_widgets_settings"], form select[name^="recovery_widgets_settings"]', (fields) =>
    fields.map((field) => [field.name, field.type === 'checkbox' ? field.checked : field.value]),
  );
});
after(async () => {
  try {
    // Put the fixtures' settings back.
    if (!admin || !original) return;
    await admin.goto(SCREEN, { waitUntil: 'domcontentloaded' });
    for (const [name, value] of original) {
      const field = await admin.$(`[name="${name}"]`);
      if (typeof value === 'boolean') {
        if ((await field.evaluate((input) => input.checked)) !== value) await field.click();
      } else if (await field.evaluate((element) => element.tagName === 'SELECT')) await field.select(value);
      else await field.evaluate((input, text) => (input.value = text), value);
    }
    await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
  } finally {
    await browser?.close();
  }
});

async function fill(label, value) {
  const id = await admin.$$eval(
    'th label, td label',
    (labels, text) => labels.find((element) => element.textContent.trim() === text)?.htmlFor,
    label,
  );
  assert.ok(id, `a field labelled "${label}"`);
  const field = await admin.$(`#${id}`);
  if (await field.evaluate((element) => element.tagName === 'SELECT')) return field.select(value);
  await field.click({ count: 3 });
  await admin.keyboard.press('Backspace');
  return field.type(value);
}

test('the screen lists every organisation setting, in words', async () => {
  const labels = await admin.$$eval('.form-table th', (cells) => cells.map((cell) => cell.textContent.trim()));
  for (const label of [
    'Organization name',
    'Phone number',
    'Number for text messages',
    'Online scheduling link',
    'Office hours',
    'Time zone of your office hours',
    'Caller name',
    'Quick-exit destination',
    'Your state’s crisis line: name',
    'Colors',
    'Language',
    'Email staff at',
    'Delete requests after (days)',
    'Send requests to another endpoint',
  ]) {
    assert.ok(labels.includes(label), `"${label}" on the screen`);
  }
});

test('saved settings reach the widgets: phone, hours, language, colours, crisis line', async () => {
  await fill('Phone number', '+1-720-555-0111');
  await fill('Office hours', 'Mon-Sun 00:00-24:00');
  await fill('Language', 'es');
  await fill('Colors', 'dark');
  await fill('Your state’s crisis line: name', 'Línea de crisis de prueba');
  await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
  assert.match(await admin.$eval('#setting-error-settings_updated', (notice) => notice.textContent), /saved/i);

  const visitor = await browser.newPage();
  await visitor.goto(site.fixtures.pages.all.url, { waitUntil: 'networkidle0' });
  const provider = await visitor.$eval('recovery-provider', (element) =>
    Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
  );
  assert.equal(provider.phone, '+1-720-555-0111');
  assert.equal(provider.lang, 'es');
  assert.equal(provider.theme, 'dark');
  const call = await waitInShadow(visitor, 'recovery-intake', '[part="call"]');
  assert.equal(await call.evaluate((link) => link.getAttribute('href')), 'tel:+17205550111');
  assert.equal(await visitor.$('recovery-intake >>> [part="hours"]'), null, 'open around the clock: no hours line');
  assert.equal(
    await visitor.$eval('recovery-intake >>> [part="base"]', (base) => base.getAttribute('lang')),
    'es',
    'the widget speaks Spanish',
  );
  assert.equal(await visitor.$eval('recovery-intake >>> [part="base"]', (base) => base.dataset.theme), 'dark');
  assert.match(await shadowText(visitor, 'recovery-self-check'), /Línea de crisis de prueba/);
  await visitor.close();
});

test('a value that cannot work is refused, naming the field, and the previous one kept', async () => {
  await admin.goto(SCREEN, { waitUntil: 'domcontentloaded' });
  await fill('Office hours', '9 to 5');
  await fill('Quick-exit destination', 'javascript:alert(1)');
  await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
  const errors = await admin.$$eval('.notice-error, .error', (notices) => notices.map((notice) => notice.textContent).join(' '));
  assert.match(errors, /Office hours:/);
  assert.match(errors, /Quick-exit destination:/);
  assert.equal(await admin.$eval('#recovery-widgets-hours', (input) => input.value), 'Mon-Sun 00:00-24:00');
  assert.doesNotMatch(await admin.$eval('#recovery-widgets-quick_exit_href', (input) => input.value), /javascript/);
});
