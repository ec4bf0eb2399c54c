import { expect } from '@open-wc/testing';
import {
  checkItemSet,
  INTRO,
  progressToKeep,
  readProgress,
  scoreAnswers,
  scoreRange,
  setKey,
  submitScreen,
  type ItemSet,
} from '../../src/core/self-check.js';
import { SELF_CHECK_ITEMS, type CrisisLine } from '../../src/classes.js';
import { DEFAULT_CRISIS_LINES } from '../../src/data/crisis-lines.js';

/** A small valid set to break one field at a time: 3 statements × 0–2 = scores 0–6. */
function sample(): Record<string, unknown> {
  return {
    source: 'Test',
    license: 'CC0',
    options: [
      { value: 0, label: 'No' },
      { value: 1, label: 'Partly' },
      { value: 2, label: 'Yes' },
    ],
    items: [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }],
    bands: [
      { id: 'low', min: 0, max: 2, title: 'Low', meaning: 'Low meaning', steps: [{ text: 'Read', href: 'https://example.org/' }] },
      { id: 'high', min: 3, max: 6, title: 'High', meaning: 'High meaning', steps: [{ text: 'Join', link: 'groups' }] },
    ],
  };
}

/** `sample()` changed by `change`. */
function broken(change: (set: any) => void): unknown {
  const set = sample();
  change(set);
  return set;
}

describe('core/self-check', () => {
  describe('checkItemSet: every message names the field at fault', () => {
    const cases: Array<[string, unknown, string]> = [
      ['not an object', [], 'the item set must be an object, got an array'],
      ['unknown field', broken((s) => (s.item = [])), 'unknown field "item"'],
      ['no source', broken((s) => delete s.source), 'source is missing'],
      ['empty license', broken((s) => (s.license = '  ')), 'license must be non-empty text'],
      ['title not text', broken((s) => (s.title = 3)), 'title must be non-empty text'],
      ['no options', broken((s) => delete s.options), 'options must be a non-empty array of {"value", "label"} answers'],
      ['one option', broken((s) => s.options.splice(1)), 'options must have at least two answers'],
      ['option not an object', broken((s) => (s.options[1] = 'Partly')), 'options[1] must be an object, got a string'],
      ['negative value', broken((s) => (s.options[0].value = -1)), 'options[0].value must be a whole number, 0 or more'],
      ['fractional value', broken((s) => (s.options[0].value = 0.5)), 'options[0].value must be a whole number, 0 or more'],
      ['repeated value', broken((s) => (s.options[2].value = 1)), 'options[2].value 1 is used twice'],
      ['option without label', broken((s) => delete s.options[2].label), 'options[2].label is missing'],
      ['no items', broken((s) => (s.items = [])), 'items must be a non-empty array of {"text"} statements'],
      ['item not an object', broken((s) => (s.items[2] = 'Three')), 'items[2] must be an object, got a string'],
      ['item without text', broken((s) => (s.items[1] = {})), 'items[1].text is missing'],
      ['reverse not boolean', broken((s) => (s.items[0].reverse = 'yes')), 'items[0].reverse must be true or false'],
      ['no bands', broken((s) => delete s.bands), 'bands must be a non-empty array of score bands'],
      ['band without id', broken((s) => delete s.bands[1].id), 'bands[1].id is missing'],
      ['band id with a space', broken((s) => (s.bands[0].id = 'a b')), 'bands[0].id must be text without spaces or "#"'],
      ['band without min', broken((s) => delete s.bands[0].min), 'bands[0].min must be a whole number, 0 or more'],
      ['min above max', broken((s) => (s.bands[1].min = 7)), 'bands[1].min must not be above bands[1].max'],
      ['band without title', broken((s) => (s.bands[0].title = '')), 'bands[0].title must be non-empty text'],
      ['band without meaning', broken((s) => delete s.bands[1].meaning), 'bands[1].meaning is missing'],
      ['steps not an array', broken((s) => (s.bands[0].steps = 'Read')), 'bands[0].steps must be an array, got a string'],
      ['step without text', broken((s) => (s.bands[1].steps[0].text = ' ')), 'bands[1].steps[0].text must be non-empty text'],
      [
        'javascript: href',
        broken((s) => (s.bands[0].steps[0].href = 'javascript:alert(1)')),
        'bands[0].steps[0].href must be an https:, http:, tel:, sms:, mailto: or relative URL',
      ],
      ['unknown link', broken((s) => (s.bands[1].steps[0].link = 'therapist')), 'bands[1].steps[0].link must be "groups" or "talk"'],
      ['a gap', broken((s) => (s.bands[1].min = 4)), 'bands must cover 0–6 without gaps or overlaps (nothing covers 3)'],
      ['short of the top', broken((s) => (s.bands[1].max = 5)), 'bands must cover 0–6 without gaps or overlaps (nothing covers 6)'],
      ['an overlap', broken((s) => (s.bands[1].min = 2)), 'bands must cover 0–6 without gaps or overlaps (2 is in two bands)'],
      [
        'not from the lowest score',
        broken((s) => (s.bands[0].min = 1)),
        'bands must cover 0–6 without gaps or overlaps (nothing covers 0)',
      ],
      [
        'a huge max does not hang',
        broken((s) => (s.bands[0].max = 100_000_000)),
        'bands must cover 0–6 without gaps or overlaps (3 is in two bands)',
      ],
    ];
    for (const [name, input, message] of cases) {
      it(`${name}: ${message}`, () => expect(checkItemSet(input)).to.deep.equal({ ok: false, error: message }));
    }

    it('the issue’s 12 × 0–3 set must cover 0–36', () => {
      const set = {
        ...SELF_CHECK_ITEMS.en,
        bands: SELF_CHECK_ITEMS.en.bands.map((band) => (band.id === 'some' ? { ...band, min: 14 } : band)),
      };
      expect(checkItemSet(set)).to.deep.equal({ ok: false, error: 'bands must cover 0–36 without gaps or overlaps (nothing covers 10)' });
    });

    it('accepts a good set, trimming text, with optional fields', () => {
      const checked = checkItemSet(broken((s) => Object.assign(s, { id: 'pilot', lang: 'en', title: ' My title ', prompt: 'How often?' })));
      expect(checked.ok).to.be.true;
      const set = checked.ok ? checked.value : ({} as ItemSet);
      expect(set.title).to.equal('My title');
      expect(set.items[0]).to.deep.equal({ text: 'One', reverse: false });
      expect(set.bands[0].steps).to.deep.equal([{ text: 'Read', href: 'https://example.org/' }]);
      expect(set.bands[1].steps).to.deep.equal([{ text: 'Join', link: 'groups' }]);
    });

    it('bands may start below the lowest possible score (options from 1)', () => {
      const set = broken((s) => {
        s.options = [
          { value: 1, label: 'Rarely' },
          { value: 2, label: 'Often' },
        ];
        s.bands[0].max = 4;
        s.bands[1].min = 5;
      });
      expect(checkItemSet(set).ok).to.be.true;
    });
  });

  describe('the built-in set', () => {
    for (const lang of ['en', 'es'] as const) {
      it(`${lang}: passes its own validator, 12 statements, Never…Almost always 0–3, three bands over 0–36, source and license`, () => {
        const set = SELF_CHECK_ITEMS[lang];
        expect(checkItemSet(JSON.parse(JSON.stringify(set))).ok).to.be.true;
        expect(set.items).to.have.length(12);
        expect(set.options.map((option) => option.value)).to.deep.equal([0, 1, 2, 3]);
        expect(scoreRange(set)).to.deep.equal([0, 36]);
        expect(set.bands.map((band) => band.id)).to.deep.equal(['few', 'some', 'many']);
        expect(set.source).to.match(/original/i);
        expect(set.license).to.be.a('string').and.not.empty;
        expect(set.lang).to.equal(lang);
      });
    }

    it('English and Spanish have the same shape, so answers carry over a language change', () => {
      expect(setKey(SELF_CHECK_ITEMS.en)).to.equal(setKey(SELF_CHECK_ITEMS.es));
      expect(SELF_CHECK_ITEMS.en.options.map((o) => o.label)).to.deep.equal(['Never', 'Sometimes', 'Often', 'Almost always']);
      expect(SELF_CHECK_ITEMS.es.options.map((o) => o.label)).to.deep.equal(['Nunca', 'A veces', 'A menudo', 'Casi siempre']);
    });

    it('every band has a "what it may mean" and at least one next step with a group or talk link', () => {
      for (const set of Object.values(SELF_CHECK_ITEMS)) {
        for (const band of set.bands) {
          expect(band.meaning).to.not.be.empty;
          expect(band.steps.map((step) => step.link)).to.include.members(['groups', 'talk']);
        }
      }
    });

    it('the built-in crisis lines start with 988 and speak English and Spanish', () => {
      expect(DEFAULT_CRISIS_LINES[0]).to.include({ call: '988', text: '988' });
      expect(DEFAULT_CRISIS_LINES.map((line) => line.call)).to.include.members([
        '1-800-662-4357',
        '1-800-799-7233',
        '1-844-493-8255',
        '911',
      ]);
      expect(DEFAULT_CRISIS_LINES.map((line) => line.keyword)).to.include.members(['HOME', 'START', 'TALK']);
      // A name or note written once serves both languages only when it is a proper name.
      const untranslated = (lines: CrisisLine[]) =>
        lines.flatMap(({ name, note }) => [name, note]).filter((text) => typeof text === 'string');
      expect(untranslated(DEFAULT_CRISIS_LINES)).to.deep.equal(['Colorado Crisis Services']);
    });

    it('never labels the visitor', () => {
      const words = JSON.stringify(SELF_CHECK_ITEMS).toLowerCase();
      expect(words).to.not.match(/codependen|you are|usted es/);
    });
  });

  describe('scoreAnswers', () => {
    const set = SELF_CHECK_ITEMS.en;
    const all = (value: number) => Array<number>(12).fill(value);
    const cases: Array<[string, Array<number | null>, { band: string; score: number } | undefined]> = [
      ['all Never', all(0), { band: 'few', score: 0 }],
      ['nine at Sometimes', [...Array<number>(9).fill(1), 0, 0, 0], { band: 'few', score: 9 }],
      ['ten at Sometimes', [...Array<number>(10).fill(1), 0, 0], { band: 'some', score: 10 }],
      ['all Sometimes', all(1), { band: 'some', score: 12 }],
      ['21 points', [3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0], { band: 'some', score: 21 }],
      ['22 points', [3, 3, 3, 3, 3, 3, 3, 1, 0, 0, 0, 0], { band: 'many', score: 22 }],
      ['all Often', all(2), { band: 'many', score: 24 }],
      ['all Almost always', all(3), { band: 'many', score: 36 }],
      ['one unanswered', [...all(1).slice(1), null], undefined],
      ['too few answers', all(1).slice(1), undefined],
      ['a value that is not an option', [...all(1).slice(1), 4], undefined],
    ];
    for (const [name, answers, expected] of cases) {
      it(`${name} → ${expected ? `${expected.band} (${expected.score} of 36)` : 'no result'}`, () => {
        const result = scoreAnswers(set, answers);
        expect(result && { band: result.band.id, score: result.score }).to.deep.equal(expected);
        if (result) expect(result.max).to.equal(36);
      });
    }

    it('a reverse statement counts the other way round', () => {
      const checked = checkItemSet(broken((s) => (s.items[0].reverse = true)));
      const custom = checked.ok ? checked.value : ({} as ItemSet);
      expect(scoreAnswers(custom, [0, 0, 0])).to.deep.include({ score: 2, max: 6 });
      expect(scoreAnswers(custom, [2, 2, 2])).to.deep.include({ score: 4, max: 6 });
      expect(scoreAnswers(custom, [1, 1, 1])!.band.id).to.equal('high');
    });
  });

  describe('readProgress (the opt-in sessionStorage copy)', () => {
    const set = SELF_CHECK_ITEMS.en;
    const answers = [2, 1, null, null, null, null, null, null, null, null, null, null];
    const cases: Array<[string, string | null, boolean]> = [
      ['saved progress', JSON.stringify({ answers, at: 2 }), true],
      ['nothing saved', null, false],
      ['not JSON', '{', false],
      ['another length', JSON.stringify({ answers: answers.slice(1), at: 1 }), false],
      ['a value that is not an option', JSON.stringify({ answers: [7, ...answers.slice(1)], at: 1 }), false],
      ['a position outside the set', JSON.stringify({ answers, at: 12 }), false],
      ['no position', JSON.stringify({ answers }), false],
      ['answers not an array', JSON.stringify({ answers: 'abcdefghijkl', at: 0 }), false],
    ];
    for (const [name, stored, ok] of cases) {
      it(`${name} → ${ok ? 'restored' : 'ignored'}`, () => {
        expect(readProgress(set, stored)).to.deep.equal(ok ? { answers, at: 2 } : undefined);
      });
    }

    it('sets of another shape are stored under another key', () => {
      const checked = checkItemSet(sample());
      expect(setKey(checked.ok ? checked.value : set)).to.not.equal(setKey(set));
    });
  });

  describe('submitScreen: where Start, Next and See my result lead', () => {
    const none = [null, null, null];
    const cases: Array<[string, number, Array<number | null>, boolean, number | undefined, [number, number[]]]> = [
      ['steps, intro → the first statement', INTRO, none, false, undefined, [0, []]],
      ['steps, intro with saved progress → where it resumes', INTRO, [2, 1, null], false, 2, [2, []]],
      ['steps, an unanswered statement → stays, says which', 1, [2, null, null], false, undefined, [1, [1]]],
      ['steps, an answered statement → the next one', 1, [2, 0, null], false, undefined, [2, []]],
      ['steps, only this statement counts, not later ones', 0, [2, null, null], false, undefined, [1, []]],
      ['steps, the last statement answered → the result', 2, [2, 0, 1], false, undefined, [3, []]],
      ['list, nothing answered → stays, every statement missing', INTRO, none, true, undefined, [INTRO, [0, 1, 2]]],
      ['list, some answered → stays, the others missing', INTRO, [null, 1, null], true, undefined, [INTRO, [0, 2]]],
      ['list, all answered → the result', INTRO, [0, 0, 3], true, undefined, [3, []]],
      ['list ignores saved progress: there is no intro to resume from', INTRO, [0, 0, 3], true, 1, [3, []]],
    ];
    for (const [name, at, answers, list, resumeAt, expected] of cases) {
      it(name, () => expect(submitScreen(at, answers, list, resumeAt)).to.deep.equal(expected));
    }
  });

  describe('progressToKeep: what a tab keeps with `remember`', () => {
    const cases: Array<[string, number, Array<number | null>, { answers: Array<number | null>; at: number } | undefined]> = [
      ['nothing answered yet → nothing', 0, [null, null, null], undefined],
      ['on the intro, nothing answered → nothing', INTRO, [null, null, null], undefined],
      ['an answer given → the answers and the statement', 1, [2, null, null], { answers: [2, null, null], at: 1 }],
      ['back on the intro with answers → resumes at the first statement', INTRO, [2, 1, null], { answers: [2, 1, null], at: 0 }],
      ['list mode with answers → from the top', INTRO, [null, 3, null], { answers: [null, 3, null], at: 0 }],
      ['at the result → nothing: a stored copy would outlive its use', 3, [2, 1, 0], undefined],
    ];
    for (const [name, at, answers, expected] of cases) {
      it(name, () => expect(progressToKeep(at, answers)).to.deep.equal(expected));
    }
  });
});
