import { expect } from '@open-wc/testing';
import { evaluate, UNKNOWN } from '../../src/core/rule-logic.js';
import {
  askedQuestions,
  checkRuleSet,
  decide,
  decidedEarly,
  formatNumber,
  incomeFacts,
  nextUnanswered,
  parseWholeNumber,
  type Answers,
  type Outcome,
  type RuleSet,
} from '../../src/core/scholarship-rules.js';
import { COLORADO_SCHOLARSHIP } from '../../src/data/colorado-scholarship.js';
import { DEFAULT_INCOME_LIMIT } from '../../src/data/poverty-guidelines.js';

/** The same text in both languages, for rule sets written in tests. */
const both = (text: string) => ({ en: text, es: `${text} (es)` });

/** A small custom rule set using every question type. */
const CUSTOM = {
  questions: [
    { id: 'age', type: 'number', label: both('How old are you?') },
    { id: 'resident', type: 'yes-no', label: both('Do you live here?') },
    {
      id: 'stage',
      type: 'choice',
      label: both('Stage?'),
      options: [
        { value: 'early', label: both('Early') },
        { value: 'later', label: both('Later') },
      ],
    },
    { id: 'household', type: 'income', label: both('Income'), showIf: { '==': [{ var: 'resident' }, 'yes'] } },
  ],
  rules: [
    { id: 'minor', when: { '<': [{ var: 'age' }, 18] }, outcome: 'ineligible', reason: both('Adults only') },
    { id: 'elsewhere', when: { '==': [{ var: 'resident' }, 'no'] }, outcome: 'review', reason: both('Call us') },
    { id: 'income', when: { '>': [{ var: 'household.percent' }, 200] }, outcome: 'ineligible', reason: both('Income too high') },
  ],
  incomeLimit: { year: 2026, percent: 200, guidelines: [10000, 20000], eachAdditional: 1000 },
};

/** A deep copy of CUSTOM changed by `change`. */
function custom(change: (ruleSet: any) => void): unknown {
  const copy = structuredClone(CUSTOM);
  change(copy);
  return copy;
}

describe('core/scholarship-rules', () => {
  describe('the Colorado template', () => {
    it('passes its own validator', async () => {
      expect(await checkRuleSet(COLORADO_SCHOLARSHIP)).to.deep.equal({ ok: true, value: COLORADO_SCHOLARSHIP });
    });

    it('is the worked example in docs/scholarship-check.md, word for word', async () => {
      const doc = await (await fetch('/docs/scholarship-check.md')).text();
      const example = doc.split('### Worked example')[1].split('```json\n')[1].split('\n```')[0];
      expect(JSON.parse(example)).to.deep.equal(COLORADO_SCHOLARSHIP);
    });

    it('says on the medication question, and on the outcome, that it never counts against anyone', () => {
      const medication = COLORADO_SCHOLARSHIP.questions.find((question) => question.id === 'medication')!;
      expect(medication.hint!.en).to.contain('never counts against you');
      expect(medication.hint!.es).to.contain('nunca cuenta en su contra');
      const reading = COLORADO_SCHOLARSHIP.rules.filter((rule) => JSON.stringify(rule.when).includes('"medication"'));
      expect(reading.map((rule) => [rule.id, rule.outcome])).to.deep.equal([['medication-welcome', 'eligible']]);
      expect(reading[0].reason.en).to.contain('never counts against you');
    });

    it('has a reason for every outcome: each criterion says why it fits as well as why it may not', () => {
      const outcomes = new Set(COLORADO_SCHOLARSHIP.rules.map((rule) => rule.outcome));
      expect([...outcomes].sort()).to.deep.equal(['eligible', 'ineligible', 'review']);
      for (const question of ['age', 'resident', 'recovery', 'house-rules']) {
        const when = (outcome: Outcome) =>
          COLORADO_SCHOLARSHIP.rules.filter((rule) => rule.outcome === outcome && JSON.stringify(rule.when).includes(`"${question}"`));
        expect(when('eligible'), `an eligible rule reads ${question}`).to.have.length(1);
        expect(when('ineligible'), `an ineligible rule reads ${question}`).to.have.length(1);
      }
    });

    // Everything that fits, uninsured (so income is not asked).
    const fits: Answers = { age: 'yes', resident: 'yes', recovery: 'yes', medication: 'no', 'house-rules': 'yes', insurance: 'none' };
    const insured = (size: number, amount: number | null): Answers => ({ ...fits, insurance: 'covered', household: { size, amount } });
    // Why everything fits for an uninsured visitor, and for an insured one within the limit.
    const WHY = ['is-adult', 'lives-in-colorado', 'is-in-recovery', 'accepts-house-rules'];
    const WHY_UNINSURED = [...WHY, 'insurance-gap'];
    const WHY_WITHIN = [...WHY, 'income-within-limit'];
    const cases: Array<[string, Answers, Outcome, string[]]> = [
      ['everything fits, uninsured', fits, 'eligible', WHY_UNINSURED],
      [
        'medication for addiction never counts against anyone, and is welcomed',
        { ...fits, medication: 'yes' },
        'eligible',
        ['is-adult', 'lives-in-colorado', 'is-in-recovery', 'medication-welcome', 'accepts-house-rules', 'insurance-gap'],
      ],
      ['under 18', { ...fits, age: 'no' }, 'ineligible', ['adult']],
      ['not a Colorado resident', { ...fits, resident: 'no' }, 'ineligible', ['colorado-resident']],
      ['not in recovery', { ...fits, recovery: 'no' }, 'ineligible', ['in-recovery']],
      ['will not follow house rules', { ...fits, 'house-rules': 'no' }, 'ineligible', ['house-rules']],
      ['unsure about house rules', { ...fits, 'house-rules': 'unsure' }, 'review', ['house-rules-unsure']],
      ['underinsured: income is not asked', { ...fits, insurance: 'under' }, 'eligible', WHY_UNINSURED],
      ['1 person, at 300% (47,880)', insured(1, 47880), 'eligible', WHY_WITHIN],
      ['1 person, 1 below', insured(1, 47879), 'eligible', WHY_WITHIN],
      ['1 person, 1 above', insured(1, 47881), 'ineligible', ['income-over-limit']],
      ['2 people, at 300% (64,920)', insured(2, 64920), 'eligible', WHY_WITHIN],
      ['2 people, 1 above', insured(2, 64921), 'ineligible', ['income-over-limit']],
      ['4 people, at 300% (99,000)', insured(4, 99000), 'eligible', WHY_WITHIN],
      ['4 people, 1 below', insured(4, 98999), 'eligible', WHY_WITHIN],
      ['4 people, 1 above', insured(4, 99001), 'ineligible', ['income-over-limit']],
      ['8 people, at 300% (167,160)', insured(8, 167160), 'eligible', WHY_WITHIN],
      ['8 people, 1 above', insured(8, 167161), 'ineligible', ['income-over-limit']],
      ['10 people, beyond the table, at 300% (201,240)', insured(10, 201240), 'eligible', WHY_WITHIN],
      ['10 people, 1 above', insured(10, 201241), 'ineligible', ['income-over-limit']],
      ['insured, income unknown', insured(3, null), 'review', ['income-unknown']],
      ['insurance unsure: income is not asked', { ...fits, insurance: 'unsure' }, 'review', ['insurance-unsure']],
      [
        'insurance unsure: an old income answer over the limit is ignored',
        { ...insured(1, 60000), insurance: 'unsure' },
        'review',
        ['insurance-unsure'],
      ],
      [
        'insurance unsure and house rules unsure',
        { ...fits, insurance: 'unsure', 'house-rules': 'unsure' },
        'review',
        ['house-rules-unsure', 'insurance-unsure'],
      ],
      ['insurance unsure and under 18', { ...fits, insurance: 'unsure', age: 'no' }, 'ineligible', ['adult']],
      ['showIf: an old income answer is ignored once uninsured', { ...insured(1, 900000), insurance: 'none' }, 'eligible', WHY_UNINSURED],
      [
        'showIf: an old "unknown" income is ignored once underinsured',
        { ...insured(1, null), insurance: 'under' },
        'eligible',
        WHY_UNINSURED,
      ],
      ['two ineligible reasons, in rule order', { ...fits, resident: 'no', age: 'no' }, 'ineligible', ['adult', 'colorado-resident']],
      ['ineligible wins over review', { ...fits, age: 'no', 'house-rules': 'unsure' }, 'ineligible', ['adult']],
      ['two review reasons', { ...insured(2, null), 'house-rules': 'unsure' }, 'review', ['house-rules-unsure', 'income-unknown']],
      ['medication with house rules unsure', { ...fits, medication: 'yes', 'house-rules': 'unsure' }, 'review', ['house-rules-unsure']],
      ['over the limit and under 18', { ...insured(1, 100000), age: 'no' }, 'ineligible', ['adult', 'income-over-limit']],
      ['no answers: no rule can match', {}, 'eligible', []],
    ];
    for (const [name, answers, outcome, reasons] of cases) {
      it(`${name} → ${outcome} ${reasons.join(', ')}`, () => {
        const decision = decide(COLORADO_SCHOLARSHIP, answers);
        expect(decision.outcome).to.equal(outcome);
        expect(decision.reasons.map((rule) => rule.id)).to.deep.equal(reasons);
      });
    }
  });

  describe('askedQuestions and nextUnanswered (showIf)', () => {
    const ids = (answers: Answers) => askedQuestions(COLORADO_SCHOLARSHIP, answers).map((question) => question.id);
    const all = ['age', 'resident', 'recovery', 'medication', 'house-rules', 'insurance'];
    const cases: Array<[Answers, string[]]> = [
      [{}, all],
      [{ insurance: 'none' }, all],
      [{ insurance: 'under' }, all],
      [{ insurance: 'covered' }, [...all, 'household']],
      [{ insurance: 'unsure' }, all],
    ];
    for (const [answers, expected] of cases) {
      it(`${JSON.stringify(answers)} asks ${expected.length} questions`, () => expect(ids(answers)).to.deep.equal(expected));
    }

    it('a showIf reading a question that was not asked is false', async () => {
      const chain = await checkRuleSet(
        custom((set) =>
          set.questions.push({
            id: 'follow-up',
            type: 'yes-no',
            label: both('More?'),
            showIf: { '==': [{ var: 'household.known' }, true] },
          }),
        ),
      );
      if (!chain.ok) throw new Error(chain.error);
      const asked = (answers: Answers) => askedQuestions(chain.value, answers).map((question) => question.id);
      expect(asked({ resident: 'yes', household: { size: 1, amount: 5 } })).to.deep.equal([
        'age',
        'resident',
        'stage',
        'household',
        'follow-up',
      ]);
      expect(asked({ resident: 'no', household: { size: 1, amount: 5 } })).to.deep.equal(['age', 'resident', 'stage']);
    });

    it('nextUnanswered finds the next question to ask, after a change too', () => {
      const next = (answers: Answers, after?: string) => nextUnanswered(COLORADO_SCHOLARSHIP, answers, after)?.id;
      expect(next({})).to.equal('age');
      expect(next({ age: 'yes' }, 'age')).to.equal('resident');
      const complete: Answers = { age: 'yes', resident: 'yes', recovery: 'no', medication: 'no', 'house-rules': 'yes', insurance: 'none' };
      expect(next(complete)).to.equal(undefined);
      // Changing insurance to "covered" reveals the income question, which now needs an answer.
      expect(next({ ...complete, insurance: 'covered' }, 'insurance')).to.equal('household');
      expect(next({ ...complete, insurance: 'covered', household: { size: 1, amount: null } }, 'insurance')).to.equal(undefined);
    });
  });

  describe('a custom rule set (number, choice, income with its own limit)', () => {
    const ruleSet = CUSTOM as RuleSet;
    const cases: Array<[Answers, Outcome, string[]]> = [
      [{ age: 17, resident: 'yes', stage: 'early', household: { size: 1, amount: 0 } }, 'ineligible', ['minor']],
      [{ age: 18, resident: 'yes', stage: 'early', household: { size: 1, amount: 20000 } }, 'eligible', []],
      [{ age: 18, resident: 'yes', stage: 'early', household: { size: 1, amount: 20001 } }, 'ineligible', ['income']],
      [{ age: 40, resident: 'yes', stage: 'later', household: { size: 3, amount: 42000 } }, 'eligible', []],
      [{ age: 40, resident: 'yes', stage: 'later', household: { size: 3, amount: 42001 } }, 'ineligible', ['income']],
      [{ age: 40, resident: 'no', stage: 'later', household: { size: 3, amount: 999999 } }, 'review', ['elsewhere']],
    ];
    for (const [answers, outcome, reasons] of cases) {
      it(`${JSON.stringify(answers)} → ${outcome}`, async () => {
        expect((await checkRuleSet(CUSTOM)).ok).to.be.true;
        const decision = decide(ruleSet, answers);
        expect([decision.outcome, decision.reasons.map((rule) => rule.id)]).to.deep.equal([outcome, reasons]);
      });
    }

    it('incomeFacts gives the guideline, the limit and the percentage', () => {
      expect(incomeFacts(DEFAULT_INCOME_LIMIT, { size: 4, amount: 33000 })).to.deep.equal({
        limit: 99000,
        percent: 100,
        withinLimit: true,
      });
      expect(incomeFacts(DEFAULT_INCOME_LIMIT, { size: 9, amount: null })).to.deep.equal({
        limit: 184200,
        percent: null,
        withinLimit: null,
      });
      expect(incomeFacts(CUSTOM.incomeLimit, { size: 5, amount: 46000 })).to.deep.equal({ limit: 46000, percent: 200, withinLimit: true });
    });
  });

  describe('conditions (the JSON Logic subset)', () => {
    const answers: Record<string, string | number | boolean | null> = { age: 30, resident: 'yes', none: null, within: false };
    const read = (name: string) => answers[name] ?? null;
    const cases: Array<[unknown, unknown]> = [
      [{ '==': [{ var: 'resident' }, 'yes'] }, true],
      [{ '===': [{ var: 'resident' }, 'yes'] }, true],
      [{ '!=': [{ var: 'resident' }, 'yes'] }, false],
      [{ '==': [{ var: 'age' }, '30'] }, false],
      [{ '<': [{ var: 'age' }, 31] }, true],
      [{ '<=': [18, { var: 'age' }, 30] }, true],
      [{ '<': [18, { var: 'age' }, 30] }, false],
      [{ '>=': [{ var: 'age' }, 30] }, true],
      [{ '>': [{ var: 'age' }, 30] }, false],
      [{ '<': [{ var: 'none' }, 18] }, false],
      [{ '>=': [{ var: 'none' }, 0] }, false],
      [{ '==': [{ var: 'none' }, null] }, true],
      [{ '==': [{ var: 'within' }, false] }, true],
      [{ '==': [{ var: 'none' }, false] }, false],
      [{ in: [{ var: 'resident' }, ['yes', 'unsure']] }, true],
      [{ in: [{ var: 'none' }, ['yes', null]] }, false],
      [{ and: [true, { '>': [{ var: 'age' }, 1] }] }, true],
      [{ or: [false, { '==': [{ var: 'resident' }, 'no'] }] }, false],
      [{ '!': { var: 'within' } }, true],
      [{ '!': [{ var: 'resident' }] }, false],
      [{ '!': [[]] }, true],
    ];
    for (const [condition, expected] of cases) {
      it(`${JSON.stringify(condition)} → ${expected}`, () => expect(evaluate(condition, read)).to.equal(expected));
    }
  });

  describe('checkRuleSet: every message says where the problem is (a path, and the question or rule)', () => {
    const cases: Array<[string, unknown, string]> = [
      ['not an object', [], 'expected an object with "questions" and "rules", got an array'],
      ['no questions', { questions: [], rules: [] }, '"questions" must be a list of at least one question'],
      ['rules not a list', custom((set) => (set.rules = {})), '"rules" must be a list, got an object'],
      [
        'a misspelt top-level field',
        custom((set) => (set.rule = [])),
        'unknown field "rule" at the top level (expected questions, rules, incomeLimit)',
      ],
      [
        'an id at the top level',
        custom((set) => (set.id = 'colorado')),
        'unknown field "id" at the top level (expected questions, rules, incomeLimit)',
      ],
      [
        'an unknown question in a rule',
        custom((set) => (set.rules[0].when = { '<': [{ var: 'agee' }, 18] })),
        'rules[0].when (rule "minor"): unknown question "agee"',
      ],
      [
        'an unknown question in a later rule',
        custom((set) => (set.rules[2].when = { '==': [{ var: 'residant' }, 'yes'] })),
        'rules[2].when (rule "income"): unknown question "residant"',
      ],
      [
        'a question that is not an object',
        custom((set) => (set.questions[1] = 'resident')),
        'questions[1]: must be an object, got a string',
      ],
      [
        'an unknown question type',
        custom((set) => (set.questions[0].type = 'date')),
        'questions[0].type (question "age"): must be one of yes-no, number, choice, income, got "date"',
      ],
      [
        'a question without a label',
        custom((set) => delete set.questions[1].label),
        'questions[1].label (question "resident"): is missing',
      ],
      [
        'a label without Spanish',
        custom((set) => delete set.questions[1].label.es),
        'questions[1].label.es (question "resident"): is missing',
      ],
      [
        'a hint that is a string',
        custom((set) => (set.questions[1].hint = 'Yes or no')),
        'questions[1].hint (question "resident"): must be {"en": "…", "es": "…"}, got a string',
      ],
      ['a question id used twice', custom((set) => (set.questions[1].id = 'age')), 'questions[1].id: "age" is used twice'],
      [
        'an id with a space',
        custom((set) => (set.questions[2].id = 'the stage')),
        'questions[2].id: must be a word like "age", got "the stage"',
      ],
      [
        'a misspelt question field',
        custom((set) => (set.questions[0].lable = both('x'))),
        'questions[0] (question "age"): unknown field "lable" (expected id, type, label, hint, showIf)',
      ],
      [
        'options on a yes-no question',
        custom((set) => (set.questions[1].options = [])),
        'questions[1] (question "resident"): unknown field "options" (expected id, type, label, hint, showIf, unsure)',
      ],
      [
        'a choice with one option',
        custom((set) => set.questions[2].options.pop()),
        'questions[2].options (question "stage"): must list at least two {"value", "label"}',
      ],
      [
        'an option without a value',
        custom((set) => delete set.questions[2].options[1].value),
        'questions[2].options[1].value (question "stage"): is missing',
      ],
      [
        'an option label without English',
        custom((set) => delete set.questions[2].options[0].label.en),
        'questions[2].options[0].label.en (question "stage"): is missing',
      ],
      [
        'showIf reading a later question',
        custom((set) => (set.questions[0].showIf = { '==': [{ var: 'resident' }, 'yes'] })),
        'questions[0].showIf (question "age"): unknown question "resident" (showIf reads only questions asked before)',
      ],
      ['a rule that is not an object', custom((set) => (set.rules[1] = null)), 'rules[1]: must be an object, got null'],
      [
        'a wrong outcome',
        custom((set) => (set.rules[0].outcome = 'maybe')),
        'rules[0].outcome (rule "minor"): must be one of ineligible, review, eligible, got "maybe"',
      ],
      ['a rule without a reason', custom((set) => delete set.rules[1].reason), 'rules[1].reason (rule "elsewhere"): is missing'],
      ['a rule without a condition', custom((set) => delete set.rules[1].when), 'rules[1].when (rule "elsewhere"): is missing'],
      [
        'a misspelt rule field',
        custom((set) => (set.rules[1].then = 'review')),
        'rules[1] (rule "elsewhere"): unknown field "then" (expected id, when, outcome, reason)',
      ],
      ['a rule id used twice', custom((set) => (set.rules[1].id = 'minor')), 'rules[1].id: "minor" is used twice'],
      ['a rule without an id', custom((set) => delete set.rules[0].id), 'rules[0].id: must be a word like "age", got undefined'],
      [
        'an unknown operator',
        custom((set) => (set.rules[0].when = { less: [{ var: 'age' }, 18] })),
        'rules[0].when (rule "minor"): unknown operator "less" (use var and or ! in < <= > >= == === != !==)',
      ],
      [
        'an answer a yes-no question cannot have',
        custom((set) => (set.rules[1].when = { '==': [{ var: 'resident' }, 'maybe'] })),
        'rules[1].when (rule "elsewhere"): "maybe" is not an answer to "resident" (yes, no)',
      ],
      [
        'a choice value that is not an option',
        custom((set) => (set.rules[1].when = { in: [{ var: 'stage' }, ['early', 'late']] })),
        'rules[1].when (rule "elsewhere"): "late" is not an answer to "stage" (early, later)',
      ],
      [
        'a yes-no answer compared with a boolean',
        custom((set) => (set.rules[1].when = { '==': [{ var: 'resident' }, true] })),
        'rules[1].when (rule "elsewhere"): true is not an answer to "resident" (yes, no)',
      ],
      [
        'an income field that does not exist',
        custom((set) => (set.rules[2].when = { '>': [{ var: 'household.salary' }, 1] })),
        'rules[2].when (rule "income"): unknown question "household.salary"',
      ],
      [
        'var without a name',
        custom((set) => (set.rules[0].when = { '<': [{ var: 1 }, 18] })),
        'rules[0].when (rule "minor"): "var" takes a question id',
      ],
      [
        'a condition that is a string',
        custom((set) => (set.rules[0].when = 'age < 18')),
        'rules[0].when (rule "minor"): a condition must be an operation like {"==": [a, b]}, true or false',
      ],
      [
        'two operators in one object',
        custom((set) => (set.rules[0].when = { '<': [{ var: 'age' }, 18], '>': [{ var: 'age' }, 1] })),
        'rules[0].when (rule "minor"): an operation must have exactly one key',
      ],
      [
        '"in" without a list',
        custom((set) => (set.rules[1].when = { in: [{ var: 'resident' }, 'yes'] })),
        'rules[1].when (rule "elsewhere"): "in" takes a value and a list',
      ],
      [
        'an unknown question inside "and"',
        custom((set) => (set.rules[0].when = { and: [true, { '!': { var: 'adult' } }] })),
        'rules[0].when (rule "minor"): unknown question "adult"',
      ],
      [
        'a zero percent income limit',
        custom((set) => (set.incomeLimit.percent = 0)),
        'incomeLimit must be like {"year": 2026, "percent": 300, "guidelines": [15960, 21640], "eachAdditional": 5680}',
      ],
      [
        'an empty guideline table',
        custom((set) => (set.incomeLimit.guidelines = [])),
        'incomeLimit must be like {"year": 2026, "percent": 300, "guidelines": [15960, 21640], "eachAdditional": 5680}',
      ],
      [
        'an income limit without a year',
        custom((set) => delete set.incomeLimit.year),
        'incomeLimit must be like {"year": 2026, "percent": 300, "guidelines": [15960, 21640], "eachAdditional": 5680}',
      ],
    ];
    for (const [name, input, message] of cases) {
      it(`${name}: ${message}`, async () => expect(await checkRuleSet(input)).to.deep.equal({ ok: false, error: message }));
    }
  });

  describe('decidedEarly: an answer that rules the visitor out ends the questions at once', () => {
    const ids = (answers: Answers, ruleSet: RuleSet = COLORADO_SCHOLARSHIP) =>
      decidedEarly(ruleSet, answers)?.reasons.map((rule) => rule.id);
    const cases: Array<[string, Answers, string[] | undefined]> = [
      ['no answers yet', {}, undefined],
      ['18 or older, the rest to come', { age: 'yes' }, undefined],
      ['under 18, nothing else answered', { age: 'no' }, ['adult']],
      ['not in Colorado, after a fitting first answer', { age: 'yes', resident: 'no' }, ['colorado-resident']],
      ['not in recovery', { age: 'yes', resident: 'yes', recovery: 'no' }, ['in-recovery']],
      ['two answers that rule out, both given', { age: 'no', resident: 'no' }, ['adult', 'colorado-resident']],
      [
        'unsure about house rules is a conversation, not an end',
        { age: 'yes', resident: 'yes', recovery: 'yes', medication: 'no', 'house-rules': 'unsure' },
        undefined,
      ],
      [
        'covered by insurance: the income question is still to come',
        { age: 'yes', resident: 'yes', recovery: 'yes', medication: 'no', 'house-rules': 'yes', insurance: 'covered' },
        undefined,
      ],
      [
        'income over the limit, with insurance',
        {
          age: 'yes',
          resident: 'yes',
          recovery: 'yes',
          medication: 'no',
          'house-rules': 'yes',
          insurance: 'covered',
          household: { size: 1, amount: 90000 },
        },
        ['income-over-limit'],
      ],
      [
        'an old income over the limit no longer counts once uninsured',
        {
          age: 'yes',
          resident: 'yes',
          recovery: 'yes',
          medication: 'no',
          'house-rules': 'yes',
          insurance: 'none',
          household: { size: 1, amount: 90000 },
        },
        undefined,
      ],
    ];
    for (const [name, answers, expected] of cases) {
      it(`${name} → ${expected ? expected.join(', ') : 'not yet decided'}`, () => {
        expect(ids(answers)).to.deep.equal(expected);
        if (expected) expect(decidedEarly(COLORADO_SCHOLARSHIP, answers)!.outcome).to.equal('ineligible');
      });
    }

    // A rule that reads a question still to come is decided only when the known answers settle it.
    const rules = (when: unknown) => ({ ...CUSTOM, rules: [{ id: 'r', when, outcome: 'ineligible', reason: both('r') }] }) as RuleSet;
    const conditions: Array<[string, unknown, Answers, boolean]> = [
      [
        '"or": one known true side settles it',
        { or: [{ '<': [{ var: 'age' }, 18] }, { '==': [{ var: 'resident' }, 'no'] }] },
        { age: 16 },
        true,
      ],
      [
        '"or": a known false side waits for the other',
        { or: [{ '<': [{ var: 'age' }, 18] }, { '==': [{ var: 'resident' }, 'no'] }] },
        { age: 30 },
        false,
      ],
      [
        '"and": waits while a side is unknown',
        { and: [{ '<': [{ var: 'age' }, 18] }, { '==': [{ var: 'resident' }, 'no'] }] },
        { age: 16 },
        false,
      ],
      [
        '"and": both known',
        { and: [{ '<': [{ var: 'age' }, 18] }, { '==': [{ var: 'resident' }, 'no'] }] },
        { age: 16, resident: 'no' },
        true,
      ],
      ['"!" of an unknown is unknown', { '!': { '==': [{ var: 'resident' }, 'yes'] } }, { age: 16 }, false],
      [
        '"not asked" cannot be known before the question might be asked',
        { '==': [{ var: 'household.known' }, null] },
        { age: 16, resident: 'yes' },
        false,
      ],
      ['…and is known once its showIf is false', { '==': [{ var: 'household.known' }, null] }, { age: 16, resident: 'no' }, true],
      ['a literal true', true, {}, true],
    ];
    for (const [name, when, answers, decided] of conditions) {
      it(`${name}`, () => expect(!!decidedEarly(rules(when), answers)).to.equal(decided));
    }

    it('agrees with decide once every question is answered (every Colorado answer combination)', () => {
      const yesNo = ['yes', 'no'];
      for (const age of yesNo)
        for (const resident of yesNo)
          for (const recovery of yesNo)
            for (const rules of ['yes', 'no', 'unsure'])
              for (const insurance of ['none', 'under', 'covered', 'unsure'])
                for (const amount of [null, 20000, 90000]) {
                  const answers: Answers = {
                    age,
                    resident,
                    recovery,
                    medication: 'no',
                    'house-rules': rules,
                    insurance,
                    household: { size: 2, amount },
                  };
                  const full = decide(COLORADO_SCHOLARSHIP, answers);
                  const early = decidedEarly(COLORADO_SCHOLARSHIP, answers);
                  expect(early, JSON.stringify(answers)).to.deep.equal(full.outcome === 'ineligible' ? full : undefined);
                }
    });
  });

  describe('evaluate with answers still to come (UNKNOWN)', () => {
    const read = (name: string) => (name === 'known' ? 'yes' : UNKNOWN);
    const cases: Array<[unknown, unknown]> = [
      [{ '==': [{ var: 'later' }, 'yes'] }, UNKNOWN],
      [{ and: [false, { var: 'later' }] }, false],
      [{ and: [true, { var: 'later' }] }, UNKNOWN],
      [{ or: [true, { var: 'later' }] }, true],
      [{ or: [false, { var: 'later' }] }, UNKNOWN],
      [{ in: [{ var: 'known' }, ['no', { var: 'later' }]] }, UNKNOWN],
      [{ '<': [{ var: 'later' }, 18] }, UNKNOWN],
      [{ '==': [{ var: 'known' }, 'yes'] }, true],
    ];
    for (const [condition, expected] of cases) {
      it(`${JSON.stringify(condition)} → ${String(expected)}`, () => expect(evaluate(condition, read)).to.equal(expected));
    }
  });

  describe('formatNumber (Intl, en-US and es-US)', () => {
    const cases: Array<[number, string, boolean, string]> = [
      [40000, 'en', true, '$40,000'],
      [40000, 'es', true, '$40,000'],
      [1234567, 'en', false, '1,234,567'],
      [1234567, 'es', false, '1,234,567'],
      [3, 'es', false, '3'],
      [40000, '__proto__', true, '$40,000'],
      [40000, 'constructor', true, '$40,000'],
    ];
    for (const [value, lang, money, expected] of cases) {
      it(`${value} in ${lang}${money ? ' (money)' : ''} → ${expected}`, () => expect(formatNumber(value, lang, money)).to.equal(expected));
    }
  });

  describe('parseWholeNumber', () => {
    const cases: Array<[string, number | undefined]> = [
      ['45000', 45000],
      [' 45,000 ', 45000],
      ['$45 000', 45000],
      ['0', 0],
      ['', undefined],
      ['   ', undefined],
      ['45k', undefined],
      ['-5', undefined],
      ['4.5', undefined],
      ['1e5', undefined],
      ['9999999999', undefined],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input)} → ${expected}`, () => expect(parseWholeNumber(input)).to.equal(expected));
    }
  });
});
