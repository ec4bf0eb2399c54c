import { expect } from '@open-wc/testing';
import { DEFAULT_EXIT_HREF, exitUrl } from '../../src/core/quick-exit.js';
import { readProviderSettings } from '../../src/core/provider-settings.js';

describe('core/quick-exit', () => {
  const base = 'https://clinic.example/family/support.html';
  const cases: Array<[unknown, string | undefined]> = [
    ['https://www.weather.gov/', 'https://www.weather.gov/'],
    ['http://example.org/news', 'http://example.org/news'],
    ['/neutral.html', 'https://clinic.example/neutral.html'],
    ['news', 'https://clinic.example/family/news'],
    ['  https://example.org/  ', 'https://example.org/'],
    ['//example.org/', 'https://example.org/'],
    // Right scheme, not a URL: location.replace would throw after the page was hidden.
    ['https://', undefined],
    ['http://', undefined],
    ['http://[::1', undefined],
    ['javascript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    [' JAVASCRIPT:alert(1)', undefined],
    ['tel:+13035550142', undefined],
    ['mailto:a@example.org', undefined],
    ['data:text/html,hi', undefined],
    ['', undefined],
    ['   ', undefined],
    // Set from script: not what an attribute would give, so not used (a number would otherwise become a relative link).
    [42, undefined],
    [['https://example.org/'], undefined],
    [new URL('https://example.org/'), undefined],
    [{ href: 'https://example.org/' }, undefined],
    [true, undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [value, expected] of cases) {
    it(`exitUrl(${typeof value === 'string' ? JSON.stringify(value) : String(value)}) is ${expected ?? 'unusable'}`, () => {
      expect(exitUrl(value, base)).to.equal(expected);
    });
  }

  it('the default is a neutral https: page', () => {
    expect(exitUrl(DEFAULT_EXIT_HREF, base)).to.equal(DEFAULT_EXIT_HREF);
  });

  it('the provider reports an unparseable quick-exit-href and leaves it out', () => {
    const { settings, problems } = readProviderSettings({ quickExitHref: 'https://' });
    expect(settings.quickExitHref).to.be.undefined;
    expect(problems).to.deep.equal([['quick-exit-href', '"https://" is not an https:, http: or relative link; ignoring it']]);
    expect(readProviderSettings({ quickExitHref: '/news' }).settings.quickExitHref, 'kept as given, resolved by the exit').to.equal(
      '/news',
    );
    expect(readProviderSettings({ quickExitHref: 7 }).problems).to.have.length(1);
  });
});
