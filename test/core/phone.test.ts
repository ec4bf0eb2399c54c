import { expect } from '@open-wc/testing';
import { dialHref, formatPhone } from '../../src/core/phone.js';
import { opensNewTab } from '../../src/core/links.js';

describe('core/phone', () => {
  describe('dialHref: the one tel:/sms: builder', () => {
    const cases: Array<['tel' | 'sms', unknown, string | undefined]> = [
      ['tel', '+1-303-555-0142', 'tel:+13035550142'],
      ['tel', '(303) 555-0142', 'tel:3035550142'],
      ['sms', '988', 'sms:988'],
      ['tel', '1+303', 'tel:1303'],
      ['tel', 'none', undefined],
      ['tel', '+', undefined],
      ['tel', '', undefined],
      ['tel', undefined, undefined],
      // A property set from script can hold anything: no link, nothing thrown.
      ['tel', 3035550142, undefined],
      ['tel', ['303'], undefined],
      ['tel', null, undefined],
    ];
    for (const [scheme, number, expected] of cases)
      it(`${scheme} ${JSON.stringify(number)} → ${expected}`, () => expect(dialHref(scheme, number)).to.equal(expected));
  });

  describe('formatPhone: how a number is shown', () => {
    const cases: Array<[string, string]> = [
      ['+1-303-555-0142', '(303)\u00a0555-0142'],
      ['303.555.0142', '(303)\u00a0555-0142'],
      ['1-800-662-4357', '(800)\u00a0662-4357'],
      ['(303) 555-0142', '(303)\u00a0555-0142'],
      ['988', '988'],
      ['911', '911'],
      ['741741', '741741'],
      ['+44 20 7946 0958', '+44 20 7946 0958'],
      [' 555-0142 ', '555-0142'],
    ];
    for (const [number, expected] of cases) it(`${number} → ${expected}`, () => expect(formatPhone(number)).to.equal(expected));
  });

  describe('opensNewTab: the one external-link rule', () => {
    const origin = 'https://clinic.example.org';
    const cases: Array<[string, boolean]> = [
      ['https://al-anon.org/', true],
      ['http://example.com/x', true],
      ['https://clinic.example.org/families', false],
      ['/families', false],
      ['#find', false],
      ['tel:988', false],
      ['sms:988', false],
      ['mailto:help@example.org', false],
      ['https://', false],
    ];
    for (const [href, expected] of cases) it(`${href} → ${expected}`, () => expect(opensNewTab(href, origin)).to.equal(expected));
  });
});
