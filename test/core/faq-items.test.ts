import { expect } from '@open-wc/testing';
import { focusIndex, idFromHash, initiallyOpenIds, questionIds, searchWords, shownBySearch, toggledIds } from '../../src/core/faq-items.js';

describe('core/faq-items: the FAQ’s decisions', () => {
  describe('questionIds', () => {
    const cases: Array<[Array<{ id?: string; question: string }>, string[]]> = [
      [[{ question: 'What is parallel recovery?' }], ['what-is-parallel-recovery']],
      [
        [{ question: '¿Qué es?' }, { question: '¿Qué es?' }],
        ['que-es', 'que-es-2'],
      ],
      [
        [{ id: 'bct', question: 'Behavioral Couples Therapy' }, { question: 'BCT' }],
        ['bct', 'bct-2'],
      ],
      [[{ id: '', question: 'Empty id' }], ['empty-id']],
      [
        [{ question: '康复是什么' }, { question: '---' }],
        ['question', 'question-2'],
      ],
      [[], []],
    ];
    for (const [items, expected] of cases) {
      it(`${JSON.stringify(items)} → ${expected.join(', ') || '(none)'}`, () => expect(questionIds(items)).to.deep.equal(expected));
    }
  });

  describe('toggledIds', () => {
    const cases: Array<[string[], string, boolean, boolean, string[]]> = [
      // open ids, id, open, single → open ids after
      [[], 'a', true, false, ['a']],
      [['a'], 'b', true, false, ['a', 'b']],
      [['a'], 'b', true, true, ['b']],
      [['a', 'b'], 'a', false, false, ['b']],
      [['a'], 'a', false, true, []],
      [['a'], 'a', true, false, ['a']],
    ];
    for (const [before, id, open, single, after] of cases) {
      it(`{${before}} ${open ? 'open' : 'close'} ${id}${single ? ' (single)' : ''} → {${after}}`, () => {
        const openIds = new Set(before);
        expect([...toggledIds(openIds, id, open, single)].sort()).to.deep.equal(after);
        expect([...openIds], 'the set given is not changed').to.deep.equal(before);
      });
    }
  });

  describe('initiallyOpenIds', () => {
    const ids = ['a', 'b', 'c'];
    const cases: Array<[unknown, boolean, string[]]> = [
      ['b c', false, ['b', 'c']],
      ['  c   a ', false, ['a', 'c']],
      ['c a', true, ['a']],
      ['missing b', false, ['b']],
      ['', false, []],
      [undefined, false, []],
      [['a'], false, []],
      [42, false, []],
    ];
    for (const [open, single, expected] of cases) {
      it(`open=${JSON.stringify(open)}${single ? ' single' : ''} → {${expected}}`, () =>
        expect([...initiallyOpenIds(ids, open, single)]).to.deep.equal(expected));
    }
  });

  describe('searchWords and shownBySearch', () => {
    const haystacks = ['what is parallel recovery? each of you works', 'que es la terapia de pareja?', 'is there a cost? no'];
    const cases: Array<[string, string[], boolean[]]> = [
      ['', [], [true, true, true]],
      ['   ', [], [true, true, true]],
      ['RECOVERY', ['recovery'], [true, false, false]],
      ['Qué  TERAPIA', ['que', 'terapia'], [false, true, false]],
      ['is cost', ['is', 'cost'], [false, false, true]],
      ['zebra', ['zebra'], [false, false, false]],
    ];
    for (const [query, words, shown] of cases) {
      it(`${JSON.stringify(query)} → [${words}] → ${shown.map(Number).join('')}`, () => {
        expect(searchWords(query)).to.deep.equal(words);
        expect(shownBySearch(haystacks, words)).to.deep.equal(shown);
      });
    }
  });

  describe('focusIndex (WAI-ARIA APG accordion keys)', () => {
    const cases: Array<[string, number, number, number | undefined]> = [
      ['ArrowDown', 0, 3, 1],
      ['ArrowDown', 2, 3, 0],
      ['ArrowUp', 1, 3, 0],
      ['ArrowUp', 0, 3, 2],
      ['Home', 2, 3, 0],
      ['End', 0, 3, 2],
      ['ArrowDown', 0, 1, 0],
      ['Enter', 0, 3, undefined],
      ['Tab', 1, 3, undefined],
      ['constructor', 1, 3, undefined],
    ];
    for (const [key, current, count, expected] of cases) {
      it(`${key} from ${current} of ${count} → ${expected}`, () => expect(focusIndex(key, current, count)).to.equal(expected));
    }
  });

  describe('idFromHash', () => {
    const cases: Array<[string, string]> = [
      ['#bct', 'bct'],
      ['#que-es-la-codependencia', 'que-es-la-codependencia'],
      ['#caf%C3%A9', 'café'],
      ['#100%', '100%'],
      ['#', ''],
      ['', ''],
    ];
    for (const [hash, expected] of cases) {
      it(`${JSON.stringify(hash)} → ${JSON.stringify(expected)}`, () => expect(idFromHash(hash)).to.equal(expected));
    }
  });
});
