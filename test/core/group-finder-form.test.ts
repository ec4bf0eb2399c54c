import { expect } from '@open-wc/testing';
import { FIRST_SHOWN, NO_ANSWERS, QUESTIONS, questionsFor, resultsDetail, unknownIds } from '../../src/core/group-finder-form.js';
import { findGroups, ROLES, type Answers, type Program, type Role } from '../../src/core/groups.js';
import { PROGRAMS } from '../../src/data/programs.js';

const program = (id: string): Program => ({ id, name: id, roles: ['partner'], approaches: ['peer'], formats: ['online'] });

describe('core/group-finder-form', () => {
  describe('the form', () => {
    it('asks who the visitor is first, with no answer chosen; every other question starts on "not sure" or "no preference"', () => {
      expect(Object.keys(QUESTIONS)).to.deep.equal(['role', 'situation', 'substance', 'approach', 'format']);
      expect(QUESTIONS.role).to.deep.equal(ROLES);
      expect(NO_ANSWERS).to.deep.equal({ situation: 'any', substance: 'any', approach: 'any', format: 'any' });
      expect('role' in NO_ANSWERS).to.equal(false);
      for (const name of ['situation', 'substance', 'approach', 'format'] as const) expect(QUESTIONS[name]).to.include('any');
    });

    it('shows five results before "Show more"', () => {
      expect(FIRST_SHOWN).to.equal(5);
    });

    const ASKED: Array<[Role | undefined, string[]]> = [
      [undefined, ['role', 'situation', 'substance', 'approach', 'format']],
      ['partner', ['role', 'situation', 'substance', 'approach', 'format']],
      ['parent', ['role', 'situation', 'substance', 'approach', 'format']],
      ['teen', ['role', 'situation', 'substance', 'approach', 'format']],
      ['family', ['role', 'situation', 'substance', 'approach', 'format']],
      // A visitor in recovery is not asked about a loved one's situation.
      ['self', ['role', 'substance', 'approach', 'format']],
    ];
    for (const [role, asked] of ASKED) {
      it(`asks ${role ?? 'a visitor who has not said who they are'}: ${asked.join(', ')}`, () => {
        expect(questionsFor(role)).to.deep.equal(asked);
      });
    }
  });

  describe('what the results event says', () => {
    const CASES: Array<{ name: string; answers: Answers; directory?: readonly Program[]; detail: ReturnType<typeof resultsDetail> }> = [
      {
        name: 'a partner: the four answers the contract names, and the ids in the order shown; never the substance',
        answers: { role: 'partner', situation: 'not-in-treatment', substance: 'opioids', approach: 'secular', format: 'online' },
        detail: {
          role: 'partner',
          situation: 'not-in-treatment',
          approach: 'secular',
          format: 'online',
          ids: ['invitation-to-change', 'smart-family', 'learn-to-cope'],
        },
      },
      {
        name: 'a visitor in recovery: no situation, even one left in the form from before',
        answers: { role: 'self', situation: 'bereaved', substance: 'alcohol', approach: '12-step', format: 'any' },
        detail: { role: 'self', situation: null, approach: '12-step', format: 'any', ids: ['aa', 'coda', 'celebrate-recovery'] },
      },
      {
        name: 'no program fits: no ids',
        answers: { role: 'teen', situation: 'bereaved', substance: 'any', approach: 'any', format: 'any' },
        directory: [program('partners-only')],
        detail: { role: 'teen', situation: 'bereaved', approach: 'any', format: 'any', ids: [] },
      },
    ];
    for (const { name, answers, directory = PROGRAMS, detail } of CASES) {
      it(name, () => {
        const { matches } = findGroups(answers, directory);
        expect(resultsDetail(answers, matches)).to.deep.equal(detail);
        expect(JSON.stringify(resultsDetail(answers, matches))).not.to.contain(
          answers.substance === 'any' ? 'substance' : answers.substance,
        );
      });
    }
  });

  describe('ids in exclude that name no program', () => {
    const CASES: Array<[string, string[], readonly Program[], string[]]> = [
      ['nothing excluded', [], PROGRAMS, []],
      ['built-in ids only', ['al-anon', 'aa'], PROGRAMS, []],
      ['a typo, among good ids, in the order given', ['al-anon', 'al-anonn', 'aa', 'narannon'], PROGRAMS, ['al-anonn', 'narannon']],
      ['a local group, once it is loaded', ['family-circle'], [...PROGRAMS, program('family-circle')], []],
      ['a local group, before it is loaded', ['family-circle'], PROGRAMS, ['family-circle']],
      ['ids are exact: case counts', ['AA'], PROGRAMS, ['AA']],
      ['no programs at all', ['aa'], [], ['aa']],
    ];
    for (const [name, excluded, programs, unknown] of CASES) {
      it(name, () => {
        expect(unknownIds(new Set(excluded), programs)).to.deep.equal(unknown);
      });
    }
  });
});
