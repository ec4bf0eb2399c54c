import type { Reason, Role } from '../../core/groups.js';
import type { Translations } from '../../shared/localize.js';

type Key =
  | 'roleLegend'
  | 'role-partner'
  | 'role-parent'
  | 'role-teen'
  | 'role-family'
  | 'role-self'
  | 'situationLegend'
  | 'situation-not-in-treatment'
  | 'situation-in-treatment'
  | 'situation-in-recovery'
  | 'situation-bereaved'
  | 'situation-any'
  | 'substanceLegend'
  | 'substanceLegendSelf'
  | 'substance-alcohol'
  | 'substance-opioids'
  | 'substance-drugs'
  | 'substance-any'
  | 'approachLegend'
  | 'approach-any'
  | 'approach-12-step'
  | 'approach-secular'
  | 'approach-faith'
  | 'formatLegend'
  | 'format-any'
  | 'format-online'
  | 'format-in-person'
  | 'format-phone'
  | 'privacy'
  | 'submit'
  | 'showAll'
  | 'resultsHeading'
  | 'allHeading'
  | 'found_one'
  | 'found_other'
  | 'none'
  | 'relaxed'
  | 'yourAnswers'
  | 'change'
  | 'whyFits'
  | 'meets'
  | 'where'
  | 'when'
  | 'site'
  | 'meetings'
  | 'call'
  | 'newTab'
  | 'nearYou'
  | 'thisOrg'
  | 'addLocal'
  | 'localError'
  | 'why-madeFor'
  | 'why-welcomes'
  | `who-${Role}`
  | 'asAsked'
  | `why-${Exclude<Reason, `madeFor-${string}` | `welcomes-${string}` | `format-${string}` | `approach-${string}`>}`;

/** Every visible string of `<recovery-group-finder>`. Sites override any of them with `strings` or the provider. */
export const groupFinderStrings: Translations<Key> = {
  en: {
    roleLegend: 'Which best describes you?',
    'role-partner': 'A partner or spouse',
    'role-parent': 'A parent',
    'role-teen': 'A teenager or young person',
    'role-family': 'Another relative or a friend',
    'role-self': 'I’m in recovery, or want to stop',
    situationLegend: 'Where is your loved one right now?',
    'situation-not-in-treatment': 'Using, and not in treatment (yet)',
    'situation-in-treatment': 'In treatment',
    'situation-in-recovery': 'In recovery',
    'situation-bereaved': 'They died, and I’m grieving',
    'situation-any': 'Not sure, or it keeps changing',
    substanceLegend: 'What do they use most?',
    substanceLegendSelf: 'What are you recovering from?',
    'substance-alcohol': 'Alcohol',
    'substance-opioids': 'Opioids, like fentanyl, heroin or pain pills',
    'substance-drugs': 'Other drugs',
    'substance-any': 'More than one, or not sure',
    approachLegend: 'Which approach feels right?',
    'approach-any': 'No preference',
    'approach-12-step': '12-step',
    'approach-secular': 'Secular or science-based',
    'approach-faith': 'Faith-based',
    formatLegend: 'How would you like to meet?',
    'format-any': 'Any way',
    'format-online': 'Online',
    'format-in-person': 'In person',
    'format-phone': 'By phone',
    privacy: 'Your answers stay on this device: nothing is sent or saved.',
    submit: 'Show groups that fit',
    showAll: 'Show all programs',
    resultsHeading: 'Groups that may fit you',
    allHeading: 'All support programs',
    found_one: '{count} program may fit your answers.',
    found_other: '{count} programs may fit your answers.',
    none: 'No program fits these answers. Try changing one, or see all programs.',
    relaxed: 'Nothing fitted every answer; these come closest.',
    yourAnswers: 'Your answers:',
    change: 'Change my answers',
    whyFits: 'Why it may fit',
    meets: 'Meets:',
    where: 'Where:',
    when: 'When:',
    site: 'Website',
    meetings: 'Find a meeting',
    call: 'Call {phone}',
    newTab: '(opens in a new tab)',
    nearYou: 'Near you',
    thisOrg: 'the organisation behind this page',
    addLocal: 'Looking for a group close to home? Local groups can be added to this list by {org}.',
    localError: 'Local groups can’t be shown right now; these are national programs.',
    asAsked: '{what}, as you asked',
    'why-madeFor': 'Made for {who}',
    'why-welcomes': 'Welcomes {who}',
    'who-partner': 'partners and spouses',
    'who-parent': 'parents',
    'who-teen': 'teenagers and young people',
    'who-family': 'relatives and friends',
    'who-self': 'people in recovery',
    'why-helps-not-in-treatment': 'Teaches ways to help a loved one who isn’t in treatment yet (CRAFT)',
    'why-helps-alongside': 'Helps with your own patterns, which can outlast their use',
    'why-helps-bereaved': 'For people grieving a death from substance use',
    'why-substance-alcohol': 'Focused on drinking',
    'why-substance-opioids': 'Focused on opioids',
    'why-substance-drugs': 'Focused on drug use',
  },
  es: {
    roleLegend: '¿Qué le describe mejor?',
    'role-partner': 'Pareja o cónyuge',
    'role-parent': 'Madre o padre',
    'role-teen': 'Adolescente o joven',
    'role-family': 'Otro familiar o un amigo',
    'role-self': 'Estoy en recuperación, o quiero dejarlo',
    situationLegend: '¿En qué momento está su ser querido?',
    'situation-not-in-treatment': 'Consume y (todavía) no está en tratamiento',
    'situation-in-treatment': 'En tratamiento',
    'situation-in-recovery': 'En recuperación',
    'situation-bereaved': 'Falleció y estoy en duelo',
    'situation-any': 'No lo sé, o cambia a menudo',
    substanceLegend: '¿Qué consume más?',
    substanceLegendSelf: '¿De qué se está recuperando?',
    'substance-alcohol': 'Alcohol',
    'substance-opioids': 'Opioides, como fentanilo, heroína o analgésicos',
    'substance-drugs': 'Otras drogas',
    'substance-any': 'Más de una, o no lo sé',
    approachLegend: '¿Qué enfoque le parece mejor?',
    'approach-any': 'Me da igual',
    'approach-12-step': 'De 12 pasos',
    'approach-secular': 'Laico o basado en la ciencia',
    'approach-faith': 'Basado en la fe',
    formatLegend: '¿Cómo prefiere reunirse?',
    'format-any': 'De cualquier forma',
    'format-online': 'En línea',
    'format-in-person': 'En persona',
    'format-phone': 'Por teléfono',
    privacy: 'Sus respuestas se quedan en este dispositivo: no se envían ni se guardan.',
    submit: 'Ver los grupos que encajan',
    showAll: 'Ver todos los programas',
    resultsHeading: 'Grupos que pueden encajar con usted',
    allHeading: 'Todos los programas de apoyo',
    found_one: '{count} programa puede encajar con sus respuestas.',
    found_other: '{count} programas pueden encajar con sus respuestas.',
    none: 'Ningún programa encaja con estas respuestas. Cambie alguna o vea todos los programas.',
    relaxed: 'Nada encajaba con todas sus respuestas; estos son los más cercanos.',
    yourAnswers: 'Sus respuestas:',
    change: 'Cambiar mis respuestas',
    whyFits: 'Por qué puede encajar',
    meets: 'Se reúne:',
    where: 'Dónde:',
    when: 'Cuándo:',
    site: 'Sitio web',
    meetings: 'Buscar una reunión',
    call: 'Llamar al {phone}',
    newTab: '(se abre en una pestaña nueva)',
    nearYou: 'Cerca de usted',
    thisOrg: 'la organización responsable de esta página',
    addLocal: '¿Busca un grupo cerca de casa? Los grupos locales los puede añadir a esta lista {org}.',
    localError: 'Ahora no se pueden mostrar los grupos locales; estos son programas nacionales.',
    asAsked: '{what}, como pidió',
    'why-madeFor': 'Pensado para {who}',
    'why-welcomes': 'Recibe a {who}',
    'who-partner': 'parejas y cónyuges',
    'who-parent': 'madres y padres',
    'who-teen': 'adolescentes y jóvenes',
    'who-family': 'familiares y amigos',
    'who-self': 'personas en recuperación',
    'why-helps-not-in-treatment': 'Enseña formas de ayudar a un ser querido que aún no está en tratamiento (CRAFT)',
    'why-helps-alongside': 'Le ayuda con sus propios patrones, que pueden durar más que el consumo',
    'why-helps-bereaved': 'Para quienes están en duelo por una muerte relacionada con el consumo',
    'why-substance-alcohol': 'Centrado en la bebida',
    'why-substance-opioids': 'Centrado en los opioides',
    'why-substance-drugs': 'Centrado en el consumo de drogas',
  },
};
