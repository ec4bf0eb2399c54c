import { expect } from '@open-wc/testing';
import {
  byAudience,
  findGroups,
  FORMATS,
  listPrograms,
  localText,
  parseIdList,
  PREFERRED_APPROACHES,
  programWords,
  ROLES,
  SITUATIONS,
  SUBSTANCES,
  type Answers,
  type Program,
  type Reason,
  type Relaxed,
} from '../../src/core/groups.js';
import { checkLocalGroups } from '../../src/core/local-groups.js';
import { PROGRAM_IDS, PROGRAMS } from '../../src/data/programs.js';
import { PROGRAMS_ES } from '../../src/data/programs.es.js';

const DEFAULTS: Answers = { role: 'partner', situation: 'any', substance: 'any', approach: 'any', format: 'any' };
const ids = (answers: Partial<Answers>, local: Program[] = [], exclude: string[] = []) =>
  findGroups({ ...DEFAULTS, ...answers }, PROGRAMS, local, new Set(exclude)).matches.map((match) => match.program.id);

interface Scenario {
  name: string;
  answers: Partial<Answers>;
  /** The first programs, in this order. */
  top: string[];
  /** The whole list, when it is short enough to pin. */
  only?: string[];
  /** Programs that must not be offered. */
  absent?: string[];
  relaxed?: Relaxed;
  /** Reasons a program must show. */
  reasons?: Record<string, Reason[]>;
}

/** What a knowledgeable peer coach would say, answer by answer (CONTENT.md's matching hints and more). */
const SCENARIOS: Scenario[] = [
  {
    name: 'partner, loved one not in treatment, secular → CRAFT and SMART Family & Friends first',
    answers: { situation: 'not-in-treatment', approach: 'secular' },
    top: ['invitation-to-change', 'smart-family'],
    absent: ['al-anon', 'nar-anon', 'celebrate-recovery', 'pal', 'aa'],
    reasons: { 'invitation-to-change': ['welcomes-partner', 'helps-not-in-treatment', 'approach-secular'] },
  },
  {
    name: 'partner, loved one not in treatment, any approach → CRAFT programs first',
    answers: { situation: 'not-in-treatment' },
    top: ['invitation-to-change', 'smart-family'],
    absent: ['grasp', 'partnership-parent-coaching'],
  },
  {
    name: 'teen → Alateen and Narateen',
    answers: { role: 'teen' },
    top: ['alateen', 'nar-anon'],
    absent: ['al-anon', 'pal', 'aa', 'partnership-parent-coaching'],
    reasons: { alateen: ['madeFor-teen'] },
  },
  {
    name: 'teen, drugs → Narateen, not Alateen',
    answers: { role: 'teen', substance: 'drugs' },
    top: ['nar-anon'],
    absent: ['alateen'],
    reasons: { 'nar-anon': ['madeFor-teen', 'substance-drugs'] },
  },
  {
    name: 'teen, alcohol → Alateen, not Narateen',
    answers: { role: 'teen', substance: 'alcohol' },
    top: ['alateen'],
    absent: ['nar-anon'],
  },
  {
    name: 'parent, opioids → Learn to Cope and PAL',
    answers: { role: 'parent', substance: 'opioids' },
    top: ['learn-to-cope', 'pal'],
    absent: ['al-anon', 'alateen', 'aa'],
    reasons: { 'learn-to-cope': ['madeFor-parent', 'substance-opioids'] },
  },
  {
    name: 'parent, opioids, not in treatment → CRAFT parent coaching, then Learn to Cope',
    answers: { role: 'parent', substance: 'opioids', situation: 'not-in-treatment' },
    top: ['partnership-parent-coaching', 'learn-to-cope'],
  },
  {
    name: 'parent, opioids, secular, in person → Learn to Cope (peer-led) then SMART Family & Friends',
    answers: { role: 'parent', substance: 'opioids', approach: 'secular', format: 'in-person' },
    only: ['learn-to-cope', 'smart-family'],
    top: ['learn-to-cope', 'smart-family'],
  },
  {
    name: 'partner, bereaved → GRASP only',
    answers: { situation: 'bereaved' },
    top: ['grasp'],
    only: ['grasp'],
    reasons: { grasp: ['welcomes-partner', 'helps-bereaved'] },
  },
  { name: 'teen, bereaved → GRASP only', answers: { role: 'teen', situation: 'bereaved' }, top: ['grasp'], only: ['grasp'] },
  {
    name: 'parent, bereaved, by phone → GRASP anyway, saying the format was set aside',
    answers: { role: 'parent', situation: 'bereaved', format: 'phone' },
    top: ['grasp'],
    only: ['grasp'],
    relaxed: ['format'],
    reasons: { grasp: ['welcomes-parent', 'helps-bereaved'] },
  },
  {
    name: 'in recovery, 12-step → AA and NA',
    answers: { role: 'self', approach: '12-step' },
    top: ['aa', 'na'],
    absent: ['smart-recovery', 'recovery-dharma', 'lifering', 'al-anon', 'nar-anon'],
    reasons: { aa: ['madeFor-self', 'approach-12-step'] },
  },
  {
    name: 'in recovery, 12-step, alcohol → AA, not NA',
    answers: { role: 'self', approach: '12-step', substance: 'alcohol' },
    top: ['aa'],
    absent: ['na'],
  },
  {
    name: 'in recovery, 12-step, opioids → NA, not AA',
    answers: { role: 'self', approach: '12-step', substance: 'opioids' },
    top: ['na'],
    absent: ['aa'],
  },
  {
    name: 'in recovery, secular → SMART Recovery and LifeRing',
    answers: { role: 'self', approach: 'secular' },
    top: ['smart-recovery', 'lifering'],
    only: ['smart-recovery', 'lifering'],
  },
  {
    name: 'in recovery, no preference → the five programs for people in recovery first, no family groups',
    answers: { role: 'self' },
    top: ['aa', 'na', 'smart-recovery', 'recovery-dharma', 'lifering'],
    absent: ['al-anon', 'nar-anon', 'smart-family', 'grasp', 'pal'],
  },
  {
    name: 'in recovery, faith-based → Celebrate Recovery',
    answers: { role: 'self', approach: 'faith' },
    top: ['celebrate-recovery'],
    only: ['celebrate-recovery'],
  },
  {
    name: 'partner, faith-based → Celebrate Recovery, then PAL',
    answers: { approach: 'faith' },
    top: ['celebrate-recovery', 'pal'],
    absent: ['al-anon', 'smart-family', 'coda'],
    reasons: { 'celebrate-recovery': ['welcomes-partner', 'approach-faith'] },
  },
  {
    name: 'parent, faith-based → PAL, then Celebrate Recovery',
    answers: { role: 'parent', approach: 'faith' },
    top: ['pal', 'celebrate-recovery'],
  },
  {
    name: 'relative or friend, by phone → Al-Anon and CoDA',
    answers: { role: 'family', format: 'phone' },
    top: ['al-anon', 'coda'],
    only: ['al-anon', 'coda'],
    reasons: { 'al-anon': ['welcomes-family', 'format-phone'] },
  },
  {
    name: 'parent, by phone, not in treatment → parent coaching first',
    answers: { role: 'parent', format: 'phone', situation: 'not-in-treatment' },
    top: ['partnership-parent-coaching'],
  },
  {
    name: 'teen, secular → no secular teen program, so the approach is set aside and Alateen/Narateen come first',
    answers: { role: 'teen', approach: 'secular' },
    top: ['alateen', 'nar-anon'],
    relaxed: ['approach'],
  },
  {
    name: 'partner, in recovery, 12-step, alcohol → Al-Anon, for the partner’s own patterns',
    answers: { situation: 'in-recovery', approach: '12-step', substance: 'alcohol' },
    top: ['al-anon'],
    absent: ['nar-anon', 'smart-family'],
    reasons: { 'al-anon': ['welcomes-partner', 'helps-alongside', 'substance-alcohol', 'approach-12-step'] },
  },
  {
    name: 'partner, drugs, 12-step, in person → Nar-Anon, not Al-Anon',
    answers: { substance: 'drugs', approach: '12-step', format: 'in-person' },
    top: ['nar-anon'],
    absent: ['al-anon'],
  },
  {
    name: 'partner, all defaults (one click) → every family program for partners, in directory order',
    answers: {},
    top: ['al-anon'],
    only: [
      'al-anon',
      'nar-anon',
      'families-anonymous',
      'invitation-to-change',
      'smart-family',
      'pal',
      'learn-to-cope',
      'coda',
      'celebrate-recovery',
    ],
  },
  {
    name: 'relative or friend, online, secular → CRAFT online programs',
    answers: { role: 'family', format: 'online', approach: 'secular' },
    top: ['invitation-to-change', 'smart-family'],
    absent: ['partnership-parent-coaching'],
  },
];

describe('core/groups', () => {
  describe(`scenario table (${SCENARIOS.length} scenarios)`, () => {
    for (const { name, answers, top, only, absent = [], relaxed = [], reasons = {} } of SCENARIOS) {
      it(name, () => {
        const found = findGroups({ ...DEFAULTS, ...answers }, PROGRAMS);
        const list = found.matches.map((match) => match.program.id);
        expect(list.slice(0, top.length), 'first programs').to.deep.equal(top);
        if (only) expect(list, 'whole list').to.deep.equal(only);
        for (const id of absent) expect(list, `${id} is not offered`).not.to.include(id);
        expect(found.relaxed).to.deep.equal(relaxed);
        for (const [id, expected] of Object.entries(reasons)) {
          expect(found.matches.find((match) => match.program.id === id)?.reasons).to.deep.equal(expected);
        }
      });
    }
  });

  describe('every combination of answers', () => {
    const combinations: Answers[] = [];
    for (const role of ROLES)
      for (const situation of [...SITUATIONS, 'any' as const])
        for (const substance of [...SUBSTANCES, 'any' as const])
          for (const approach of [...PREFERRED_APPROACHES, 'any' as const])
            for (const format of [...FORMATS, 'any' as const]) combinations.push({ role, situation, substance, approach, format });

    it(`offers at least one program, each with reasons, and none that contradicts the role, situation or substance (${combinations.length} combinations)`, () => {
      for (const answers of combinations) {
        const { matches, relaxed } = findGroups(answers, PROGRAMS);
        const label = JSON.stringify(answers);
        expect(matches.length, label).to.be.greaterThan(0);
        for (const { program, reasons } of matches) {
          expect(program.roles, `${program.id} for ${label}`).to.include(answers.role);
          expect(reasons[0], `${program.id} for ${label}`).to.match(/^(madeFor|welcomes)-/);
          if (answers.substance !== 'any' && program.substances && program.substances !== 'any')
            expect(program.substances).to.include(answers.substance);
          if (answers.role !== 'self' && answers.situation === 'bereaved')
            expect(program.situations, `${program.id} for ${label}`).to.include('bereaved');
          if (answers.format !== 'any' && !relaxed.includes('format'))
            expect(program.formats, `${program.id} for ${label}`).to.include(answers.format);
          if (answers.approach !== 'any' && !relaxed.includes('approach')) {
            expect(
              program.approaches.includes(answers.approach) || program.approaches.every((each) => each === 'peer'),
              `${program.id} for ${label}`,
            ).to.be.true;
          }
        }
      }
    });

    it('is deterministic: the same answers always give the same list', () => {
      for (const answers of combinations.slice(0, 200)) {
        expect(findGroups({ ...answers }, PROGRAMS)).to.deep.equal(findGroups({ ...answers }, PROGRAMS));
      }
    });

    it('lists the best fit first: scores never rise down the list', () => {
      for (const answers of combinations) {
        const scores = findGroups(answers, PROGRAMS).matches.map((match) => match.score);
        expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
      }
    });
  });

  describe('local groups and exclude', () => {
    const circle: Program = {
      id: 'family-circle',
      name: 'Family Circle',
      roles: ['partner', 'parent', 'family'],
      formats: ['in-person'],
      approaches: ['peer'],
    };
    const griefNight: Program = {
      id: 'grief-night',
      name: 'Grief night',
      roles: ['partner', 'parent'],
      formats: ['in-person'],
      approaches: ['peer'],
      situations: ['bereaved'],
    };

    it('puts a matching local group first, even above a stronger national fit', () => {
      expect(ids({ situation: 'not-in-treatment', approach: 'secular' }, [circle]).slice(0, 3)).to.deep.equal([
        'family-circle',
        'invitation-to-change',
        'smart-family',
      ]);
      const local = findGroups({ ...DEFAULTS }, PROGRAMS, [circle]).matches[0];
      expect(local.local).to.be.true;
      expect(local.reasons).to.deep.equal(['welcomes-partner']);
    });

    it('leaves out local groups that do not fit', () => {
      expect(ids({ role: 'teen' }, [circle])).not.to.include('family-circle');
      expect(ids({ format: 'online' }, [circle])).not.to.include('family-circle');
      expect(ids({ situation: 'bereaved' }, [circle, griefNight])).to.deep.equal(['grief-night', 'grasp']);
      expect(ids({ situation: 'in-treatment' }, [griefNight])).not.to.include('grief-night');
    });

    it('exclude hides national programs and local groups', () => {
      expect(ids({}, [circle], ['al-anon', 'family-circle'])).to.deep.equal([
        'nar-anon',
        'families-anonymous',
        'invitation-to-change',
        'smart-family',
        'pal',
        'learn-to-cope',
        'coda',
        'celebrate-recovery',
      ]);
      expect(ids({ situation: 'bereaved' }, [], ['grasp'])).to.deep.equal([]);
      expect(listPrograms(PROGRAMS, [circle], new Set(['aa'])).map((entry) => entry.program.id)).to.deep.equal([
        'family-circle',
        ...PROGRAM_IDS.filter((id) => id !== 'aa'),
      ]);
    });

    // A property set from script may hold anything: only text names ids, anything else names none.
    const idLists: Array<[input: unknown, ids: string[]]> = [
      [' al-anon, aa  na,', ['al-anon', 'aa', 'na']],
      ['al-anon,,aa', ['al-anon', 'aa']],
      ['', []],
      [' , ', []],
      [undefined, []],
      [null, []],
      [42, []],
      [Number.NaN, []],
      [true, []],
      [['al-anon', 'aa'], []],
      [{ split: () => ['al-anon'] }, []],
      [new String('al-anon'), []],
      [Symbol('al-anon'), []],
      [() => 'al-anon', []],
      [Object.create(null), []],
    ];
    for (const [input, expected] of idLists) {
      const shown =
        typeof input === 'string'
          ? JSON.stringify(input)
          : typeof input === 'symbol'
            ? 'a symbol'
            : Array.isArray(input)
              ? JSON.stringify(input)
              : `${typeof input} ${String(Object.prototype.toString.call(input))}`;
      it(`parseIdList(${shown}) → [${expected.join(', ')}]`, () => {
        expect([...parseIdList(input)]).to.deep.equal(expected);
      });
    }
  });

  describe('all programs, by audience', () => {
    it('puts family programs under family, programs for the person in recovery under self, and those serving both under each, in order', () => {
      const { family, self } = byAudience(listPrograms(PROGRAMS));
      const ids = (listings: typeof family) => listings.map(({ program }) => program.id);
      expect(ids(self)).to.deep.equal(['coda', 'celebrate-recovery', 'aa', 'na', 'smart-recovery', 'recovery-dharma', 'lifering']);
      expect(ids(family)).to.deep.equal(
        PROGRAM_IDS.filter((id) => !['aa', 'na', 'smart-recovery', 'recovery-dharma', 'lifering'].includes(id)),
      );
      expect(new Set([...ids(family), ...ids(self)]).size).to.equal(PROGRAMS.length);
    });

    it('keeps local groups first in their audience', () => {
      const local: Program = { id: 'sober-night', name: 'Sober night', roles: ['self'], formats: ['in-person'], approaches: ['peer'] };
      const { family, self } = byAudience(listPrograms(PROGRAMS, [local]));
      expect(self[0]).to.deep.equal({ program: local, local: true });
      expect(family.map(({ program }) => program.id)).not.to.include('sober-night');
    });
  });

  describe('programWords', () => {
    const alAnon = { program: PROGRAMS[0], local: false };
    it('uses the language file’s words for a built-in program, else its English', () => {
      expect(programWords(alAnon, 'es', PROGRAMS_ES)).to.deep.equal({ name: 'Al-Anon', description: PROGRAMS_ES['al-anon'].description });
      expect(programWords(alAnon, 'en')).to.deep.equal({ name: 'Al-Anon', description: PROGRAMS[0].description });
      expect(programWords(alAnon, 'es', {})).to.deep.equal({ name: 'Al-Anon', description: PROGRAMS[0].description });
      const coaching = { program: PROGRAMS.find((program) => program.id === 'partnership-parent-coaching')!, local: false };
      expect(programWords(coaching, 'es', PROGRAMS_ES).name).to.equal('Orientación para padres (Partnership to End Addiction)');
    });

    it('uses a local group’s own words by language, never the language file’s', () => {
      const local = {
        program: {
          id: 'al-anon',
          name: { en: 'Ours', es: 'Nuestro' },
          description: 'Here.',
          roles: ['parent' as const],
          formats: ['online' as const],
          approaches: ['peer' as const],
        },
        local: true,
      };
      expect(programWords(local, 'es', PROGRAMS_ES)).to.deep.equal({ name: 'Nuestro', description: 'Here.' });
    });

    it('never reaches Object.prototype through an id', () => {
      for (const id of ['constructor', '__proto__', 'toString']) {
        const program = { program: { ...PROGRAMS[0], id }, local: false };
        expect(programWords(program, 'es', PROGRAMS_ES)).to.deep.equal({ name: 'Al-Anon', description: PROGRAMS[0].description });
      }
    });
  });

  describe('checkLocalGroups', () => {
    const good = { id: 'family-circle', name: { en: 'Family Circle', es: 'Círculo familiar' }, roles: ['partner'], formats: ['in-person'] };
    const errors: Array<[unknown, string]> = [
      [{}, 'expected an array of groups like [{"id", "name", "roles", "formats", …}], got an object'],
      [['x'], '[0] must be an object, got a string'],
      [[good, { ...good, id: 'b', name: undefined }], '[1].name is missing'],
      [[{ ...good, formats: undefined }], '[0].formats is missing'],
      [[{ ...good, formats: ['zoom'] }], '[0].formats must be a non-empty array of online, in-person, phone, got ["zoom"]'],
      [[{ ...good, roles: [] }], '[0].roles must be a non-empty array of partner, parent, teen, family, self, got []'],
      [[{ ...good, id: 'Has Space' }], '[0].id must be lower-case letters, digits and hyphens, got "Has Space"'],
      [[{ ...good, site: 'javascript:alert(1)' }], '[0].site must be an https:, http: or relative link, got "javascript:alert(1)"'],
      [[{ ...good, phone: 'call us' }], '[0].phone must be a phone number like "+1-303-555-0142", got "call us"'],
      [[{ ...good, time: { en: '' } }], '[0].time must be text, or texts by language like {"en": "…", "es": "…"}, got {"en":""}'],
      [[{ ...good, substances: 'beer' }], '[0].substances must be "any" or a non-empty array of alcohol, opioids, drugs, got "beer"'],
      [
        [{ ...good, tme: 'Tuesdays' }],
        '[0].tme is not a known field (expected id, name, roles, madeFor, approaches, formats, substances, situations, helps, site, meetings, phone, description, place, time)',
      ],
      [[{ ...good, id: 'al-anon' }], '[0].id "al-anon" is taken (by a built-in program or another group): choose another'],
      [[good, good], '[1].id "family-circle" is taken (by a built-in program or another group): choose another'],
    ];
    for (const [input, message] of errors) {
      it(`rejects: ${message}`, () => expect(checkLocalGroups(input, PROGRAM_IDS)).to.deep.equal({ ok: false, error: message }));
    }

    it('accepts a complete group and fills in the defaults', () => {
      const full = {
        ...good,
        madeFor: ['partner'],
        approaches: ['secular'],
        substances: ['opioids'],
        situations: ['in-recovery'],
        helps: ['in-recovery'],
        site: '/groups/family-circle',
        meetings: 'https://example.org/meet',
        phone: '+1 (303) 555-0142',
        description: 'A weekly circle.',
        place: '1450 Example St, Denver',
        time: { en: 'Tuesdays, 6:30 pm', es: 'Martes, 18:30' },
      };
      expect(checkLocalGroups([full], PROGRAM_IDS)).to.deep.equal({ ok: true, value: [full] });
      expect(checkLocalGroups([good], PROGRAM_IDS)).to.deep.equal({ ok: true, value: [{ approaches: ['peer'], ...good }] });
      expect(checkLocalGroups([{ ...good, substances: 'any' }], PROGRAM_IDS).ok).to.be.true;
    });
  });

  describe('the directory', () => {
    it('has every program of CONTENT.md, each id once', () => {
      for (const id of [
        'al-anon',
        'alateen',
        'nar-anon',
        'families-anonymous',
        'smart-family',
        'invitation-to-change',
        'partnership-parent-coaching',
        'pal',
        'learn-to-cope',
        'grasp',
        'coda',
        'celebrate-recovery',
        'aa',
        'na',
        'smart-recovery',
        'recovery-dharma',
        'lifering',
      ]) {
        expect(PROGRAM_IDS).to.include(id);
      }
      expect(new Set(PROGRAM_IDS).size).to.equal(PROGRAM_IDS.length);
    });

    it('passes the same checks as a local group, with https links and a description in English (programs.ts) and Spanish (programs.es.ts)', () => {
      const checked = checkLocalGroups(PROGRAMS.map((program) => ({ ...program })));
      expect(checked.ok, checked.ok ? '' : checked.error).to.be.true;
      for (const program of PROGRAMS) {
        expect(program.site, program.id).to.match(/^https:\/\/[a-z0-9.-]+\.(org|com)\//);
        if (program.meetings) expect(program.meetings, program.id).to.match(/^https:\/\//);
        expect(program.description, program.id).to.match(/^\S.+\.$/);
        expect(PROGRAMS_ES[program.id]?.description, program.id).to.match(/^\S.+\.$/);
      }
    });
  });

  describe('copy', () => {
    it('reads as US English with curly apostrophes, in both languages', () => {
      const words = [
        ...PROGRAMS.map((program) => `${program.name} ${program.description}`),
        ...Object.values(PROGRAMS_ES).map((entry) => `${entry.name ?? ''} ${entry.description}`),
      ];
      for (const text of words) {
        expect(text).not.to.match(/'/);
        expect(text).not.to.match(/behaviour|organis|counsell|wellbeing|colour/i);
      }
      expect(Object.keys(PROGRAMS_ES)).to.have.members([...PROGRAM_IDS]);
    });
  });

  describe('helpers', () => {
    it('localText picks the language, then English, then any', () => {
      expect(localText('Plain', 'es')).to.equal('Plain');
      expect(localText({ en: 'Hello', es: 'Hola' }, 'es')).to.equal('Hola');
      expect(localText({ en: 'Hello' }, 'es')).to.equal('Hello');
      expect(localText({ es: 'Hola' }, 'en')).to.equal('Hola');
      expect(localText(undefined, 'en')).to.equal('');
    });
  });
});
