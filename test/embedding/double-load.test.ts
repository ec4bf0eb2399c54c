import { expect, fixture, waitUntil } from '@open-wc/testing';
import { inShadow, untilRendered } from '../helpers.js';

// The built bundle, as a site loads it (npm test builds dist/ first). Two URLs make the
// browser evaluate it twice, like a theme and a plugin that both add our script tag.
describe('the bundle loaded twice', () => {
  it('defines every element once, throws nothing, warns nothing, and the widgets work', async () => {
    const problems: unknown[] = [];
    const onError = (event: ErrorEvent) => problems.push(event.error ?? event.message);
    const originalWarn = console.warn;
    const originalError = console.error;
    console.warn = (...args: unknown[]) => problems.push(args.join(' '));
    console.error = (...args: unknown[]) => problems.push(args.join(' '));
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `${'/dist/recovery-widgets.js'}?copy=1`);
      await import(/* @vite-ignore */ `${'/dist/recovery-widgets.js'}?copy=2`);
      const classic = document.createElement('script');
      classic.src = '/dist/recovery-widgets.iife.js';
      const loaded = new Promise((resolve) => classic.addEventListener('load', resolve));
      document.head.append(classic);
      await loaded;
    } finally {
      console.warn = originalWarn;
      console.error = originalError;
      window.removeEventListener('error', onError);
    }
    expect(problems).to.be.empty;
    expect(customElements.get('recovery-faq')).to.exist;
    expect(customElements.get('recovery-provider')).to.exist;

    const faq = await fixture(`<recovery-faq><script type="application/json">[{"question": "Q?", "answer": "A."}]</script></recovery-faq>`);
    await untilRendered(faq, '.question');
    inShadow<HTMLButtonElement>(faq, '.question')[0].click();
    await waitUntil(() => inShadow(faq, '.question')[0].getAttribute('aria-expanded') === 'true');
  });
});
