import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SAMPLES, type Sample } from './samples.js';

type ProbedWindow = Window & typeof globalThis & { violations: string[] };

interface PageOptions {
  bundle?: string;
  script?: 'head' | 'end' | 'none';
  css?: 'hostile';
  csp?: boolean;
}

/** A page embedding `body` the way a site would, in an iframe (see /test-api/embed). */
async function embed(body: string, { bundle = 'recovery-widgets.js', script = 'head', css, csp }: PageOptions = {}): Promise<ProbedWindow> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 900px; height: 700px"></iframe>`);
  const query = new URLSearchParams({ bundle, script, body });
  if (css) query.set('css', css);
  if (csp) query.set('csp', '1');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/embed?${query}`;
  await loaded;
  return frame.contentWindow as ProbedWindow;
}

async function rendered(win: Window, sample: Sample): Promise<HTMLElement> {
  const element = win.document.querySelector<HTMLElement>(sample.tag)!;
  await waitUntil(() => element.shadowRoot?.querySelector(sample.rendered), `<${sample.tag}> rendered`);
  return element;
}

describe('embedding', () => {
  describe('the classic script in <head>, before the elements are parsed', () => {
    for (const sample of SAMPLES) {
      it(`<${sample.tag}> upgrades and renders`, async () => {
        const win = await embed(sample.markup, { bundle: 'recovery-widgets.iife.js', script: 'head' });
        await rendered(win, sample);
        if (sample.tag === 'recovery-faq') {
          const faq = win.document.querySelector('recovery-faq')!;
          expect(faq.shadowRoot!.querySelectorAll('.question')).to.have.length(2);
        }
      });
    }
  });

  it("the provider's JSON child is read when the classic script in <head> upgrades it before its children exist", async () => {
    const json = JSON.stringify({ crisisLines: [{ name: 'Our own line', call: '+1-303-555-0199' }] });
    const win = await embed(
      `<recovery-provider><script type="application/json">${json}</script><recovery-self-check></recovery-self-check></recovery-provider>`,
      { bundle: 'recovery-widgets.iife.js', script: 'head' },
    );
    const check = win.document.querySelector('recovery-self-check')!;
    await waitUntil(
      () => check.shadowRoot?.querySelector('[part="crisis"] a[href^="tel:"]')?.getAttribute('href')?.endsWith('3035550199'),
      'the provider’s first line in sight',
    );
  });

  describe('each per-element file alone', () => {
    for (const sample of SAMPLES) {
      it(`dist/elements/${sample.tag}.js defines only what it needs and works`, async () => {
        const win = await embed(sample.markup, { bundle: `elements/${sample.tag}.js`, script: 'end' });
        await rendered(win, sample);
        expect(win.customElements.get(sample.tag)).to.exist;
        await sample.use?.(win.document.querySelector<HTMLElement>(sample.tag)!);
      });
    }
  });

  describe('created by script after load, and moved', () => {
    for (const sample of SAMPLES) {
      it(`<${sample.tag}> renders when created later and survives a move between containers`, async () => {
        const win = await embed('<div id="one"></div><div id="two"></div>', { script: 'end' });
        // The bundle has run when the eager provider is defined; the widget's own code loads when it appears.
        await waitUntil(() => win.customElements.get('recovery-provider'), 'bundle loaded');
        const template = win.document.createElement('template');
        template.innerHTML = sample.markup;
        const element = template.content.firstElementChild as HTMLElement;
        win.document.getElementById('one')!.append(element);
        await rendered(win, sample);
        win.document.getElementById('two')!.append(element);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(element.shadowRoot!.querySelector(sample.rendered)).to.exist;
        await sample.use?.(element);
      });
    }
  });

  describe('before the script loads', () => {
    for (const sample of SAMPLES.filter((candidate) => candidate.fallbackText)) {
      it(`<${sample.tag}>'s light-DOM content is readable`, async () => {
        const win = await embed(sample.markup, { script: 'none' });
        expect(win.document.body.innerText).to.contain(sample.fallbackText);
      });
    }
  });

  describe('a hostile theme stylesheet', () => {
    /** The widget's own look: what must not change however the page styles itself. */
    const chrome = (element: HTMLElement) => {
      const parts = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part], button, input, p')];
      return parts.map((part) => {
        const style = getComputedStyle(part);
        return [
          part.getAttribute('part') ?? part.localName,
          style.color,
          style.backgroundColor,
          style.borderTopWidth,
          style.paddingTop,
          style.marginTop,
          style.lineHeight,
          style.letterSpacing,
          style.textTransform,
          style.display,
        ].join(' ');
      });
    };
    for (const sample of SAMPLES.filter((candidate) => candidate.tag !== 'recovery-provider')) {
      it(`does not change <${sample.tag}>'s own chrome`, async () => {
        const plain = await rendered(await embed(sample.markup), sample);
        const hostile = await rendered(await embed(sample.markup, { css: 'hostile' }), sample);
        expect(chrome(hostile)).to.deep.equal(chrome(plain));
      });
    }

    it('and the widgets change nothing outside themselves', async () => {
      const probe =
        '<h2 id="probe-heading">Page heading</h2><p id="probe-text">Page text <button id="probe-button">Page button</button></p>';
      const measure = (win: Window) =>
        ['probe-heading', 'probe-text', 'probe-button'].map((id) => {
          const style = win.getComputedStyle(win.document.getElementById(id)!);
          return [style.color, style.fontSize, style.margin, style.padding, style.backgroundColor, style.lineHeight].join(' ');
        });
      const without = await embed(probe, { script: 'none' });
      const withWidgets = await embed(probe + SAMPLES.map((sample) => sample.markup).join(''));
      await Promise.all(SAMPLES.map((sample) => rendered(withWidgets, sample)));
      expect(measure(withWidgets)).to.deep.equal(measure(without));
    });
  });

  describe('Spanish from the built files', () => {
    // The self-check's Spanish is a file of its own (src/shared/lazy-localize.ts), loaded from
    // next to the script on first use. The classic build carries it inline.
    const spanish =
      '<div lang="es"><recovery-self-check></recovery-self-check><recovery-self-check mode="list"></recovery-self-check></div>';
    const firstHeading = (win: Window) =>
      win.document.querySelector('recovery-self-check')!.shadowRoot?.querySelector('[data-focus]')?.textContent;
    const languageFiles = (win: Window) =>
      win.performance.getEntriesByType('resource').filter((entry) => /\/chunks\/self-check\.es-/.test(entry.name));

    for (const bundle of ['elements/recovery-self-check.js', 'recovery-widgets.js', 'recovery-widgets.iife.js']) {
      it(`${bundle}: a Spanish page gets the check in Spanish, under a strict CSP, with one load of its language file`, async () => {
        const win = await embed(spanish, { bundle, script: bundle.endsWith('iife.js') ? 'head' : 'end', csp: true });
        await waitUntil(() => firstHeading(win), 'the self-check rendered');
        expect(firstHeading(win)).to.equal('Un momento para usted, en privado');
        const loads = languageFiles(win);
        expect(loads.map((entry) => new URL(entry.name).origin)).to.deep.equal(bundle.endsWith('iife.js') ? [] : [win.location.origin]);
        expect(win.violations).to.deep.equal([]);
      });
    }

    it('an English page never loads the Spanish file', async () => {
      const win = await embed('<recovery-self-check></recovery-self-check>', { bundle: 'elements/recovery-self-check.js', script: 'end' });
      await waitUntil(() => firstHeading(win), 'the self-check rendered');
      expect(firstHeading(win)).to.equal('A private check-in for you');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(languageFiles(win)).to.deep.equal([]);
    });
  });

  describe('the self-check’s files loaded on demand, from the built files', () => {
    // Its item-set checker and its progress store are files of their own (vite.config.ts),
    // fetched only by a widget that uses them; the classic build carries them inline.
    const set = {
      source: 's',
      license: 'l',
      title: 'Our own check-in',
      options: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
      items: [{ text: 'One' }, { text: 'Two' }],
      bands: [{ id: 'all', min: 0, max: 2, title: 'Thanks', meaning: 'M' }],
    };
    const markup = `<recovery-self-check remember><script type="application/json">${JSON.stringify(set)}</script></recovery-self-check>`;
    const onDemand = (win: Window) =>
      win.performance.getEntriesByType('resource').filter((entry) => /\/chunks\/(item-set-loader|progress-store)-/.test(entry.name));

    for (const bundle of ['elements/recovery-self-check.js', 'recovery-widgets.js', 'recovery-widgets.iife.js']) {
      it(`${bundle}: a site’s own set and remember work under a strict CSP`, async () => {
        const win = await embed(markup, { bundle, script: bundle.endsWith('iife.js') ? 'head' : 'end', csp: true });
        const check = win.document.querySelector('recovery-self-check')!;
        const root = () => check.shadowRoot;
        await waitUntil(() => root()?.querySelector('.heading')?.textContent === 'Our own check-in', 'the site’s set');
        root()!.querySelector<HTMLButtonElement>('button.primary')!.click();
        await waitUntil(() => root()!.querySelector('input[type="radio"]'), 'a statement');
        root()!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
        await waitUntil(() => win.sessionStorage.length === 1, 'the answer kept');
        expect(onDemand(win)).to.have.length(bundle.endsWith('iife.js') ? 0 : 2);
        expect(win.violations).to.deep.equal([]);
        // Same origin, same tab: the next page would see it.
        win.sessionStorage.clear();
      });
    }

    it('a page with the built-in set and no remember fetches neither', async () => {
      const win = await embed('<recovery-self-check></recovery-self-check>', { bundle: 'elements/recovery-self-check.js', script: 'end' });
      await waitUntil(() => win.document.querySelector('recovery-self-check')!.shadowRoot?.querySelector('.heading'), 'rendered');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(onDemand(win)).to.deep.equal([]);
    });
  });

  describe('privacy after using every widget', () => {
    it('requests nothing from another origin and leaves no storage or cookies', async () => {
      const win = await embed(SAMPLES.map((sample) => sample.markup).join(''), { csp: true });
      for (const sample of SAMPLES) await sample.use?.(await rendered(win, sample));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const origins = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
      expect(origins.filter((origin) => origin !== win.location.origin)).to.deep.equal([]);
      expect(win.localStorage.length).to.equal(0);
      expect(win.sessionStorage.length).to.equal(0);
      expect(win.document.cookie).to.equal('');
      expect(win.violations).to.deep.equal([]);
    });
  });
});
