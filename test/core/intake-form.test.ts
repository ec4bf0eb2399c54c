import { expect } from '@open-wc/testing';
import {
  draftProblems,
  EMPTY_DRAFT,
  matchesPattern as matches,
  NAME_PATTERN,
  PHONE_PATTERN,
  requestBody,
  toDraft,
  type IntakeDraft,
} from '../../src/core/intake-form.js';

describe('core/intake-form', () => {
  describe("PHONE_PATTERN (the phone input's pattern)", () => {
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
    for (const [value, expected] of cases)
      it(`${JSON.stringify(value)} → ${expected}`, () => expect(matches(PHONE_PATTERN, value)).to.equal(expected));
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
    const cases: Array<[string, boolean]> = [
      ['Ana', true],
      [' José ', true],
      ['   ', false],
      ['\t', false],
    ];
    for (const [value, expected] of cases)
      it(`${JSON.stringify(value)} → ${expected}`, () => expect(matches(NAME_PATTERN, value)).to.equal(expected));
  });

  describe('requestBody', () => {
    const draft: IntakeDraft = {
      firstName: '  Ana ',
      phone: ' 303-555-0199 ',
      contactSafety: 'call-only',
      bestTime: 'evening',
      forWhom: 'loved-one',
    };
    it('holds the fields, the consent sentence, the page path and the language, and nothing else', () => {
      expect(requestBody(draft, 'I agree.', '/families/', 'es')).to.deep.equal({
        firstName: 'Ana',
        phone: '303-555-0199',
        contactSafety: 'call-only',
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
    for (const [path, page] of paths)
      it(`page ${JSON.stringify(path)} → ${page}`, () => expect(requestBody(draft, '', path, 'en').page).to.equal(page));
    it('an unanswered "for whom" is null', () => expect(requestBody({ ...draft, forWhom: '' }, '', '/', 'en').forWhom).to.equal(null));
    const safety: Array<[IntakeDraft['contactSafety'], string]> = [
      ['texts-and-voicemail', 'texts-and-voicemail'],
      ['call-only', 'call-only'],
      // Never sent unanswered (the form requires it); if it were, the careful answer goes.
      ['', 'call-only'],
    ];
    for (const [answer, sent] of safety) {
      it(`contactSafety ${JSON.stringify(answer)} → ${JSON.stringify(sent)}`, () =>
        expect(requestBody({ ...draft, contactSafety: answer }, '', '/', 'en').contactSafety).to.equal(sent));
    }
  });

  describe('draftProblems (what the form asks the visitor to fix, in its order)', () => {
    const ready: IntakeDraft = {
      firstName: 'Ana',
      phone: '303-555-0199',
      contactSafety: 'texts-and-voicemail',
      bestTime: 'anytime',
      forWhom: '',
    };
    const cases: Array<[string, Partial<IntakeDraft>, boolean, string[]]> = [
      ['a complete draft', {}, true, []],
      ['call only is an answer', { contactSafety: 'call-only' }, true, []],
      ['the optional choices unanswered', { bestTime: 'anytime', forWhom: '' }, true, []],
      ['an empty form', EMPTY_DRAFT, false, ['firstName', 'phone', 'contactSafety', 'consent']],
      ['a name of spaces', { firstName: '   ' }, true, ['firstName']],
      ['too few digits', { phone: '555-01' }, true, ['phone']],
      ['letters in the number', { phone: '303-555-CALL' }, true, ['phone']],
      ['no answer on texts and voicemail', { contactSafety: '' }, true, ['contactSafety']],
      ['the box unchecked', {}, false, ['consent']],
    ];
    for (const [name, change, consent, problems] of cases) {
      it(`${name}: ${problems.join(', ') || 'ready'}`, () =>
        expect(draftProblems({ ...ready, ...change }, consent)).to.deep.equal(problems));
    }
  });

  describe('toDraft', () => {
    const cases: Array<[unknown, object]> = [
      [null, EMPTY_DRAFT],
      ['text', EMPTY_DRAFT],
      [
        { firstName: 'Ana', phone: 42, contactSafety: 'sometimes', bestTime: 'midnight', forWhom: 'boss' },
        { ...EMPTY_DRAFT, firstName: 'Ana', phone: '42' },
      ],
      [
        { firstName: 'A'.repeat(80), phone: '1', contactSafety: 'call-only', bestTime: 'morning', forWhom: 'self' },
        { firstName: 'A'.repeat(60), phone: '1', contactSafety: 'call-only', bestTime: 'morning', forWhom: 'self' },
      ],
      [{ contactSafety: 'texts-and-voicemail' }, { ...EMPTY_DRAFT, contactSafety: 'texts-and-voicemail' }],
      [JSON.parse('{"__proto__": {"contactSafety": "call-only"}, "contactSafety": ["call-only"]}'), EMPTY_DRAFT],
      [
        { firstName: 'Ana', key: 'b1946ac9-2f8e-4c39-9d5e-1d2f3a4b5c6d' },
        { ...EMPTY_DRAFT, firstName: 'Ana' },
      ],
    ];
    for (const [input, expected] of cases)
      it(`${JSON.stringify(input)?.slice(0, 60)}`, () => expect(toDraft(input)).to.deep.equal(expected));
  });
});
