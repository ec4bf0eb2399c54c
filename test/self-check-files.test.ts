import { expect, fixture } from '@open-wc/testing';
import '../src/elements/self-check/recovery-self-check.js';
import { inShadow, untilRendered } from './helpers.js';

// In a file of its own, so that no earlier test has loaded these files into the page.
const requested = (name: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(name)).length;

describe('<recovery-self-check> loads what a site uses, and nothing more', () => {
  it('the built-in set without remember: neither the item-set checker nor the progress store', async () => {
    const check = await fixture<HTMLElement>('<recovery-self-check></recovery-self-check>');
    await untilRendered(check, '.heading');
    expect(requested('item-set-loader')).to.equal(0);
    expect(requested('progress-store')).to.equal(0);
  });

  it('remember: the progress store, once, before the first screen', async () => {
    const container = await fixture<HTMLElement>(
      '<div><recovery-self-check remember></recovery-self-check><recovery-self-check remember></recovery-self-check></div>',
    );
    for (const check of container.children) await untilRendered(check, 'button.primary');
    expect(requested('progress-store')).to.equal(1);
    expect(requested('item-set-loader')).to.equal(0);
  });

  it('remember turned on from script after the first screen: answers are kept from then on', async () => {
    sessionStorage.clear();
    const check = await fixture<HTMLElement & { remember: boolean; updateComplete: Promise<unknown> }>(
      '<recovery-self-check></recovery-self-check>',
    );
    await untilRendered(check, 'button.primary');
    check.remember = true;
    await check.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    inShadow<HTMLButtonElement>(check, 'button.primary')[0].click();
    await check.updateComplete;
    inShadow<HTMLInputElement>(check, 'input[type="radio"]')[2].click();
    await check.updateComplete;
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('recovery-self-check:'))).to.have.length(1);
    sessionStorage.clear();
  });

  it('a child JSON set: the item-set checker', async () => {
    const set = {
      source: 's',
      license: 'l',
      options: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
      items: [{ text: 'One' }, { text: 'Two' }],
      bands: [{ id: 'a', min: 0, max: 2, title: 'T', meaning: 'M' }],
    };
    const check = await fixture<HTMLElement>(
      `<recovery-self-check><script type="application/json">${JSON.stringify(set)}</script></recovery-self-check>`,
    );
    await untilRendered(check, 'button.primary');
    expect(requested('item-set-loader')).to.equal(1);
    expect(inShadow(check, '.heading')[0].textContent).to.equal('A private check-in for you');
    expect(check.shadowRoot!.textContent).to.contain('These 2 short statements');
  });
});
