import { expect } from '@open-wc/testing';
import { foldText, interpolate, paragraphs, slugify, uniqueIds } from '../../src/core/text.js';

describe('core/text', () => {
  describe('slugify', () => {
    const cases: Array<[string, string]> = [
      ['What is parallel recovery?', 'what-is-parallel-recovery'],
      ['¿Qué es la recuperación en paralelo?', 'que-es-la-recuperacion-en-paralelo'],
      ['  Leading and trailing  ', 'leading-and-trailing'],
      ['Al-Anon & Nar-Anon: which one?', 'al-anon-nar-anon-which-one'],
      ['12-step or SMART?', '12-step-or-smart'],
      ['Ñandú — über café', 'nandu-uber-cafe'],
      ['multiple   spaces\tand\nlines', 'multiple-spaces-and-lines'],
      ['---', 'question'],
      ['康复是什么', 'question'],
      ['', 'question'],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input)} → ${expected}`, () => expect(slugify(input)).to.equal(expected));
    }
  });

  describe('uniqueIds', () => {
    const cases: Array<[string[], string[]]> = [
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
      [
        ['a', 'a', 'a'],
        ['a', 'a-2', 'a-3'],
      ],
      [
        ['a', 'a-2', 'a'],
        ['a', 'a-2', 'a-3'],
      ],
      [[], []],
    ];
    for (const [input, expected] of cases) {
      it(`${input.join(',') || '(none)'} → ${expected.join(',') || '(none)'}`, () => expect(uniqueIds(input)).to.deep.equal(expected));
    }
  });

  describe('paragraphs', () => {
    const cases: Array<[string, string[]]> = [
      ['One.', ['One.']],
      ['One.\n\nTwo.', ['One.', 'Two.']],
      ['One\nstill one.\n \n\nTwo.', ['One\nstill one.', 'Two.']],
      ['\n\n  Padded  \n\n', ['Padded']],
    ];
    for (const [input, expected] of cases) {
      it(JSON.stringify(input), () => expect(paragraphs(input)).to.deep.equal(expected));
    }
  });

  describe('foldText and interpolate', () => {
    it('folds case and accents', () => expect(foldText('ÁRBOL Niño Ça')).to.equal('arbol nino ca'));
    it('fills placeholders and leaves unknown ones visible', () =>
      expect(interpolate('{count} of {total} ({missing})', { count: 2, total: 5 })).to.equal('2 of 5 ({missing})'));
  });
});
