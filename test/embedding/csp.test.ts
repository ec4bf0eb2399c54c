import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type ProbedWindow = Window & typeof globalThis & { violations: string[] };

/** Loads markup in an iframe served with the strict CSP and Trusted Types, with the built bundle. */
async function strictPage(body: string, bundle = 'recovery-widgets.js'): Promise<ProbedWindow> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 800px; height: 600px"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/embed?csp=1&bundle=${bundle}&body=${encodeURIComponent(body)}`;
  await loaded;
  return frame.contentWindow as ProbedWindow;
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  for (const bundle of ['recovery-widgets.js', 'recovery-widgets.iife.js']) {
    it(`${bundle}: the FAQ renders, toggles and writes its JSON-LD with no violation`, async () => {
      const win = await strictPage(
        `<recovery-faq structured-data searchable><script type="application/json">[{"question": "Q one?", "answer": "A <b>one</b>."}, {"question": "Q two?", "answer": "A two."}]</script></recovery-faq>
         <recovery-quick-exit inline></recovery-quick-exit>`,
        bundle,
      );
      const faq = win.document.querySelector('recovery-faq')!;
      await waitUntil(() => faq.shadowRoot?.querySelectorAll('.question').length === 2, 'FAQ rendered');
      const button = faq.shadowRoot!.querySelector<HTMLButtonElement>('.question')!;
      button.click();
      await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'opens');
      await waitUntil(() => win.document.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
      const jsonLd = JSON.parse(win.document.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(jsonLd.mainEntity).to.have.length(2);
      expect(win.document.querySelector('recovery-quick-exit')!.shadowRoot!.querySelector('button')).to.exist;
      // Adopted stylesheets apply under style-src 'self': the widget is styled, not raw.
      expect(win.getComputedStyle(button).cursor).to.equal('pointer');
      expect(win.violations).to.deep.equal([]);
    });
  }
});
