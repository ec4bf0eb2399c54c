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

/**
 * One language's set from its words; everything else is shared. The two next steps read
 * the same in every band (what differs is what the band may mean); a band may add steps
 * of its own after its title and meaning.
 */
function set(lang: string, prompt: string, options: string[], items: string[], steps: Record<StepLink, string>, bands: string[][]): ItemSet {
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
      return { id, min, max, title, meaning, steps: [...links.map((link) => ({ text: steps[link], link })), ...more.map((text) => ({ text }))] };
    }),
  };
}

export const SELF_CHECK_ITEMS: Record<'en' | 'es', ItemSet> = {
  en: set(
    'en',
    'Over the past month, how often has this been true for you?',
    ['Never', 'Sometimes', 'Often', 'Almost always'],
    [
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
    {
      groups: 'A support group for families can help you keep your own footing.',
      talk: 'A peer coach or a therapist of your own can help you talk things over.',
    },
    [
      ['Few of these patterns right now', 'These patterns don’t seem to shape your days much right now. Support is there whenever you want it.'],
      [
        'Some of these patterns right now',
        'Several of these patterns are part of your days. That is common when you love someone who drinks or uses drugs. Support of your own helps, and in a family group such as Al-Anon or Nar-Anon you can just listen.',
      ],
      [
        'Many of these patterns right now',
        'A lot of your energy goes into watching and managing, and that wears anyone down. It doesn’t mean you did anything wrong. It may be time to talk with someone you trust, this week if you can.',
        'If you don’t feel safe, or it all feels like too much, the crisis lines above are free, day and night.',
      ],
    ],
  ),
  es: set(
    'es',
    'Durante el último mes, ¿con qué frecuencia le ha pasado esto?',
    ['Nunca', 'A veces', 'A menudo', 'Casi siempre'],
    [
      'Vuelvo a pensar una y otra vez en si está bebiendo o consumiendo.',
      'Organizo mis días en torno a su consumo de alcohol o drogas.',
      'Me quedo sin dormir, sin comer o sin cuidar mi salud por su consumo.',
      'Dejo amistades o cosas que disfruto para estar pendiente de esa persona.',
      'Escondo, tiro o cuento su alcohol, sus pastillas o su dinero para que no consuma.',
      'Pongo reglas, hago tratos o doy advertencias para que deje de consumir.',
      'Me callo lo que me molesta para que no haya una pelea.',
      'Aparento calma o alegría aunque sienta miedo o enojo.',
      'Reviso su teléfono, bolso, auto o aliento buscando señales de consumo.',
      'Doy excusas por esa persona ante su trabajo, la familia o las amistades.',
      'Mi ánimo sube o baja según si se mantuvo sin consumir.',
      'Cuando consume, siento que fallé o que no hice lo suficiente.',
    ],
    {
      groups: 'Un grupo de apoyo para familias puede ayudarle a mantener su propio equilibrio.',
      talk: 'Un coach de recuperación o un terapeuta propio puede ayudarle a hablar de lo que vive.',
    },
    [
      ['Pocos de estos patrones por ahora', 'Por ahora estos patrones no parecen marcar mucho sus días. Hay apoyo para usted cuando lo desee.'],
      [
        'Algunos de estos patrones por ahora',
        'Varios de estos patrones forman parte de sus días. Es común cuando se quiere a alguien que bebe o consume drogas. El apoyo propio ayuda, y en un grupo para familias como Al-Anon o Nar-Anon puede solo escuchar.',
      ],
      [
        'Muchos de estos patrones por ahora',
        'Mucha de su energía se va en vigilar y controlar, y eso agota a cualquiera. No significa que usted haya hecho algo mal. Quizá sea momento de hablar con alguien de confianza, esta semana si puede.',
        'Si no se siente a salvo, o todo le parece demasiado, las líneas de crisis de arriba son gratuitas, día y noche.',
      ],
    ],
  ),
};
