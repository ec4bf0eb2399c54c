import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { PROVIDER_SETTINGS } from '../src/core/provider-settings.js';
import type { RecoveryProvider } from '../src/elements/provider/provider.js';
import { settingsInside, watchErrors } from './helpers.js';

describe('<recovery-provider>', () => {
  it('documents exactly the settings of its table in custom-elements.json', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declaration = manifest.modules
      .flatMap((module: { declarations?: unknown[] }) => module.declarations ?? [])
      .find((entry: { tagName?: string }) => entry.tagName === 'recovery-provider');
    const documented = declaration.attributes.map((attribute: { name: string }) => attribute.name).sort();
    expect(documented).to.deep.equal(
      Object.values(PROVIDER_SETTINGS)
        .map((setting) => setting.attribute)
        .sort(),
    );
  });

  it('shares every attribute, checked, with the widgets inside', async () => {
    const provider = await fixture<RecoveryProvider>(html`<recovery-provider
      org-name="Front Range Recovery Collective"
      phone="+1-303-555-0142"
      schedule-href="/book"
      timezone="America/Chicago"
      theme="dark"
      quick-exit
      quick-exit-href="https://www.example.org/news"
      caller-name="Front Range"
    ></recovery-provider>`);
    await provider.updateComplete;
    expect(settingsInside(provider)).to.deep.equal({
      orgName: 'Front Range Recovery Collective',
      phone: '+1-303-555-0142',
      scheduleHref: '/book',
      timezone: 'America/Chicago',
      theme: 'dark',
      quickExit: true,
      quickExitHref: 'https://www.example.org/news',
      callerName: 'Front Range',
    });
  });

  // Values a site may set from script, or type by mistake: left out, said once each, nothing thrown.
  const bad: Array<[string, unknown, string]> = [
    ['scheduleHref', 'javascript:alert(1)', 'schedule-href'],
    ['applyHref', 42, 'apply-href'],
    ['quickExitHref', 'tel:988', 'quick-exit-href'],
    ['theme', 'neon', 'theme'],
    ['phone', ['303'], 'phone'],
    ['hours', { mon: 9 }, 'hours'],
    ['scheduleHref', new URL('https://book.example.org/'), 'schedule-href'],
  ];
  for (const [property, value, attribute] of bad) {
    it(`${property} = ${String(value)} is left out with one console error naming ${attribute}`, async () => {
      const provider = await fixture<RecoveryProvider>(html`<recovery-provider phone="+1-303-555-0142"></recovery-provider>`);
      const { errors, thrown } = await watchErrors(async () => {
        (provider as unknown as Record<string, unknown>)[property] = value;
        await provider.updateComplete;
      });
      expect(thrown).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(`<recovery-provider> ${attribute}:`);
      expect(settingsInside(provider)).to.deep.equal(property === 'phone' ? {} : { phone: '+1-303-555-0142' });
    });
  }
});
