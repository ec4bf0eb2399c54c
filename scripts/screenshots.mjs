// `npm run screenshots`: the contact sheet. Builds Storybook (`npm run build-storybook`), serves
// storybook-static/ from a small static server, and opens every story in headless Chromium
// in English and in Spanish (`<html lang="es">` before the story renders). Once the
// story's `play` step has finished and the widget shows the state the tests wait for
// (test/story-states.mjs), it takes a full-page screenshot at 320, 390 and 1280 px (one render,
// resized between widths), into
//
//   screenshots/contact-sheet/<widget>--<story>--<width>--<lang>.png
//   screenshots/contact-sheet/index.html   (every PNG in a grid, by widget and state)
//
// Open index.html and compare the family at a glance. A page that scrolls sideways is
// shot whole, wider than its viewport, and outlined in red on the sheet.
//
// Options:
//   --no-build        reuse storybook-static/ as it is
//   --only=<text>     only stories whose id contains <text> (e.g. --only=intake--); index.html
//                     then lists only those
//   --demo            also shoot the demo page (needs dist/: `npm run build`) into screenshots/demo/
//
// screenshots/ is git-ignored. Needs only puppeteer-core and a Chromium (scripts/find-chrome.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { createStaticServer } from './serve.mjs';
import { WIDGETS, settledSelector } from '../test/story-states.mjs';

const WIDTHS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const LANGS = ['en', 'es'];
const OUT = resolve('screenshots/contact-sheet');

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

if (!args.includes('--no-build')) {
  console.log('Building Storybook…');
  const build = spawnSync('npm', ['run', 'build-storybook'], { encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr, '\nnpm run build-storybook failed.');
    process.exit(1);
  }
}
if (!existsSync('storybook-static/index.json')) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` (or drop --no-build).');
  process.exit(1);
}

const server = createStaticServer({ root: resolve('storybook-static') });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

/** One row of the sheet per story: its widget, names, and one shot per width and language. */
const rows = [];
const problems = [];
try {
  const { entries } = await (await fetch(`${origin}/index.json`)).json();
  const stories = Object.values(entries).filter((entry) => entry.type === 'story' && (!only || entry.id.includes(only)));
  // A full run starts from an empty folder, so no PNG of a removed story lingers.
  if (!only) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  for (const story of stories) {
    // ./stories/intake.stories.ts → "intake" (its element is <recovery-intake>).
    const widget = basename(story.importPath).replace(/\.stories\.\w+$/, '');
    const state = story.id.split('--')[1];
    const known = widget in WIDGETS;
    const row = { widget, widgetTitle: known ? WIDGETS[widget].title : story.title, state, name: story.name, id: story.id, shots: [] };
    rows.push(row);
    for (const lang of LANGS) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The Spanish pass: `<html lang="es">` as soon as the parser creates it, before any script
      // runs (Storybook rebuilds #storybook-root, so an attribute there does not last).
      if (lang !== 'en') {
        await page.evaluateOnNewDocument((lang) => {
          new MutationObserver((_, observer) => {
            if (!document.documentElement) return;
            document.documentElement.lang = lang;
            observer.disconnect();
          }).observe(document, { childList: true });
        }, lang);
      }
      await page.setViewport({ ...WIDTHS[0], deviceScaleFactor: 1 });
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      const settled = await settle(page, known ? WIDGETS[widget].tag : null, known ? settledSelector(widget, story.exportName) : null);
      if (!settled.ok) problems.push(`${story.id} (${lang}): ${settled.why}`);
      if (errors.length) problems.push(`${story.id} (${lang}): ${errors.join('; ')}`);
      for (const viewport of WIDTHS) {
        await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        const file = `${widget}--${state}--${viewport.width}--${lang}.png`;
        await page.screenshot({ path: `${OUT}/${file}`, fullPage: true, captureBeyondViewport: true });
        row.shots.push({ file, width: viewport.width, lang, scrollWidth, settled: settled.ok });
      }
      await page.close();
      process.stdout.write(`${story.id} ${lang}\n`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

writeFileSync(`${OUT}/index.html`, sheet(rows));
console.log(`\n${rows.length} stories, ${rows.reduce((sum, row) => sum + row.shots.length, 0)} PNGs: ${OUT}/index.html`);
if (problems.length) console.warn(`\nNot as expected (shot anyway):\n  ${problems.join('\n  ')}`);

if (args.includes('--demo')) await demoShots();

/**
 * Waits for Storybook to finish the story (render, `play`, the a11y check after it) and for
 * the widget to show the selector the tests wait for, then for web fonts.
 */
async function settle(page, tag, selector) {
  try {
    await page.waitForFunction(
      () => window.__STORYBOOK_PREVIEW__?.storyRenders?.some((render) => ['finished', 'errored', 'aborted'].includes(render.phase)),
      { timeout: 15000 },
    );
    const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.storyRenders.map((render) => render.phase).join(','));
    if (phase !== 'finished') return { ok: false, why: `Storybook render phase ${phase}` };
    if (tag && selector) {
      await page.waitForFunction(
        (tag, selector) => document.querySelector(`#storybook-root ${tag}`)?.shadowRoot?.querySelector(selector),
        { timeout: 10000 },
        tag,
        selector,
      );
    }
    await page.evaluate(() => document.fonts.ready);
    return { ok: true };
  } catch (error) {
    return { ok: false, why: `did not settle (${selector ?? 'story render'}): ${error.message.split('\n')[0]}` };
  }
}

/** index.html: a section per widget, a row per state, English then Spanish, narrow to wide. */
function sheet(rows) {
  const escape = (text) => String(text).replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
  const widgets = [...new Set(rows.map((row) => row.widget))];
  const figure = (shot) => {
    const wide = shot.scrollWidth > shot.width;
    const notes = [wide && `scrolls sideways: ${shot.scrollWidth} px`, !shot.settled && 'did not settle'].filter(Boolean);
    return `<figure class="w${shot.width} ${shot.lang}${notes.length ? ' flagged' : ''}" style="--w: ${Math.max(shot.width, shot.scrollWidth)}">
        <a href="${escape(shot.file)}"><img src="${escape(shot.file)}" alt="" loading="lazy"></a>
        <figcaption>${shot.width} px · ${shot.lang}${notes.map((note) => ` · <strong>${escape(note)}</strong>`).join('')}</figcaption>
      </figure>`;
  };
  const sections = widgets.map((widget) => {
    const own = rows.filter((row) => row.widget === widget);
    return `<section id="${escape(widget)}">
    <h2>${escape(own[0].widgetTitle)} <small>&lt;recovery-${escape(widget)}&gt;</small></h2>
    ${own
      .map(
        (row) => `<article id="${escape(row.id)}">
      <h3>${escape(row.name)} <small>${escape(row.id)}</small></h3>
      ${LANGS.map(
        (lang) =>
          `<div class="shots ${lang}">${row.shots
            .filter((shot) => shot.lang === lang)
            .map(figure)
            .join('')}</div>`,
      ).join('\n      ')}
    </article>`,
      )
      .join('\n    ')}
  </section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Contact sheet: recovery widgets</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1b1f24; background: #eef0f3; }
  header { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; padding: 0.75rem 1rem; background: #fff; border-bottom: 1px solid #ccd; }
  header h1 { margin: 0; font-size: 1.1rem; }
  header nav a { margin-right: 0.75rem; }
  fieldset { display: inline-flex; gap: 0.75rem; margin: 0; padding: 0.125rem 0.5rem; border: 1px solid #ccd; }
  main { padding: 0 1rem 3rem; }
  h2 { margin: 2rem 0 0.5rem; }
  h3 { margin: 1.25rem 0 0.5rem; font-size: 1rem; }
  small { font-weight: 400; color: #667; }
  section, article { scroll-margin-top: 5rem; }
  .shots { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.75rem; margin-bottom: 0.75rem; }
  figure { margin: 0; width: calc(var(--w) * var(--scale, 0.5) * 1px); }
  figure img { display: block; width: 100%; height: auto; background: #fff; outline: 1px solid #ccd; }
  figure.flagged img { outline: 3px solid #c62828; }
  figcaption { padding-top: 0.25rem; color: #445; }
  figcaption strong { color: #c62828; }
  body:not(.show-en) .shots.en, body:not(.show-es) .shots.es,
  body:not(.show-320) figure.w320, body:not(.show-390) figure.w390, body:not(.show-1280) figure.w1280 { display: none; }
</style>
</head>
<body class="show-en show-es show-320 show-390 show-1280">
<header>
  <h1>Contact sheet</h1>
  <fieldset><legend>Show</legend>
    ${['en', 'es', '320', '390', '1280'].map((key) => `<label><input type="checkbox" data-show="${key}" checked> ${/^\d/.test(key) ? `${key} px` : key}</label>`).join('\n    ')}
  </fieldset>
  <label>Scale <select id="scale"><option value="0.35">35%</option><option value="0.5" selected>50%</option><option value="0.75">75%</option><option value="1">100%</option></select></label>
  <nav>${widgets.map((widget) => `<a href="#${escape(widget)}">${escape(rows.find((row) => row.widget === widget).widgetTitle)}</a>`).join('')}</nav>
</header>
<main>
  ${sections.join('\n  ')}
</main>
<script>
  for (const box of document.querySelectorAll('[data-show]')) box.addEventListener('change', () => document.body.classList.toggle('show-' + box.dataset.show, box.checked));
  document.getElementById('scale').addEventListener('change', (event) => document.body.style.setProperty('--scale', event.target.value));
</script>
</body>
</html>
`;
}

/**
 * The demo page (`--demo`): the FAQ collapsed, expanded, searched, in Spanish and dark, at
 * phone and desktop widths, served from the project folder (dist/ must be built).
 */
async function demoShots() {
  if (!existsSync('dist/recovery-widgets.js')) {
    console.error('--demo: no dist/recovery-widgets.js; run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const scenarios = {
    'en-collapsed': () => {},
    'en-expanded': () =>
      document
        .querySelector('recovery-faq')
        .shadowRoot.querySelectorAll('.question')
        .forEach((button, index) => index < 2 && button.click()),
    'en-search': () => {
      const input = document.querySelector('recovery-faq').shadowRoot.querySelector('input');
      input.value = 'therapy';
      input.dispatchEvent(new Event('input'));
    },
    'es-expanded': () => {
      document.querySelector('[data-set-lang="es"]').click();
      document.querySelectorAll('recovery-faq')[1].shadowRoot.querySelector('.question').click();
    },
    'dark-expanded': () => {
      document.documentElement.style.background = '#0e1114';
      document.body.style.background = '#0e1114';
      document.body.style.color = '#eef1f4';
      document.querySelector('recovery-provider').setAttribute('theme', 'dark');
      document.querySelector('recovery-faq').shadowRoot.querySelector('.question').click();
    },
  };
  const demoServer = createStaticServer({ root: resolve('.') });
  await new Promise((done) => demoServer.listen(0, '127.0.0.1', done));
  const demoBrowser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  mkdirSync('screenshots/demo', { recursive: true });
  try {
    for (const [device, viewport] of Object.entries({ phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } })) {
      for (const [name, prepare] of Object.entries(scenarios)) {
        const page = await demoBrowser.newPage();
        await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
        await page.goto(`http://127.0.0.1:${demoServer.address().port}/`, { waitUntil: 'networkidle0' });
        await page.evaluate(prepare);
        await new Promise((done) => setTimeout(done, 300));
        const file = `screenshots/demo/${name}-${device}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  } finally {
    await demoBrowser.close();
    demoServer.close();
  }
}
