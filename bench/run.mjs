// `npm run bench`: how fast the widgets appear and what they cost, in headless Chromium on a
// local server. Not part of `npm test` (timings belong in a benchmark, not in pass/fail tests).
// Writes bench/RESULTS.md. Needs a build (`npm run build`); runs ≥ 5 interleaved rounds.
import { cpus } from 'node:os';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../scripts/find-chrome.mjs';
import { createStaticServer } from '../scripts/serve.mjs';
import { BUNDLE_CHECK, sizeLimitCheck, sizes } from '../scripts/size.mjs';
import { distFiles } from '../scripts/targets.mjs';

const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 7));
const COUNTS = [1, 50, 200];
const QUESTIONS = 20;

/** What is compared: the same 20 questions as native <details>, in the Lit floor, in recovery-faq. */
const CANDIDATES = {
  'native <details>': { tag: 'div', script: '' },
  'Lit floor': { tag: 'lit-floor', script: '/bench/.out/lit-floor.js' },
  'recovery-faq': { tag: 'recovery-faq', script: '/dist/elements/recovery-faq.js' },
};

/** The README's documented :not(:defined) rules, exactly as shipped. */
const NOT_DEFINED_CSS = readFileSync('demo/not-defined.css', 'utf8');

const questions = Array.from(
  { length: QUESTIONS },
  (_, index) => `<details><summary>Question ${index + 1}: how does parallel recovery work?</summary><p>Answer ${index + 1}: each of you does your own recovery work, at the same time, on separate tracks.</p></details>`,
).join('');

/**
 * A page with `count` FAQs of one candidate. It measures in the page: the first FAQ's height
 * before and after the upgrade (with the README's :not(:defined) CSS), the time until every
 * FAQ is defined and rendered, and long tasks.
 */
function faqPage(name, count) {
  const { tag, script } = CANDIDATES[name];
  const faqs = Array.from({ length: count }, () => `<${tag} class="faq">${questions}</${tag}>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem; }
  ${NOT_DEFINED_CSS}
</style></head><body>${faqs}
<script type="module">
  const first = document.querySelector('.faq');
  const before = first.getBoundingClientRect().height;
  let longTasks = 0;
  let longTaskCount = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => { longTasks += entry.duration; longTaskCount++; }))
    .observe({ type: 'longtask', buffered: true });
  const script = ${JSON.stringify(script)};
  const tag = ${JSON.stringify(tag)};
  if (script) {
    await import(script);
    const elements = [...document.querySelectorAll(tag)];
    await Promise.all(elements.map((element) => element.updateComplete));
    // recovery-faq reads its <details> once the page is parsed: wait for every question.
    if (tag === 'recovery-faq') {
      while (!elements.every((element) => element.shadowRoot.querySelectorAll('.question').length === ${QUESTIONS})) {
        await new Promise((resolve) => setTimeout(resolve));
      }
    }
  }
  const rendered = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  window.bench = { rendered, heightChange: Math.abs(first.getBoundingClientRect().height - before), longTasks, longTaskCount };
</script></body></html>`;
}

/** A page with the whole bundle, timing each element's first render when created by script. */
function firstRenderPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
<script src="/dist/recovery-widgets.iife.js"></script>
<script type="module">
  // The classic build defines every element at once, so this times rendering, not loading.
  import { SAMPLES } from '/test/embedding/samples.js';
  const results = {};
  for (const sample of SAMPLES) {
    await customElements.whenDefined(sample.tag);
    const holder = document.createElement('div');
    const start = performance.now();
    holder.innerHTML = sample.markup;
    document.body.append(holder);
    const element = holder.querySelector(sample.tag);
    while (!element.shadowRoot?.querySelector(sample.rendered)) await new Promise((resolve) => setTimeout(resolve));
    results[sample.tag] = performance.now() - start;
  }
  window.bench = results;
</script></body></html>`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// The Lit floor, bundled like our per-element files (Lit inlined, minified).
mkdirSync('bench/.out', { recursive: true });
await build({ entryPoints: ['bench/lit-floor.js'], bundle: true, minify: true, format: 'esm', outfile: 'bench/.out/lit-floor.js', logLevel: 'warning' });

const server = createStaticServer({
  routes: [
    (request, response, url) => {
      if (url.pathname === '/bench/faq') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(faqPage(url.searchParams.get('candidate'), Number(url.searchParams.get('count'))));
        return true;
      }
      if (url.pathname === '/bench/first-render') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(firstRenderPage());
        return true;
      }
      return false;
    },
  ],
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const browserVersion = await browser.version();

async function measure(path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench, { timeout: 60_000 });
  const result = await page.evaluate(() => window.bench);
  const { JSHeapUsedSize } = await page.metrics();
  await page.close();
  return { ...result, heap: JSHeapUsedSize };
}

const samples = {};
const firstRenders = {};
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, and in a different order each round, so drift hits every candidate alike.
    const names = Object.keys(CANDIDATES);
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const count of COUNTS) {
      for (const name of order) {
        const result = await measure(`/bench/faq?candidate=${encodeURIComponent(name)}&count=${count}`);
        (samples[`${name}|${count}`] ??= []).push(result);
      }
    }
    const renders = await measure('/bench/first-render');
    for (const [tag, time] of Object.entries(renders)) if (tag !== 'heap') (firstRenders[tag] ??= []).push(time);
    process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
} finally {
  await browser.close();
  server.close();
}

// Report.
const version = (() => {
  try {
    return readFileSync('/proc/version', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return process.platform;
  }
})();
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const stat = (name, count, key) => median(samples[`${name}|${count}`].map((result) => result[key]));
const lines = [
  '# Benchmark results',
  '',
  `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${ROUNDS} interleaved rounds, medians.`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${version}, Node ${process.version}, ${browserVersion}.`,
  '',
  `## FAQ: ${QUESTIONS} questions × N FAQs on one page`,
  '',
  'Time to defined-and-rendered is measured from navigation start until every FAQ on the page has rendered all its questions (for native `<details>`, until the page is parsed). Height change is the first FAQ\'s height before and after the upgrade, with the README\'s `:not(:defined)` CSS.',
  '',
  '| N | candidate | defined and rendered | long tasks (total) | height change | JS heap |',
  '|---|---|---|---|---|---|',
];
for (const count of COUNTS) {
  for (const name of Object.keys(CANDIDATES)) {
    lines.push(`| ${count} | ${name} | ${ms(stat(name, count, 'rendered'))} | ${ms(stat(name, count, 'longTasks'))} | ${stat(name, count, 'heightChange').toFixed(1)} px | ${(stat(name, count, 'heap') / 1e6).toFixed(1)} MB |`);
  }
}
const ratio = stat('recovery-faq', 200, 'rendered') / stat('Lit floor', 200, 'rendered');
const heightChange = stat('recovery-faq', 1, 'heightChange');
lines.push('', '## Every element\'s first render', '', 'From inserting the markup into a page that has the bundle loaded until the element\'s shadow root shows its content.', '', '| element | first render |', '|---|---|');
for (const [tag, times] of Object.entries(firstRenders)) lines.push(`| \`<${tag}>\` | ${ms(median(times))} |`);
lines.push('', '## Files', '', '| file | raw | gzip | brotli |', '|---|---|---|---|');
const fileSizes = Object.fromEntries(distFiles().map((file) => [file, sizes(readFileSync(`dist/${file}`))]));
for (const [file, size] of Object.entries(fileSizes)) lines.push(`| \`dist/${file}\` | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`);
// What every page using the bundle downloads at once: the entry and the shared chunk it imports.
const bundle = sizeLimitCheck(BUNDLE_CHECK);
const bundleBrotli = bundle.brotli;
const everyWidget = Object.entries(fileSizes)
  .filter(([file]) => file === 'recovery-widgets.js' || file.startsWith('chunks/'))
  .reduce((sum, [, size]) => sum + size.brotli, 0);
lines.push('', `The bundle loads at once \`${bundle.files.join('` + `')}\` (${kb(bundleBrotli)} brotli); each widget's chunk follows when that widget appears. A page with every widget loads ${kb(everyWidget)} brotli in all.`);
const budgets = [
  [`recovery-faq at N=200 within 2× the Lit floor`, `${ratio.toFixed(2)}×`, ratio <= 2],
  [`first FAQ's height change on upgrade under 20 px`, `${heightChange.toFixed(1)} px`, heightChange < 20],
  [`dist/recovery-widgets.js (with what it loads at once) ≤ ${kb(bundle.limit)} brotli`, kb(bundleBrotli), bundleBrotli <= bundle.limit],
];
lines.push('', '## Budgets', '', '| budget | measured | |', '|---|---|---|');
for (const [name, value, ok] of budgets) lines.push(`| ${name} | ${value} | ${ok ? 'met' : '**missed**'} |`);
writeFileSync('bench/RESULTS.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
if (budgets.some(([, , ok]) => !ok)) process.exitCode = 1;
