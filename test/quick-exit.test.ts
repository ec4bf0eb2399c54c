import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/quick-exit/recovery-quick-exit.js';
import '../src/elements/provider/recovery-provider.js';
import '../src/elements/self-check/recovery-self-check.js';
import { DEFAULT_EXIT_HREF, exitNavigation, type RecoveryQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import { quickExits } from '../src/elements/quick-exit/quick-exit-hub.js';
import { collectEvents, inShadow, nextLocation, untilRendered, watchErrors, widgetsPage } from './helpers.js';

const EVENT = 'recovery-quick-exit';

/** Loads a page holding one quick exit in an iframe, so the test can watch it leave. */
async function pageWithQuickExit(attrs: string): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 600px; height: 300px"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/page?element=recovery-quick-exit&attrs=${encodeURIComponent(attrs)}`;
  await loaded;
  await waitUntil(
    () => frame.contentDocument?.querySelector('recovery-quick-exit')?.shadowRoot?.querySelector('button'),
    'quick exit rendered',
  );
  return frame;
}

/** Records the type of every listener added to `document` until `stop()`. */
function watchDocumentListeners(): { added: string[]; stop: () => void } {
  const added: string[] = [];
  const original = document.addEventListener;
  document.addEventListener = function (
    this: Document,
    type: string,
    ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]
  ) {
    added.push(type);
    return original.call(this, type, ...rest);
  } as typeof document.addEventListener;
  return { added, stop: () => (document.addEventListener = original) };
}

/** Three lone presses of Shift, as a visitor would make them, wherever focus is. */
async function shiftThreeTimes(): Promise<void> {
  for (let press = 0; press < 3; press++) await sendKeys({ press: 'Shift' });
}

const button = (exit: Element) => exit.shadowRoot!.querySelector('button')!;
const status = (exit: Element) => exit.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

/**
 * Navigations, recorded instead of made (the test page must stay). Each entry is how the page
 * was left: `replace` normally, `assign` when `replace` threw.
 */
let navigations: Array<[how: 'replace' | 'assign', url: string]> = [];
const realNavigation = { ...exitNavigation };

describe('<recovery-quick-exit>', () => {
  beforeEach(() => {
    navigations = [];
    exitNavigation.replace = (url) => void navigations.push(['replace', url]);
    exitNavigation.assign = (url) => void navigations.push(['assign', url]);
    // Another key: a count left by an earlier test starts again.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  });

  afterEach(() => {
    Object.assign(exitNavigation, realNavigation);
    // Back through the back/forward cache, as far as the page can tell: the cover comes off.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });

  describe('looks and reads', () => {
    it('is axe-clean, labelled, and at least 24 px tall, in English and Spanish', async () => {
      const exit = await fixture(html`<recovery-quick-exit inline></recovery-quick-exit>`);
      expect(button(exit).textContent).to.equal('Leave this page');
      expect(button(exit).getBoundingClientRect().height).to.be.at.least(24);
      expect(inShadow(exit, '[part="hint"]')[0].textContent).to.equal('or press Shift 3 times');
      await expect(exit).to.be.accessible();
      const spanish = await fixture(html`<div lang="es"><recovery-quick-exit inline></recovery-quick-exit></div>`);
      const esExit = spanish.querySelector('recovery-quick-exit')!;
      await elementUpdated(esExit);
      expect(button(esExit).textContent).to.equal('Salir de esta página');
      expect(inShadow(esExit, '[part="hint"]')[0].textContent).to.equal('o presione Mayús 3 veces');
      await expect(esExit).to.be.accessible();
    });

    it('inside a Spanish sensitive widget, the exit it shows speaks Spanish too (once the widget’s Spanish has loaded)', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="es"><recovery-self-check quick-exit></recovery-self-check></div>`);
      const check = page.querySelector('recovery-self-check')!;
      await untilRendered(check, 'recovery-quick-exit');
      const exit = check.shadowRoot!.querySelector('recovery-quick-exit')!;
      await waitUntil(
        () => exit.shadowRoot?.querySelector('button')?.textContent === 'Salir de esta página',
        'the embedded exit in Spanish',
      );
      expect(inShadow(exit, '[part="hint"]')[0].textContent).to.equal('o presione Mayús 3 veces');
    });

    it('is fixed to the window unless inline', async () => {
      const exit = await fixture(html`<recovery-quick-exit></recovery-quick-exit>`);
      expect(getComputedStyle(exit).position).to.equal('fixed');
      exit.setAttribute('inline', '');
      expect(getComputedStyle(exit).position).to.equal('static');
    });

    it('hides the Shift hint on a touch screen, and shows it with a mouse', async () => {
      const exit = await fixture(html`<recovery-quick-exit inline></recovery-quick-exit>`);
      const hint = inShadow(exit, '[part="hint"]')[0];
      expect(getComputedStyle(hint).display, 'with a mouse').to.not.equal('none');
      // The test browser has a mouse; the rule is checked as the browser parsed it.
      const rule = [...exit.shadowRoot!.adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .find((each) => each instanceof CSSMediaRule && /hover: none/.test(each.conditionText)) as CSSMediaRule | undefined;
      expect(rule?.conditionText).to.equal('(hover: none) and (pointer: coarse)');
      expect(rule!.cssText).to.match(/\.hint\s*\{\s*display: none;/);
    });
  });

  describe('one exit for the whole page', () => {
    it('two exits and a sensitive widget’s, inside a provider with quick-exit-href: Shift × 3 gives one event and one navigation there', async () => {
      const events = collectEvents(EVENT);
      const targets: EventTarget[] = [];
      const onEvent = (event: Event) => targets.push(event.composedPath()[0]);
      document.addEventListener(EVENT, onEvent);
      try {
        const page = await fixture<HTMLElement>(html`<recovery-provider quick-exit-href="/provider-exit">
          <recovery-quick-exit></recovery-quick-exit>
          <recovery-quick-exit inline></recovery-quick-exit>
          <recovery-self-check quick-exit></recovery-self-check>
        </recovery-provider>`);
        const check = page.querySelector('recovery-self-check')!;
        await untilRendered(check, 'recovery-quick-exit');
        const embedded = check.shadowRoot!.querySelector('recovery-quick-exit')!;
        await untilRendered(embedded, 'button');
        expect(quickExits().exits.size, 'all three exits joined the page’s one shortcut').to.equal(3);
        await shiftThreeTimes();
        expect(events.details, 'one event').to.have.length(1);
        expect(navigations, 'one navigation, to the provider’s destination').to.deep.equal([
          ['replace', new URL('/provider-exit', location.href).href],
        ]);
        expect(targets[0], 'fired by the first exit').to.equal(page.querySelector('recovery-quick-exit'));
      } finally {
        events.stop();
        document.removeEventListener(EVENT, onEvent);
      }
    });

    it('a standalone exit’s own href wins over the provider’s, for the shortcut and for every exit without one', async () => {
      const events = collectEvents(EVENT);
      try {
        const page = await fixture<HTMLElement>(html`<div>
          <recovery-quick-exit inline></recovery-quick-exit>
          <recovery-provider quick-exit-href="/provider-exit">
            <recovery-self-check quick-exit></recovery-self-check>
          </recovery-provider>
          <recovery-quick-exit inline href="/own-exit"></recovery-quick-exit>
        </div>`);
        const check = page.querySelector('recovery-self-check')!;
        await untilRendered(check, 'recovery-quick-exit');
        await shiftThreeTimes();
        expect(navigations).to.deep.equal([['replace', new URL('/own-exit', location.href).href]]);
        // A click goes where that exit points: the embedded one to its provider's destination…
        button(check.shadowRoot!.querySelector('recovery-quick-exit')!).click();
        expect(navigations[1]).to.deep.equal(['replace', new URL('/provider-exit', location.href).href]);
        // …and one pointing nowhere by itself to the page's leading exit's.
        button(page.querySelector('recovery-quick-exit')!).click();
        expect(navigations[2]).to.deep.equal(['replace', new URL('/own-exit', location.href).href]);
        expect(events.details, 'one event per activation').to.have.length(3);
      } finally {
        events.stop();
      }
    });

    it('with no href anywhere, the shortcut goes to the default neutral site', async () => {
      await fixture(html`<div><recovery-quick-exit></recovery-quick-exit><recovery-quick-exit inline></recovery-quick-exit></div>`);
      await shiftThreeTimes();
      expect(navigations).to.deep.equal([['replace', DEFAULT_EXIT_HREF]]);
    });

    it('adding exits adds no keyboard listener: the page has one, shared', async () => {
      await fixture(html`<recovery-quick-exit inline></recovery-quick-exit>`);
      const listeners = watchDocumentListeners();
      try {
        await fixture(
          html`<div><recovery-quick-exit></recovery-quick-exit><recovery-quick-exit inline></recovery-quick-exit><recovery-self-check quick-exit></recovery-self-check></div>`,
        );
        expect(listeners.added.filter((type) => type.startsWith('key'))).to.deep.equal([]);
      } finally {
        listeners.stop();
      }
    });

    it('a second copy of the library (the npm build, defined under another tag) joins the same shortcut', async () => {
      // dist/ is built by `npm test` before the browser tests; this is a whole second copy of
      // the quick exit's modules, with their own state, as a site bundling us twice would have.
      const second = (await import(
        /* @vite-ignore */ `${'/dist/npm/elements/quick-exit/quick-exit.js'}`
      )) as typeof import('../src/elements/quick-exit/quick-exit.js');
      if (!customElements.get('second-quick-exit')) customElements.define('second-quick-exit', class extends second.RecoveryQuickExit {});
      second.exitNavigation.replace = (url) => void navigations.push(['replace', url]);
      const listeners = watchDocumentListeners();
      const events = collectEvents(EVENT);
      try {
        await fixture(
          html`<div><recovery-quick-exit inline></recovery-quick-exit><second-quick-exit inline href="/second-exit"></second-quick-exit></div>`,
        );
        expect(
          listeners.added.filter((type) => type.startsWith('key')),
          'no listener from the second copy',
        ).to.deep.equal([]);
        await shiftThreeTimes();
        expect(events.details).to.have.length(1);
        expect(navigations, 'to the first exit with its own href, from the other copy').to.deep.equal([
          ['replace', new URL('/second-exit', location.href).href],
        ]);
      } finally {
        listeners.stop();
        second.exitNavigation.replace = realNavigation.replace;
        events.stop();
      }
    });

    it('a removed exit leaves the shortcut; with no exit on the page, Shift does nothing', async () => {
      const exit = await fixture(html`<recovery-quick-exit inline></recovery-quick-exit>`);
      exit.remove();
      expect(quickExits().exits.has(exit as RecoveryQuickExit)).to.be.false;
      const events = collectEvents(EVENT);
      await shiftThreeTimes();
      events.stop();
      expect(events.details).to.have.length(0);
      expect(navigations).to.deep.equal([]);
    });
  });

  describe('the shortcut', () => {
    it('typing with Shift in a field never leaves; three lone presses then do', async () => {
      const page = await fixture<HTMLElement>(
        html`<div><label>Name <input /></label><recovery-quick-exit inline href="/x"></recovery-quick-exit></div>`,
      );
      const input = page.querySelector('input')!;
      input.focus();
      const events = collectEvents(EVENT);
      try {
        // Shift+A, Shift+B, Shift+C, Shift+D in quick succession: Shift is a modifier every time.
        for (const letter of ['KeyA', 'KeyB', 'KeyC', 'KeyD']) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: letter });
          await sendKeys({ up: 'Shift' });
        }
        // A capital between lone presses starts the count again.
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'KeyE' });
        await sendKeys({ up: 'Shift' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ type: 'Hello There' });
        expect(input.value).to.equal('ABCDEHello There');
        expect(events.details, 'no event while typing').to.have.length(0);
        expect(navigations, 'no navigation while typing').to.deep.equal([]);
        await shiftThreeTimes();
        expect(events.details, 'three lone presses, typed in the same field, leave').to.have.length(1);
      } finally {
        events.stop();
      }
    });

    it('tells screen-reader users after the first and second press, politely, from one exit only; axe-clean', async () => {
      const page = await fixture<HTMLElement>(
        html`<div><recovery-quick-exit inline></recovery-quick-exit><recovery-quick-exit inline></recovery-quick-exit></div>`,
      );
      const [first, second] = page.querySelectorAll('recovery-quick-exit');
      expect(first.shadowRoot!.querySelector('[role="status"]'), 'the live region is there before anything is said').to.exist;
      await sendKeys({ press: 'Shift' });
      await elementUpdated(first);
      expect(status(first)).to.equal('Shift pressed once: press it 2 more times to leave this page');
      expect(status(second), 'said once, not once per exit').to.equal('');
      const region = first.shadowRoot!.querySelector('[role="status"]')!;
      expect(getComputedStyle(region).position, 'heard, not seen').to.equal('absolute');
      expect(region.getBoundingClientRect().width).to.be.at.most(1);
      await expect(first).to.be.accessible();
      await sendKeys({ press: 'Shift' });
      await elementUpdated(first);
      expect(status(first)).to.equal('Shift pressed twice: press it once more to leave this page');
      // Typing something else: the count starts again, and the message goes.
      await sendKeys({ press: 'KeyA' });
      await elementUpdated(first);
      expect(status(first)).to.equal('');
      expect(navigations).to.deep.equal([]);
    });

    it('speaks Spanish on a Spanish page', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="es"><recovery-quick-exit inline></recovery-quick-exit></div>`);
      const exit = page.querySelector('recovery-quick-exit')!;
      await sendKeys({ press: 'Shift' });
      await elementUpdated(exit);
      expect(status(exit)).to.equal('Presionó Mayús una vez: presiónela 2 veces más para salir de esta página');
      await expect(exit).to.be.accessible();
      await sendKeys({ press: 'Shift' });
      await elementUpdated(exit);
      expect(status(exit)).to.equal('Presionó Mayús dos veces: presiónela una vez más para salir de esta página');
    });

    it('after 5 seconds without a press the count starts again, and the next press is announced afresh', async function () {
      this.timeout(12000);
      const exit = await fixture(html`<recovery-quick-exit inline></recovery-quick-exit>`);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await elementUpdated(exit);
      expect(status(exit)).to.contain('twice');
      await new Promise((resolve) => setTimeout(resolve, 5200));
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(status(exit)));
      observer.observe(exit.shadowRoot!.querySelector('[role="status"]')!, { childList: true, subtree: true, characterData: true });
      await sendKeys({ press: 'Shift' });
      await elementUpdated(exit);
      observer.disconnect();
      expect(navigations, 'a third press after the pause does not leave').to.deep.equal([]);
      expect(said, 'cleared, then said again, so a screen reader hears it').to.deep.equal([
        '',
        'Shift pressed once: press it 2 more times to leave this page',
      ]);
    });
  });

  describe('leaving', () => {
    it('the button fires the event, then covers the page, then leaves: the page is hidden before the navigation', async () => {
      const exit = await fixture(html`<recovery-quick-exit inline href="/here"></recovery-quick-exit>`);
      const seen: string[] = [];
      const onEvent = () => seen.push(`event, page ${getComputedStyle(document.documentElement).display}`);
      document.addEventListener(EVENT, onEvent);
      exitNavigation.replace = (url) =>
        void seen.push(
          `navigation to ${new URL(url).pathname}, page ${getComputedStyle(document.documentElement).display}, title "${document.title}"`,
        );
      const title = document.title;
      try {
        button(exit).click();
      } finally {
        document.removeEventListener(EVENT, onEvent);
      }
      expect(seen).to.deep.equal(['event, page block', 'navigation to /here, page none, title ""']);
      // Back through the back/forward cache: the page shows again, with its title.
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(getComputedStyle(document.documentElement).display).to.equal('block');
      expect(document.title).to.equal(title);
    });

    it('a pageshow that is not from the back/forward cache leaves the cover on', async () => {
      const exit = await fixture(html`<recovery-quick-exit inline href="/here"></recovery-quick-exit>`);
      button(exit).click();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      expect(getComputedStyle(document.documentElement).display).to.equal('none');
    });

    // Each of these counts as absent: one console error at once, nothing thrown, the button
    // still drawn, and the visitor still leaves, to the default.
    const unusable: Array<[string, unknown]> = [
      ['"https://" (right scheme, not a URL)', 'https://'],
      ['"http://[" (not a URL)', 'http://['],
      ['"javascript:alert(1)"', 'javascript:alert(1)'],
      ['"tel:988"', 'tel:988'],
      ['a number set from script', 42],
      ['an array set from script', ['https://example.org/']],
      ['an object set from script', { href: 'https://example.org/' }],
      ['a URL object set from script', new URL('https://example.org/')],
    ];
    for (const [name, value] of unusable) {
      it(`href ${name}: one console error, nothing thrown, and the visitor leaves to the default`, async () => {
        const {
          result: exit,
          errors,
          thrown,
        } = await watchErrors(async () => {
          const element = await fixture<RecoveryQuickExit>(html`<recovery-quick-exit inline></recovery-quick-exit>`);
          (element as unknown as { href: unknown }).href = value;
          await elementUpdated(element);
          return element;
        });
        expect(thrown).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(/^<recovery-quick-exit> href: /);
        expect(button(exit).textContent, 'still drawn').to.equal('Leave this page');
        const { errors: later, thrown: laterThrown } = await watchErrors(async () => button(exit).click());
        expect([later, laterThrown], 'said once, at configuration time, not again when leaving').to.deep.equal([[], []]);
        expect(navigations).to.deep.equal([['replace', DEFAULT_EXIT_HREF]]);
      });
    }

    it('an unusable href inside a provider: the provider’s quick-exit-href is used instead', async () => {
      const page = await fixture<HTMLElement>(
        html`<recovery-provider quick-exit-href="/provider-exit"><recovery-quick-exit inline href="https://"></recovery-quick-exit></recovery-provider>`,
      );
      const exit = page.querySelector('recovery-quick-exit')!;
      await elementUpdated(exit);
      button(exit).click();
      expect(navigations).to.deep.equal([['replace', new URL('/provider-exit', location.href).href]]);
    });

    it('a provider with an unparseable quick-exit-href: reported by the provider, the exit leaves to the default', async () => {
      const { result: page, errors } = await watchErrors(() =>
        fixture<HTMLElement>(
          html`<recovery-provider quick-exit-href="https://"><recovery-quick-exit inline></recovery-quick-exit></recovery-provider>`,
        ),
      );
      expect(errors).to.deep.equal([
        '<recovery-provider> quick-exit-href: "https://" is not an https:, http: or relative link; ignoring it',
      ]);
      button(page.querySelector('recovery-quick-exit')!).click();
      expect(navigations).to.deep.equal([['replace', DEFAULT_EXIT_HREF]]);
    });

    it('if the browser refuses the navigation anyway, the page still leaves, to the default', async () => {
      const exit = await fixture(html`<recovery-quick-exit inline href="/here"></recovery-quick-exit>`);
      exitNavigation.replace = () => {
        throw new DOMException('refused', 'SecurityError');
      };
      button(exit).click();
      expect(navigations).to.deep.equal([['assign', DEFAULT_EXIT_HREF]]);
    });

    it('a listener that throws on the event does not stop the exit', async () => {
      const exit = await fixture(html`<recovery-quick-exit inline href="/here"></recovery-quick-exit>`);
      const throwing = () => {
        throw new Error('a site’s listener failed');
      };
      document.addEventListener(EVENT, throwing);
      // The browser reports the listener's error to the page; the test runner must not count it.
      const { onerror } = window;
      const reported: unknown[] = [];
      window.onerror = (message) => void reported.push(message);
      try {
        button(exit).click();
      } finally {
        document.removeEventListener(EVENT, throwing);
        window.onerror = onerror;
      }
      expect(reported).to.have.length(1);
      expect(navigations).to.deep.equal([['replace', new URL('/here', location.href).href]]);
      expect(getComputedStyle(document.documentElement).display).to.equal('none');
    });
  });

  // Real navigations, in a frame of the test server's own origin.
  describe('in a real page', () => {
    beforeEach(() => Object.assign(exitNavigation, realNavigation));

    it('the button fires recovery-quick-exit, hides the page and replaces it with href', async () => {
      const frame = await pageWithQuickExit('href="/test-api/neutral"');
      const doc = frame.contentDocument!;
      const historyLength = frame.contentWindow!.history.length;
      let fired = 0;
      doc.addEventListener(EVENT, () => fired++);
      let hiddenAtOnce = false;
      doc.addEventListener(EVENT, () => queueMicrotask(() => (hiddenAtOnce = getComputedStyle(doc.documentElement).display === 'none')));
      const arrived = nextLocation(frame);
      button(doc.querySelector('recovery-quick-exit')!).click();
      expect(fired).to.equal(1);
      await Promise.resolve();
      expect(hiddenAtOnce, 'the page is hidden before the new one arrives').to.be.true;
      expect(await arrived).to.equal('/test-api/neutral');
      expect(frame.contentWindow!.history.length, 'replaced, so Back does not return').to.equal(historyLength);
    });

    it('Shift pressed three times leaves, from anywhere in the page', async () => {
      const frame = await pageWithQuickExit('href="/test-api/neutral"');
      frame.focus();
      frame.contentDocument!.querySelector('h1')!.setAttribute('tabindex', '-1');
      frame.contentDocument!.querySelector('h1')!.focus();
      const arrived = nextLocation(frame);
      await shiftThreeTimes();
      expect(await arrived).to.equal('/test-api/neutral');
    });

    it('two exits, a sensitive widget’s and a second copy of the library, in a provider: one keyboard listener, one event, and the page goes to the provider’s destination', async () => {
      // Counts the keyboard listeners added to the document, from before any module runs.
      const spy = `<script>
        window.keyListeners = [];
        const add = document.addEventListener;
        document.addEventListener = function (type, ...rest) {
          if (type.startsWith('key')) window.keyListeners.push(type);
          return add.call(this, type, ...rest);
        };
      </script>`;
      const secondCopy = `<script type="module">
        import { RecoveryQuickExit } from '/dist/npm/elements/quick-exit/quick-exit.js';
        customElements.define('second-quick-exit', class extends RecoveryQuickExit {});
      </script>`;
      const frame = await widgetsPage(
        'quick-exit,provider,self-check',
        `${spy}<recovery-provider quick-exit-href="/test-api/neutral">
          <recovery-quick-exit></recovery-quick-exit>
          <recovery-quick-exit inline></recovery-quick-exit>
          <second-quick-exit inline></second-quick-exit>
          <recovery-self-check quick-exit></recovery-self-check>
        </recovery-provider>${secondCopy}`,
        (doc) =>
          doc.querySelector('recovery-self-check')?.shadowRoot?.querySelector('recovery-quick-exit')?.shadowRoot?.querySelector('button') &&
          doc.querySelector('second-quick-exit')?.shadowRoot?.querySelector('button'),
      );
      const win = frame.contentWindow as Window & { keyListeners: string[] };
      expect(win.keyListeners.sort(), 'one keydown and one keyup listener for the whole page').to.deep.equal(['keydown', 'keyup']);
      let fired = 0;
      frame.contentDocument!.addEventListener(EVENT, () => fired++);
      frame.focus();
      frame.contentDocument!.querySelector('h1')!.setAttribute('tabindex', '-1');
      frame.contentDocument!.querySelector('h1')!.focus();
      const arrived = nextLocation(frame);
      await shiftThreeTimes();
      expect(fired, 'one event').to.equal(1);
      expect(await arrived).to.equal('/test-api/neutral');
    });

    it('an unusable href inside a provider still leaves, for real, to the provider’s page', async () => {
      // The exit's script runs before the provider's here: the exit must ask again when the provider arrives.
      const frame = await widgetsPage(
        'quick-exit,provider',
        `<recovery-provider quick-exit-href="/test-api/neutral"><recovery-quick-exit href="https://"></recovery-quick-exit></recovery-provider>`,
        (doc) => doc.querySelector('recovery-quick-exit')?.shadowRoot?.querySelector('button'),
      );
      const arrived = nextLocation(frame);
      button(frame.contentDocument!.querySelector('recovery-quick-exit')!).click();
      expect(await arrived).to.equal('/test-api/neutral');
    });

    it('href="https://" on its own: the page is still left (for the default site, unreachable here, an error page)', async function () {
      this.timeout(20000);
      const frame = await pageWithQuickExit('href="https://"');
      (frame.contentWindow as Window & typeof globalThis).console.error = () => {};
      const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      button(frame.contentDocument!.querySelector('recovery-quick-exit')!).click();
      await left;
      // Another origin's page or the browser's error page: either way not ours any more.
      let ours: boolean;
      try {
        ours = !!frame.contentDocument?.querySelector('recovery-quick-exit');
      } catch {
        ours = false;
      }
      expect(ours, 'the original page is gone').to.be.false;
    });
  });
});
