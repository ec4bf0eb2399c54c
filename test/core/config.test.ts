import { expect } from '@open-wc/testing';
import { checkStringOverrides, parseJson, quote, safeUrl } from '../../src/core/config.js';
import { checkFaqItems, toFaqEntries, faqPageJsonLd } from '../../src/core/faq-items.js';
import { checkProviderJson } from '../../src/core/provider-config.js';

describe('core/config', () => {
  it('parseJson reports instead of throwing', () => {
    expect(parseJson('[1]')).to.deep.equal({ ok: true, value: [1] });
    const bad = parseJson('{');
    expect(bad.ok).to.be.false;
    expect(!bad.ok && bad.error).to.match(/^is not valid JSON \(/);
  });

  describe('checkFaqItems', () => {
    const errors: Array<[unknown, string]> = [
      [{}, 'expected an array of {"question", "answer"} objects, got an object'],
      ['text', 'expected an array of {"question", "answer"} objects, got a string'],
      [null, 'expected an array of {"question", "answer"} objects, got null'],
      [[1], '[0] must be an object, got a number'],
      [[{ answer: 'A' }], '[0].question is missing or empty'],
      [
        [
          { question: 'Q', answer: 'A' },
          { question: '  ', answer: 'A' },
        ],
        '[1].question is missing or empty',
      ],
      [[{ question: 'Q' }], '[0].answer is missing or empty'],
      [[{ question: 'Q', answer: 42 }], '[0].answer is missing or empty'],
      [[{ id: 'has space', question: 'Q', answer: 'A' }], '[0].id must be text without spaces or "#", got "has space"'],
      [[{ id: 7, question: 'Q', answer: 'A' }], '[0].id must be text without spaces or "#", got 7'],
    ];
    for (const [input, message] of errors) {
      it(`rejects ${JSON.stringify(input)}: ${message}`, () => expect(checkFaqItems(input)).to.deep.equal({ ok: false, error: message }));
    }

    it('accepts good items and gives them unique ids and paragraphs', () => {
      const checked = checkFaqItems([
        { question: 'Same?', answer: 'One.\n\nTwo.' },
        { question: 'Same?', answer: 'Again' },
        { id: 'custom', question: 'Other', answer: 'X' },
      ]);
      expect(checked.ok).to.be.true;
      const entries = toFaqEntries(checked.ok ? checked.value : []);
      expect(entries).to.deep.equal([
        { id: 'same', question: 'Same?', paragraphs: ['One.', 'Two.'] },
        { id: 'same-2', question: 'Same?', paragraphs: ['Again'] },
        { id: 'custom', question: 'Other', paragraphs: ['X'] },
      ]);
    });

    it('builds a schema.org FAQPage', () => {
      expect(faqPageJsonLd([{ question: 'Q', answer: 'A' }])).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: [{ '@type': 'Question', name: 'Q', acceptedAnswer: { '@type': 'Answer', text: 'A' } }],
      });
    });
  });

  describe('checkStringOverrides', () => {
    const cases: Array<[unknown, string | null]> = [
      [{ es: { a: 'b' } }, null],
      [{}, null],
      [[], 'strings must be an object like {"es": {"key": "texto"}}, got an array'],
      [{ es: 'hola' }, 'strings.es must be an object of strings, got a string'],
      [{ es: { a: 1 } }, 'strings.es.a must be a string, got a number'],
    ];
    for (const [input, message] of cases) {
      it(`${JSON.stringify(input)} → ${message ?? 'ok'}`, () => {
        const checked = checkStringOverrides(input);
        expect(checked.ok ? null : checked.error).to.equal(message);
      });
    }
  });

  describe('safeUrl', () => {
    const cases: Array<[string | undefined, string | undefined]> = [
      ['https://example.org/a', 'https://example.org/a'],
      ['http://example.org', 'http://example.org'],
      ['tel:+13035550142', 'tel:+13035550142'],
      ['sms:+13035550142', 'sms:+13035550142'],
      ['mailto:help@example.org', 'mailto:help@example.org'],
      ['/apply', '/apply'],
      ['apply.html#top', 'apply.html#top'],
      ['?step=2', '?step=2'],
      ['javascript:alert(1)', undefined],
      ['JavaScript:alert(1)', undefined],
      ['java\tscript:alert(1)', undefined],
      [' javascript:alert(1)', undefined],
      ['data:text/html,hi', undefined],
      ['vbscript:x', undefined],
      ['', undefined],
      [undefined, undefined],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input)} → ${expected ?? 'rejected'}`, () => expect(safeUrl(input)).to.equal(expected));
    }

    // Found by the fuzz test: a property set from script reached `url?.trim()` and threw.
    const notText: Array<[string, unknown]> = [
      ['a number', 42],
      ['a URL object', new URL('https://example.org/')],
      ['an array', ['https://example.org/']],
      ['a Symbol', Symbol('x')],
      ['true', true],
      ['an object', { href: 'https://example.org' }],
      ['an object without a prototype', Object.create(null)],
      ['null', null],
    ];
    for (const [name, input] of notText) {
      it(`${name} is not a link (undefined, nothing thrown)`, () => expect(safeUrl(input)).to.equal(undefined));
    }
  });

  describe('quote (values in messages)', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    // Found by the fuzz test: messages built with JSON.stringify threw on these, inside Lit's update.
    const cases: Array<[string, unknown, string]> = [
      ['a string', 'neon', '"neon"'],
      ['a number', 7, '7'],
      ['an array', ['303'], '["303"]'],
      ['a BigInt', 10n, 'a bigint'],
      ['a circular object', cycle, 'an object'],
      ['a Symbol', Symbol('x'), 'a symbol'],
      ['a function', () => 1, 'a function'],
      ['undefined', undefined, 'undefined'],
      ['very long text', 'x'.repeat(500), `"${'x'.repeat(79)}…`],
    ];
    for (const [name, value, expected] of cases) {
      it(`${name} → ${expected.slice(0, 20)}`, () => expect(quote(value)).to.equal(expected));
    }
  });

  describe('checkProviderJson', () => {
    const cases: Array<[unknown, string | null]> = [
      [{}, null],
      [{ crisisLines: [{ name: '988', call: '988', text: '988' }] }, null],
      [{ strings: { 'recovery-faq': { es: { searchLabel: 'Buscar' } } } }, null],
      [[], 'expected an object with "crisisLines" and/or "strings", got an array'],
      [{ crisis: [] }, 'unknown field "crisis" at the top level (expected "crisisLines" or "strings")'],
      // Found by the fuzz test: an empty list left the crisis block without a first line to show.
      [{ crisisLines: [] }, 'crisisLines is empty: give at least one line, or leave crisisLines out to keep the built-in ones'],
      [{ crisisLines: {} }, 'crisisLines must be an array, got an object'],
      [{ crisisLines: [{ call: '988' }] }, 'crisisLines[0].name must be text, or texts by language like {"en": "…", "es": "…"}'],
      [{ crisisLines: [{ name: 'Line' }] }, 'crisisLines[0] needs "call", "text" or "href"'],
      [
        { crisisLines: [{ name: 'Line', href: 'javascript:x' }] },
        'crisisLines[0].href must be an https:, http:, tel:, sms:, mailto: or relative URL',
      ],
      [{ crisisLines: [{ name: 'Line', call: '' }] }, 'crisisLines[0].call must be non-empty text'],
      [{ strings: { 'recovery-faq': { es: { a: 1 } } } }, 'strings["recovery-faq"].es.a must be a string, got a number'],
      [{ strings: [] }, 'strings must be an object keyed by element tag, got an array'],
    ];
    for (const [input, message] of cases) {
      it(`${JSON.stringify(input)} → ${message ?? 'ok'}`, () => {
        const checked = checkProviderJson(input);
        expect(checked.ok ? null : checked.error).to.equal(message);
      });
    }
  });
});
