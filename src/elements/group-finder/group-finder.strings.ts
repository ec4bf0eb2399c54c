import type { ProgramWords, Reason, Role } from '../../core/groups.js';
import type { LanguageFile, LazyTranslations } from '../../shared/lazy-localize.js';
import type { UiTerm } from '../../shared/ui/ui.strings.js';

/** Every key of the group finder's own strings. */
export type GroupFinderTerm =
  | 'roleLegend'
  | 'roleMissing'
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
  | 'back'
  | 'resultsHeading'
  | 'allHeading'
  | 'forFamily'
  | 'forSelf'
  | 'found_one'
  | 'found_other'
  | 'none'
  | 'relaxed'
  | 'yourAnswers'
  | 'change'
  | 'showMore'
  | 'showingAll'
  | 'whyFits'
  | 'meets'
  | 'where'
  | 'when'
  | 'site'
  | 'meetings'
  | 'nearYou'
  | 'localError'
  | 'why-madeFor'
  | 'why-welcomes'
  | `who-${Role}`
  | 'asAsked'
  | `why-${Exclude<Reason, `madeFor-${string}` | `welcomes-${string}` | `format-${string}` | `approach-${string}`>}`;

/**
 * Every visible string of `<recovery-group-finder>` but those of the shared pieces (`uiStrings`:
 * "Call {number}", "(opens in a new tab)", the error summary, the crisis lines), in English;
 * Spanish is a file of its own, loaded the first time the widget is shown in Spanish. Sites
 * override any of them with `strings` or the provider.
 */
/** The group finder's Spanish file (`group-finder.es.ts`): its strings (the shared pieces' too) and the built-in programs' words. */
export interface GroupFinderLanguageFile extends LanguageFile<GroupFinderTerm | UiTerm> {
  programs: Readonly<Record<string, ProgramWords>>;
}

export const groupFinderStrings: LazyTranslations<GroupFinderTerm, GroupFinderLanguageFile> = {
  en: {
    roleLegend: 'Which best describes you?',
    roleMissing: 'Choose the answer that best describes you',
    'role-partner': 'A partner or spouse',
    'role-parent': 'A parent',
    'role-teen': 'A teenager or young person',
    'role-family': 'Another relative or a friend',
    'role-self': 'I’m in recovery, or I want to stop',
    situationLegend: 'How are things with your loved one right now?',
    'situation-not-in-treatment': 'Still using, and not in treatment yet',
    'situation-in-treatment': 'In treatment',
    'situation-in-recovery': 'In recovery',
    'situation-bereaved': 'They have died, and I’m grieving',
    'situation-any': 'Not sure, or it keeps changing',
    substanceLegend: 'What do they use most?',
    substanceLegendSelf: 'What are you recovering from?',
    'substance-alcohol': 'Alcohol',
    'substance-opioids': 'Opioids, like fentanyl, heroin, or pain pills',
    'substance-drugs': 'Other drugs',
    'substance-any': 'More than one, or not sure',
    approachLegend: 'What kind of group feels right?',
    'approach-any': 'No preference',
    'approach-12-step': '12-step',
    'approach-secular': 'Secular or science-based',
    'approach-faith': 'Faith-based',
    formatLegend: 'How would you like to meet?',
    'format-any': 'Any way is fine',
    'format-online': 'Online',
    'format-in-person': 'In person',
    'format-phone': 'By phone',
    privacy: 'Your answers stay on this device. Nothing is sent or saved.',
    submit: 'Show groups that fit',
    showAll: 'See all programs',
    back: 'Back to the questions',
    resultsHeading: 'Groups that may fit you',
    allHeading: 'All support programs',
    forFamily: 'For you (family and friends)',
    forSelf: 'For the person in recovery',
    found_one: '{count} program may fit your answers.',
    found_other: '{count} programs may fit your answers.',
    none: 'Nothing matched these answers. Try changing one, or see all programs.',
    relaxed: 'Nothing matched every answer; these come closest.',
    yourAnswers: 'Your answers:',
    change: 'Change my answers',
    showMore: 'Show {count} more',
    showingAll: 'Showing all {count} programs.',
    whyFits: 'Why it may fit',
    meets: 'Meets:',
    where: 'Where:',
    when: 'When:',
    site: 'Website',
    meetings: 'Find a meeting',
    nearYou: 'Near you',
    localError: 'Local groups can’t be shown right now, but these national programs can help.',
    asAsked: '{what}, as you asked',
    'why-madeFor': 'Made for {who}',
    'why-welcomes': 'Welcomes {who}',
    'who-partner': 'partners and spouses',
    'who-parent': 'parents',
    'who-teen': 'teenagers and young people',
    'who-family': 'relatives and friends',
    'who-self': 'people in recovery',
    'why-helps-not-in-treatment': 'Teaches kind ways to help a loved one who isn’t in treatment yet (CRAFT)',
    'why-helps-alongside': 'Support for you, too, while they’re in treatment or recovery',
    'why-helps-bereaved': 'For people grieving someone they lost to substance use',
    'why-substance-alcohol': 'Focused on drinking',
    'why-substance-opioids': 'Focused on opioids',
    'why-substance-drugs': 'Focused on drug use',
  },
  es: () => import('./group-finder.es.js'),
};
