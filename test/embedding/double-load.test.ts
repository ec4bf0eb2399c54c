import { expect, fixture, waitUntil } from '@open-wc/testing';
import { inShadow, untilRendered } from '../helpers.js';

/** Runs `step` and returns what it printed as warnings or errors, or threw. */
async function problemsDuring(step: () => Promise<void>): Promise<unknown[]> {
  const problems: unknown[] = [];
  const onError = (event: ErrorEvent) => problems.push(event.error ?? event.message);
  const originalWarn = console.warn;
  const originalError = console.error;
  console.warn = (...args: unknown[]) => problems.push(args.join(' '));
  console.error = (...args: unknown[]) => problems.push(args.join(' '));
  window.addEventListener('error', onError);
  try {
    await step();
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    console.warn = originalWarn;
    console.error = originalError;
    window.removeEventListener('error', onError);
  }
  return problems;
}

async function faqWorks(): Promise<void> {
  const faq = await fixture(`<recovery-faq><script type="application/json">[{"question": "Q?", "answer": "A."}]</script></recovery-faq>`);
  await untilRendered(faq, '.question');
  inShadow<HTMLButtonElement>(faq, '.question')[0].click();
  await waitUntil(() => inShadow(faq, '.question')[0].getAttribute('aria-expanded') === 'true');
}

// The built bundles, as a site loads them (npm test builds dist/ first). Two URLs make the
// browser evaluate the module twice, like a theme and a plugin that both add our script tag,
// one of them with WordPress's `?ver=` suffix.
describe('the bundle loaded twice', () => {
  it('the ES module from two URLs: no error or warning, and the widgets work', async () => {
    const problems = await problemsDuring(async () => {
      await import(/* @vite-ignore */ `${'/dist/recovery-widgets.js'}?ver=6.4`);
      await import(/* @vite-ignore */ `${'/dist/recovery-widgets.js'}`);
      await faqWorks();
    });
    expect(problems).to.deep.equal([]);
    // Lit and the shared code come from one chunk, imported by relative URL: one instance.
    const shared = performance.getEntriesByType('resource').filter((entry) => /\/dist\/chunks\/shared-/.test(entry.name));
    expect(shared).to.have.length(1);
  });

  it('then the classic build on the same page: still no error or warning', async () => {
    const problems = await problemsDuring(async () => {
      const classic = document.createElement('script');
      classic.src = '/dist/recovery-widgets.iife.js';
      const loaded = new Promise((resolve) => classic.addEventListener('load', resolve));
      document.head.append(classic);
      await loaded;
      await faqWorks();
    });
    expect(problems).to.deep.equal([]);
    for (const tag of ['recovery-faq', 'recovery-provider', 'recovery-quick-exit', 'recovery-group-finder']) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });
});
