import { expect, fixture } from '@open-wc/testing';
import '../src/elements/self-check/recovery-self-check.js';
import { inShadow, untilRendered } from './helpers.js';

// In a file of its own so that this page has never loaded the self-check's Spanish file:
// in test/self-check.test.ts an earlier test would already have it in memory.
describe('<recovery-self-check> on a Spanish page, loading its Spanish', () => {
  it('shows its first screen in Spanish, never English first', async () => {
    const container = await fixture<HTMLElement>(`<div lang="es"></div>`);
    const check = document.createElement('recovery-self-check');
    container.append(check);
    // Every heading the widget ever shows, from its very first render.
    const seen: string[] = [];
    const observer = new MutationObserver(() =>
      seen.push(...inShadow(check, '[data-focus]').map((element) => element.textContent!.trim())),
    );
    observer.observe(check.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await untilRendered(check, '[data-focus]');
    observer.disconnect();
    expect(seen.length).to.be.greaterThan(0);
    expect(new Set(seen)).to.deep.equal(new Set(['Un momento para usted, en privado']));
  });
});
