import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/quick-exit/recovery-quick-exit.js';
import { inShadow } from './helpers.js';

/** Loads a page holding one quick exit in an iframe, so the test can watch it leave. */
async function pageWithQuickExit(attrs: string): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 600px; height: 300px"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/page?element=recovery-quick-exit&attrs=${encodeURIComponent(attrs)}`;
  await loaded;
  await waitUntil(() => frame.contentDocument?.querySelector('recovery-quick-exit')?.shadowRoot?.querySelector('button'), 'quick exit rendered');
  return frame;
}

/** Resolves with the frame's next location once it has navigated. */
const nextLocation = (frame: HTMLIFrameElement) =>
  new Promise<string>((resolve) => frame.addEventListener('load', () => resolve(frame.contentWindow!.location.pathname), { once: true }));

describe('<recovery-quick-exit>', () => {
  it('is axe-clean, labelled, and at least 24 px tall, in English and Spanish', async () => {
    const exit = await fixture(html`<recovery-quick-exit inline></recovery-quick-exit>`);
    const button = inShadow(exit, 'button')[0];
    expect(button.textContent).to.equal('Leave this page');
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    await expect(exit).to.be.accessible();
    const spanish = await fixture(html`<div lang="es"><recovery-quick-exit inline></recovery-quick-exit></div>`);
    const esExit = spanish.querySelector('recovery-quick-exit')!;
    await (esExit as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(inShadow(esExit, 'button')[0].textContent).to.equal('Salir de esta página');
    await expect(esExit).to.be.accessible();
  });

  it('is fixed to the window unless inline', async () => {
    const exit = await fixture(html`<recovery-quick-exit></recovery-quick-exit>`);
    expect(getComputedStyle(exit).position).to.equal('fixed');
    exit.setAttribute('inline', '');
    expect(getComputedStyle(exit).position).to.equal('static');
  });

  it('the button fires recovery-quick-exit, hides the page and replaces it with href', async () => {
    const frame = await pageWithQuickExit('href="/test-api/neutral"');
    const doc = frame.contentDocument!;
    const historyLength = frame.contentWindow!.history.length;
    let fired = 0;
    doc.addEventListener('recovery-quick-exit', () => fired++);
    let hiddenAtOnce = false;
    doc.addEventListener('recovery-quick-exit', () => queueMicrotask(() => (hiddenAtOnce = getComputedStyle(doc.documentElement).display === 'none')));
    const arrived = nextLocation(frame);
    doc.querySelector('recovery-quick-exit')!.shadowRoot!.querySelector('button')!.click();
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
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(await arrived).to.equal('/test-api/neutral');
  });

  it('a javascript: href is refused: one console error, and the visitor still leaves to the default', async () => {
    const frame = await pageWithQuickExit('href="javascript:alert(1)"');
    const errors: string[] = [];
    (frame.contentWindow as Window & typeof globalThis).console.error = (...args: unknown[]) => errors.push(args.join(' '));
    let target = '';
    // The default destination is another origin; stop at the request instead of leaving the test's network.
    frame.contentWindow!.addEventListener('beforeunload', () => (target = 'left'));
    frame.contentDocument!.querySelector('recovery-quick-exit')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => target === 'left', 'the page unloads');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<recovery-quick-exit> href:');
  });
});
