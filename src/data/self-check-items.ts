import type { ItemSet, StepLink } from '../core/self-check.js';

/**
 * The built-in self-check: twelve statements written for this project (none is taken or
 * adapted from a published scale or fellowship literature), two for each pattern in
 * CONTENT.md: over-focus on the other person's use, setting aside one's own needs, trying to
 * control their use, hiding feelings to keep the peace, checking and covering, and
 * self-worth tied to their sobriety. Each describes something a person does or feels,
 * never a label. The bands are not validated cut-offs: they only group the total into
 * three neutral descriptions, and the result says so.
 *
 * English and Spanish share the set's id, order, options and bands, so answers carry over
 * when the page changes language part-way through.
 */
/** Each band's id, scores, and its next steps with a named link, in order. */
const BANDS: Array<[id: string, min: number, max: number, links: StepLink[]]> = [
  ['few', 0, 9, ['groups', 'talk']],
  ['some', 10, 21, ['groups', 'talk']],
  ['many', 22, 36, ['talk', 'groups']],
];

/** One language's words for the built-in set; `itemSet()` adds everything the languages share. */
export interface ItemSetWords {
  prompt: string;
  /** Never, Sometimes, Often, Almost always: scored 0–3. */
  options: string[];
  items: string[];
  /** The two next steps every band offers. */
  steps: Record<StepLink, string>;
  /** Per band: its title, what it may mean, then any next steps of its own. */
  bands: string[][];
}

/**
 * One language's set from its words; everything else is shared. The two next steps read
 * the same in every band (what differs is what the band may mean); a band may add steps
 * of its own after its title and meaning.
 */
export function itemSet(lang: string, { prompt, options, items, steps, bands }: ItemSetWords): ItemSet {
  return {
    id: 'recovery-widgets-1',
    lang,
    prompt,
    source: 'Original statements written for recovery-widgets',
    license: 'MIT',
    options: options.map((label, value) => ({ value, label })),
    items: items.map((text) => ({ text })),
    bands: BANDS.map(([id, min, max, links], index) => {
      const [title, meaning, ...more] = bands[index];
      return {
        id,
        min,
        max,
        title,
        meaning,
        steps: [...links.map((link) => ({ text: steps[link], link })), ...more.map((text) => ({ text }))],
      };
    }),
  };
}

/** The built-in set in English. Spanish is in `self-check-items.es.ts`, loaded when needed. */
export const SELF_CHECK_ITEMS_EN: ItemSet = itemSet('en', {
  prompt: 'Over the past month, how often has this been true for you?',
  options: ['Never', 'Sometimes', 'Often', 'Almost always'],
  items: [
    'My thoughts keep going back to whether they are drinking or using.',
    'I plan my days around their drinking or drug use.',
    'I go without sleep, meals or my own health care because of their use.',
    'I give up friends or things I enjoy to be there for them.',
    'I hide, pour out or count their alcohol, pills or money to keep them from using.',
    'I set rules, make bargains or give warnings to stop them from using.',
    'I keep quiet about what upsets me so there won’t be a fight.',
    'I act calm or cheerful even when I feel scared or angry.',
    'I check their phone, bag, car or breath for signs of use.',
    'I make excuses for them to their work, family or friends.',
    'My mood rises or falls with whether they stayed sober.',
    'When they use, I feel I failed or didn’t do enough.',
  ],
  steps: {
    groups: 'A support group for families can help you keep your own footing.',
    talk: 'A peer coach or a therapist of your own can help you talk things over.',
  },
  bands: [
    [
      'Few of these patterns right now',
      'These patterns don’t seem to shape your days much right now. Support is there whenever you want it.',
    ],
    [
      'Some of these patterns right now',
      'Several of these patterns are part of your days. That is common when you love someone who drinks or uses drugs. Support of your own helps, and in a family group such as Al-Anon or Nar-Anon you can just listen.',
    ],
    [
      'Many of these patterns right now',
      'A lot of your energy goes into watching and managing, and that wears anyone down. It doesn’t mean you did anything wrong. It may be time to talk with someone you trust, this week if you can.',
      'If you don’t feel safe, or it all feels like too much, the help lines above are free, day and night.',
    ],
  ],
});
