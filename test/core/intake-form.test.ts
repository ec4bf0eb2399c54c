import { expect } from '@open-wc/testing';
import { EMPTY_DRAFT, NAME_PATTERN, PHONE_PATTERN, requestBody, toDraft } from '../../src/core/intake-form.js';

/** How the browser applies an input's `pattern`: anchored, with the `v` flag. */
const matches = (pattern: string, value: string) => new RegExp(`^(?:${pattern})$`, 'v').test(value);

describe('core/intake-form', () => {
  describe('PHONE_PATTERN (the phone input\'s pattern)', () => {
    const cases: Array<[string, boolean]> = [
      ['303-555-0142', true],
      ['(303) 555-0142', true],
      ['+1 303 555 0142', true],
      ['303.555.0142', true],
      ['5550142', true],
      ['+44 20 7946 0958', true],
      ['  303 555 0142  ', true],
      ['555-014', false],
      ['1234567890123456', false],
      ['call me', false],
      ['303-555-CALL', false],
      ['303+555+0142', false],
      ['303-555-0142 x12', false],
    ];
    for (const [value, expected] of cases) it(`${JSON.stringify(value)} → ${expected}`, () => expect(matches(PHONE_PATTERN, value)).to.equal(expected));
    it('is what the browser enforces', () => {
      const input = document.createElement('input');
      input.pattern = PHONE_PATTERN;
      for (const [value, expected] of cases) {
        input.value = value;
        expect(input.validity.patternMismatch, value).to.equal(!expected);
      }
    });
  });

  describe('NAME_PATTERN', () => {
    const cases: Array<[string, boolean]> = [['Ana', true], [' José ', true], ['   ', false], ['\t', false]];
    for (const [value, expected] of cases) it(`${JSON.stringify(value)} → ${expected}`, () => expect(matches(NAME_PATTERN, value)).to.equal(expected));
  });

  describe('requestBody', () => {
    const draft = { firstName: '  Ana ', phone: ' 303-555-0199 ', bestTime: 'evening' as const, forWhom: 'loved-one' as const };
    it('holds the fields, the consent sentence, the page path and the language, and nothing else', () => {
      expect(requestBody(draft, 'I agree.', '/families/', 'es')).to.deep.equal({
        firstName: 'Ana',
        phone: '303-555-0199',
        bestTime: 'evening',
        forWhom: 'loved-one',
        consent: true,
        consentText: 'I agree.',
        page: '/families/',
        lang: 'es',
      });
    });
    const paths: Array<[string, string]> = [
      ['/families/', '/families/'],
      ['/families/?utm_source=ad&email=a@b.c', '/families/'],
      ['/help#callback', '/help'],
      ['', '/'],
    ];
    for (const [path, page] of paths) it(`page ${JSON.stringify(path)} → ${page}`, () => expect(requestBody(draft, '', path, 'en').page).to.equal(page));
    it('an unanswered "for whom" is null', () => expect(requestBody({ ...draft, forWhom: '' }, '', '/', 'en').forWhom).to.equal(null));
  });

  describe('toDraft', () => {
    const cases: Array<[unknown, object]> = [
      [null, EMPTY_DRAFT],
      ['text', EMPTY_DRAFT],
      [{ firstName: 'Ana', phone: 42, bestTime: 'midnight', forWhom: 'boss' }, { ...EMPTY_DRAFT, firstName: 'Ana', phone: '42' }],
      [{ firstName: 'A'.repeat(80), phone: '1', bestTime: 'morning', forWhom: 'self' }, { firstName: 'A'.repeat(60), phone: '1', bestTime: 'morning', forWhom: 'self' }],
    ];
    for (const [input, expected] of cases) it(`${JSON.stringify(input)?.slice(0, 60)}`, () => expect(toDraft(input)).to.deep.equal(expected));
  });
});
