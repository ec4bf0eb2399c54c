import type { Program } from '../core/groups.js';

/**
 * The built-in directory of support programs for `<recovery-group-finder>`: who each serves,
 * how it works, how it meets, and where to find it. Facts come from CONTENT.md "Support
 * programs"; descriptions are this project's own words.
 *
 * Every URL and phone number the widget shows lives in this file, so a correction is one
 * edit. Links are official home pages; `meetings` is set only where the meeting finder's
 * address is known (Al-Anon, Nar-Anon) — elsewhere the home page leads to meetings, and a
 * guessed deep link that breaks would strand a visitor. Phone numbers only where public.
 *
 * Order matters: programs with equal scores are listed in this order.
 */
export const PROGRAMS: readonly Program[] = [
  {
    id: 'al-anon',
    name: 'Al-Anon',
    roles: ['partner', 'parent', 'family'],
    approaches: ['12-step'],
    formats: ['in-person', 'online', 'phone'],
    substances: ['alcohol'],
    helps: ['in-treatment', 'in-recovery'],
    site: 'https://al-anon.org/',
    meetings: 'https://al-anon.org/al-anon-meetings/',
    phone: '888-425-2666',
    description: {
      en: 'For anyone hurt by someone else’s drinking, with the focus on your own wellbeing.',
      es: 'Para quien sufre por la forma de beber de otra persona, con el foco en su propio bienestar.',
    },
  },
  {
    id: 'alateen',
    name: 'Alateen',
    roles: ['teen'],
    madeFor: ['teen'],
    approaches: ['12-step'],
    formats: ['in-person', 'online'],
    substances: ['alcohol'],
    helps: ['in-treatment', 'in-recovery'],
    site: 'https://al-anon.org/',
    meetings: 'https://al-anon.org/al-anon-meetings/',
    phone: '888-425-2666',
    description: {
      en: 'Al-Anon’s groups for teenagers, with trained adult sponsors; online meetings need registration.',
      es: 'Los grupos de Al-Anon para adolescentes, con padrinos adultos capacitados; en línea hay que inscribirse.',
    },
  },
  {
    id: 'nar-anon',
    name: 'Nar-Anon / Narateen',
    roles: ['partner', 'parent', 'family', 'teen'],
    madeFor: ['teen'],
    approaches: ['12-step'],
    formats: ['in-person', 'online'],
    substances: ['drugs', 'opioids'],
    helps: ['in-treatment', 'in-recovery'],
    site: 'https://nar-anon.org/',
    meetings: 'https://nar-anon.org/find-a-meeting',
    description: {
      en: 'For relatives and friends of someone who uses drugs; Narateen is for teenagers.',
      es: 'Para familiares y amigos de alguien que consume drogas; Narateen es para adolescentes.',
    },
  },
  {
    id: 'families-anonymous',
    name: 'Families Anonymous',
    roles: ['partner', 'parent', 'family'],
    approaches: ['12-step'],
    formats: ['in-person', 'online'],
    helps: ['in-treatment', 'in-recovery'],
    site: 'https://familiesanonymous.org/',
    description: {
      en: 'For relatives and friends worried about someone’s drug use, drinking or behaviour.',
      es: 'Para familiares y amigos preocupados por el consumo o la conducta de alguien.',
    },
  },
  {
    id: 'invitation-to-change',
    name: 'Invitation to Change (CRAFT)',
    roles: ['partner', 'parent', 'family'],
    approaches: ['secular', 'science'],
    formats: ['online'],
    helps: ['not-in-treatment'],
    site: 'https://cmcffc.org/',
    description: {
      en: 'Kind, effective ways to help a loved one change and to care for yourself, from CMC: Foundation for Change.',
      es: 'Formas amables y eficaces de ayudar a un ser querido a cambiar y de cuidarse, de CMC: Foundation for Change.',
    },
  },
  {
    id: 'smart-family',
    name: 'SMART Recovery Family & Friends',
    roles: ['partner', 'parent', 'family'],
    approaches: ['secular', 'science'],
    formats: ['online', 'in-person'],
    helps: ['not-in-treatment'],
    site: 'https://smartrecovery.org/',
    description: {
      en: 'Secular tools from CBT and CRAFT for people who love someone with an addiction, plus a message board.',
      es: 'Herramientas laicas de la TCC y de CRAFT para quienes quieren a alguien con una adicción, y un foro.',
    },
  },
  {
    id: 'pal',
    name: 'PAL (Parents of Addicted Loved Ones)',
    roles: ['parent', 'family', 'partner'],
    madeFor: ['parent'],
    // Evidence-informed lessons first; faith is part of its framing, not a condition.
    approaches: ['science', 'faith'],
    formats: ['in-person', 'online'],
    site: 'https://palgroup.org/',
    description: {
      en: 'A nine-lesson, evidence-informed course for parents and adult relatives, with a faith-friendly outlook.',
      es: 'Un curso de nueve lecciones basado en la evidencia, para padres y familiares adultos, abierto a la fe.',
    },
  },
  {
    id: 'learn-to-cope',
    name: 'Learn to Cope',
    roles: ['parent', 'family', 'partner'],
    madeFor: ['parent'],
    approaches: ['peer'],
    formats: ['in-person', 'online'],
    substances: ['opioids'],
    site: 'https://learn2cope.org/',
    description: {
      en: 'Peer support for families facing opioid use, with naloxone at meetings; mostly in Massachusetts.',
      es: 'Apoyo entre pares para familias ante el consumo de opioides, con naloxona en las reuniones; sobre todo en Massachusetts.',
    },
  },
  {
    id: 'partnership-parent-coaching',
    name: { en: 'Parent coaching (Partnership to End Addiction)', es: 'Orientación para padres (Partnership to End Addiction)' },
    roles: ['parent'],
    madeFor: ['parent'],
    approaches: ['secular', 'science'],
    formats: ['phone', 'online'],
    helps: ['not-in-treatment'],
    site: 'https://drugfree.org/',
    description: {
      en: 'One-on-one coaching for parents, based on CRAFT, from the former Partnership for Drug-Free Kids.',
      es: 'Orientación individual para padres, basada en CRAFT, de la antigua Partnership for Drug-Free Kids.',
    },
  },
  {
    id: 'grasp',
    name: 'GRASP',
    roles: ['partner', 'parent', 'family', 'teen'],
    approaches: ['peer'],
    formats: ['in-person', 'online'],
    situations: ['bereaved'],
    helps: ['bereaved'],
    site: 'https://grasphelp.org/',
    description: {
      en: 'Grief Recovery After a Substance Passing: groups for anyone who lost someone to substance use.',
      es: 'Grief Recovery After a Substance Passing: grupos para quien perdió a alguien por el consumo de sustancias.',
    },
  },
  {
    id: 'coda',
    name: 'Co-Dependents Anonymous (CoDA)',
    roles: ['partner', 'parent', 'family', 'teen', 'self'],
    approaches: ['12-step'],
    formats: ['in-person', 'online', 'phone'],
    helps: ['in-treatment', 'in-recovery'],
    site: 'https://coda.org/',
    description: {
      en: 'For anyone who wants healthier relationships, whether or not substances are involved.',
      es: 'Para quien quiere relaciones más sanas, haya o no sustancias de por medio.',
    },
  },
  {
    id: 'celebrate-recovery',
    name: 'Celebrate Recovery',
    roles: ['self', 'partner', 'parent', 'family'],
    approaches: ['faith', '12-step'],
    formats: ['in-person', 'online'],
    site: 'https://celebraterecovery.com/',
    description: {
      en: 'A Christian twelve-step program, in churches and online, for your own struggles or a loved one’s.',
      es: 'Un programa cristiano de doce pasos, en iglesias y en línea, para sus propias luchas o las de un ser querido.',
    },
  },
  {
    id: 'aa',
    name: 'Alcoholics Anonymous (AA)',
    roles: ['self'],
    madeFor: ['self'],
    approaches: ['12-step'],
    formats: ['in-person', 'online'],
    substances: ['alcohol'],
    site: 'https://aa.org/',
    description: {
      en: 'The first twelve-step fellowship, for people who want to stop drinking.',
      es: 'La primera comunidad de doce pasos, para quienes quieren dejar de beber.',
    },
  },
  {
    id: 'na',
    name: 'Narcotics Anonymous (NA)',
    roles: ['self'],
    madeFor: ['self'],
    approaches: ['12-step'],
    formats: ['in-person', 'online'],
    substances: ['drugs', 'opioids'],
    site: 'https://na.org/',
    description: {
      en: 'For people recovering from addiction to any drug.',
      es: 'Para quienes se recuperan de la adicción a cualquier droga.',
    },
  },
  {
    id: 'smart-recovery',
    name: 'SMART Recovery',
    roles: ['self'],
    madeFor: ['self'],
    approaches: ['secular', 'science'],
    formats: ['online', 'in-person'],
    site: 'https://smartrecovery.org/',
    description: {
      en: 'Four points: motivation, urges, thoughts and feelings, and a balanced life.',
      es: 'Cuatro puntos: motivación, impulsos, pensamientos y emociones, y una vida equilibrada.',
    },
  },
  {
    id: 'recovery-dharma',
    name: 'Recovery Dharma',
    roles: ['self'],
    madeFor: ['self'],
    approaches: ['buddhist'],
    formats: ['online', 'in-person'],
    site: 'https://recoverydharma.org/',
    description: {
      en: 'Buddhist practices such as meditation, for recovery from any addiction.',
      es: 'Prácticas budistas, como la meditación, para recuperarse de cualquier adicción.',
    },
  },
  {
    id: 'lifering',
    name: 'LifeRing Secular Recovery',
    roles: ['self'],
    madeFor: ['self'],
    approaches: ['secular'],
    formats: ['in-person', 'online'],
    site: 'https://lifering.org/',
    description: {
      en: 'Secular peer support that welcomes people taking medication for addiction.',
      es: 'Apoyo laico entre pares que acoge a quienes toman medicamentos para la adicción.',
    },
  },
];

/** Every built-in id, for `exclude` and for checking local groups. */
export const PROGRAM_IDS: readonly string[] = PROGRAMS.map((program) => program.id);
