import { expect } from '@open-wc/testing';
import {
  answeredQuestions,
  firstStep,
  outcomeStep,
  readAnswer,
  stepAfterAnswer,
  stepBack,
  type Screen,
  type Step,
} from '../../src/core/scholarship-flow.js';
import type { Answer, Answers, Question, RuleSet } from '../../src/core/scholarship-rules.js';

const both = (text: string) => ({ en: text, es: `${text} (es)` });

/** Four questions, one asked only for residents; one answer rules the visitor out, another asks for a talk. */
const RULES: RuleSet = {
  questions: [
    { id: 'adult', type: 'yes-no', label: both('Are you 18 or older?') },
    { id: 'resident', type: 'yes-no', label: both('Do you live here?'), unsure: true },
    {
      id: 'county',
      type: 'choice',
      label: both('Which county?'),
      options: [
        { value: 'denver', label: both('Denver') },
        { value: 'other', label: both('Other') },
      ],
      showIf: { '==': [{ var: 'resident' }, 'yes'] },
    },
    { id: 'household', type: 'income', label: both('Household') },
  ],
  rules: [
    { id: 'minor', when: { '==': [{ var: 'adult' }, 'no'] }, outcome: 'ineligible', reason: both('Adults only') },
    { id: 'unsure', when: { '==': [{ var: 'resident' }, 'unsure'] }, outcome: 'review', reason: both('Call us') },
  ],
};
const [MINOR, UNSURE] = RULES.rules;
const INCOME = { size: 2, amount: 30000 };
/** Every question a resident is asked, answered. */
const RESIDENT: Answers = { adult: 'yes', resident: 'yes', county: 'denver', household: INCOME };
/** Every question someone living elsewhere is asked, answered. */
const ELSEWHERE: Answers = { adult: 'yes', resident: 'no', household: INCOME };

const question = (id: string): Step => ({ screen: 'question', id });
const SUMMARY: Step = { screen: 'summary' };
const INTRO: Step = { screen: 'intro' };

describe('core/scholarship-flow', () => {
  it('starts with the first question', () => {
    expect(firstStep(RULES, {})).to.deep.equal(question('adult'));
  });

  describe('the questions "check your answers" lists', () => {
    const CASES: Array<[string, Answers, string[]]> = [
      ['none answered', {}, []],
      ['a resident, every answer', RESIDENT, ['adult', 'resident', 'county', 'household']],
      ['an answer to a question no longer asked is left out', { ...ELSEWHERE, county: 'denver' }, ['adult', 'resident', 'household']],
      [
        'a question opened by a change, not yet answered, is left out',
        { ...ELSEWHERE, resident: 'yes' },
        ['adult', 'resident', 'household'],
      ],
    ];
    for (const [name, answers, ids] of CASES) {
      it(name, () => {
        expect(answeredQuestions(RULES, answers).map((each) => each.id)).to.deep.equal(ids);
      });
    }
  });

  describe('after an answer', () => {
    const CASES: Array<[string, Answers, string, boolean, Step]> = [
      ['the next question', { adult: 'yes' }, 'adult', false, question('resident')],
      ['a question asked only for this answer', { adult: 'yes', resident: 'yes' }, 'resident', false, question('county')],
      ['past a question not asked', { adult: 'yes', resident: 'no' }, 'resident', false, question('household')],
      ['after the last question, the summary', ELSEWHERE, 'household', false, SUMMARY],
      [
        'an answer that rules the visitor out ends the questions at once',
        { adult: 'no' },
        'adult',
        false,
        { screen: 'outcome', decision: { outcome: 'ineligible', reasons: [MINOR] } },
      ],
      ['an answer asking for a talk does not end them', { adult: 'yes', resident: 'unsure' }, 'resident', false, question('household')],
      ['from the summary, a change that opens a question asks it', { ...ELSEWHERE, resident: 'yes' }, 'resident', true, question('county')],
      ['from the summary, a change that opens nothing returns there', { ...RESIDENT, county: 'other' }, 'county', true, SUMMARY],
      [
        'from the summary, a change that rules the visitor out shows the outcome',
        { ...RESIDENT, adult: 'no' },
        'adult',
        true,
        { screen: 'outcome', decision: { outcome: 'ineligible', reasons: [MINOR] } },
      ],
    ];
    for (const [name, answers, id, changing, step] of CASES) {
      it(name, () => {
        expect(stepAfterAnswer(RULES, answers, id, changing)).to.deep.equal(step);
      });
    }
  });

  describe('Back', () => {
    const CASES: Array<[string, Answers, Screen, string, boolean, Step]> = [
      ['from the first question, the intro', {}, 'question', 'adult', false, INTRO],
      ['from a question, the one before', { adult: 'yes' }, 'question', 'resident', false, question('adult')],
      ['past a question not asked', { adult: 'yes', resident: 'no' }, 'question', 'household', false, question('resident')],
      [
        'to a question asked for an earlier answer',
        { adult: 'yes', resident: 'yes', county: 'denver' },
        'question',
        'household',
        false,
        question('county'),
      ],
      ['from the summary, the last question answered', RESIDENT, 'summary', '', false, question('household')],
      [
        'from the summary, past a question opened by a change and left unanswered',
        { ...ELSEWHERE, resident: 'yes' },
        'summary',
        '',
        false,
        question('household'),
      ],
      ['from a question reached from the summary, the summary', RESIDENT, 'question', 'county', true, SUMMARY],
    ];
    for (const [name, answers, screen, current, changing, step] of CASES) {
      it(name, () => {
        expect(stepBack(RULES, answers, screen, current, changing)).to.deep.equal(step);
      });
    }
  });

  describe('"See my result"', () => {
    const CASES: Array<[string, Answers, Step]> = [
      [
        'every answer fits: eligible, with no rule to quote',
        RESIDENT,
        { screen: 'outcome', decision: { outcome: 'eligible', reasons: [] } },
      ],
      [
        'not sure where they live: review, with its reason',
        { ...ELSEWHERE, resident: 'unsure' },
        { screen: 'outcome', decision: { outcome: 'review', reasons: [UNSURE] } },
      ],
      [
        'ruled out early: the outcome, though questions remain',
        { adult: 'no' },
        { screen: 'outcome', decision: { outcome: 'ineligible', reasons: [MINOR] } },
      ],
      ['a question opened by a change and left unanswered is asked first', { ...ELSEWHERE, resident: 'yes' }, question('county')],
    ];
    for (const [name, answers, step] of CASES) {
      it(name, () => {
        expect(outcomeStep(RULES, answers)).to.deep.equal(step);
      });
    }
  });

  describe('reading an answer', () => {
    const [adult, , county, household] = RULES.questions;
    const age: Question = { id: 'age', type: 'number', label: both('Age') };
    const CASES: Array<[string, Question, Record<string, string>, Answer | ReturnType<typeof readAnswer>]> = [
      ['yes', adult, { answer: 'yes' }, 'yes'],
      ['a choice', county, { answer: 'denver' }, 'denver'],
      ['nothing chosen: the first answer is where the problem is', adult, {}, [{ field: 'adult-0', problem: 'errChoose' }]],
      ['nothing chosen among options', county, { answer: '' }, [{ field: 'county-0', problem: 'errChoose' }]],
      ['a whole number', age, { answer: '24' }, 24],
      ['a number as people write it', age, { answer: ' 1,000 ' }, 1000],
      ['zero is a number', age, { answer: '0' }, 0],
      ['no number', age, { answer: '' }, [{ field: 'age', problem: 'errNumber' }]],
      ['words', age, { answer: 'twenty' }, [{ field: 'age', problem: 'errNumber' }]],
      ['a negative number', age, { answer: '-3' }, [{ field: 'age', problem: 'errNumber' }]],
      ['a decimal', age, { answer: '24.5' }, [{ field: 'age', problem: 'errNumber' }]],
      ['a household and its income', household, { size: '2', amount: '$45,000' }, { size: 2, amount: 45000 }],
      ['a blank income means "I don\'t know"', household, { size: '3', amount: '' }, { size: 3, amount: null }],
      ['spaces are a blank income', household, { size: '3', amount: '  ' }, { size: 3, amount: null }],
      ['twenty people is the most', household, { size: '20', amount: '' }, { size: 20, amount: null }],
      ['no household', household, { size: '', amount: '1000' }, [{ field: 'household-size', problem: 'errSize' }]],
      ['a household of none', household, { size: '0', amount: '1000' }, [{ field: 'household-size', problem: 'errSize' }]],
      ['more than twenty people', household, { size: '21', amount: '1000' }, [{ field: 'household-size', problem: 'errSize' }]],
      ['an income in words', household, { size: '2', amount: 'lots' }, [{ field: 'household-amount', problem: 'errAmount' }]],
      [
        'both wrong: both problems, in the order of the fields',
        household,
        { size: 'two', amount: '1.5' },
        [
          { field: 'household-size', problem: 'errSize' },
          { field: 'household-amount', problem: 'errAmount' },
        ],
      ],
    ];
    for (const [name, asked, fields, answer] of CASES) {
      it(name, () => {
        expect(readAnswer(asked, (field) => fields[field] ?? '')).to.deep.equal(answer);
      });
    }
  });
});
