// `npm run screenshots [url]`: headless-Chromium screenshots of the demo page, at phone and
// desktop widths, light and dark, collapsed and expanded, into screenshots/. Open them and look.
// Needs the demo server running (`npm start`), or pass a URL.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:8000/';
const widths = { phone: 390, desktop: 1280 };

/** Each scenario prepares the page after load: theme, language, opened questions, search. */
const scenarios = {
  'en-collapsed': async () => {},
  'en-expanded': async (page) => {
    await page.evaluate(() => {
      const faq = document.querySelector('recovery-faq');
      faq.shadowRoot.querySelectorAll('.question').forEach((button, index) => index < 2 && button.click());
    });
  },
  'en-search': async (page) => {
    await page.evaluate(() => {
      const input = document.querySelector('recovery-faq').shadowRoot.querySelector('input');
      input.value = 'therapy';
      input.dispatchEvent(new Event('input'));
    });
  },
  'es-expanded': async (page) => {
    await page.evaluate(() => {
      document.querySelector('[data-set-lang="es"]').click();
      const faq = document.querySelectorAll('recovery-faq')[1];
      faq.shadowRoot.querySelector('.question').click();
    });
  },
  'dark-expanded': async (page) => {
    await page.evaluate(() => {
      document.documentElement.style.background = '#0e1114';
      document.body.style.background = '#0e1114';
      document.body.style.color = '#eef1f4';
      document.querySelector('recovery-provider').setAttribute('theme', 'dark');
      document.querySelector('recovery-faq').shadowRoot.querySelector('.question').click();
    });
  },
};

mkdirSync('screenshots', { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [device, width] of Object.entries(widths)) {
    for (const [name, prepare] of Object.entries(scenarios)) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: device === 'phone' ? 844 : 900, deviceScaleFactor: 1 });
      await page.goto(base, { waitUntil: 'networkidle0' });
      await prepare(page);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const file = `screenshots/${name}-${device}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
