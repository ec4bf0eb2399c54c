/**
 * What an editor reads in the configurator: each widget's name and purpose, and each setting's
 * label, help and group, in plain words. The reference docs keep the exact attribute names and
 * the technical detail; a setting missing here falls back to the manifest's description.
 */

export const GROUPS = ['Content', 'Contact', 'Look', 'Advanced'] as const;
export type Group = (typeof GROUPS)[number];

export const WIDGETS: Record<string, { name: string; purpose: string }> = {
  'recovery-faq': { name: 'Questions and answers (FAQ)', purpose: 'A list of questions that open to show their answers.' },
  'recovery-self-check': {
    name: 'Private self-check',
    purpose: 'Twelve short statements for a partner or parent to reflect on. Not a diagnosis; answers stay on the visitor’s device.',
  },
  'recovery-group-finder': {
    name: 'Support group finder',
    purpose: 'A few questions, then the support groups that fit, with why each one fits.',
  },
  'recovery-scholarship-check': {
    name: 'Housing scholarship check',
    purpose: 'Tells a visitor whether they are likely to qualify for a recovery-housing scholarship.',
  },
  'recovery-intake': { name: 'Contact us and callback form', purpose: 'Call, text, book a time, or ask to be called back.' },
  'recovery-quick-exit': { name: '“Leave this page” button', purpose: 'Lets a visitor who may be watched leave the page at once.' },
};

interface Setting {
  label: string;
  help: string;
  group: Group;
  /** What happens when it is left empty, for the settings a widget needs to be useful. */
  needed?: string;
  /** A fixed list of values, each with its plain name (for types the manifest names by alias). */
  choices?: Record<string, string>;
}

export const SETTINGS: Record<string, Setting> = {
  src: {
    label: 'Content file address',
    help: 'The web address of a file with this widget’s content. Leave empty to use the content below, or the built-in content.',
    group: 'Content',
  },
  searchable: { label: 'Add a search box', help: 'Visitors can type a word to find the questions that mention it.', group: 'Content' },
  single: { label: 'Keep only one answer open at a time', help: 'Opening a question closes the one that was open.', group: 'Look' },
  open: {
    label: 'Questions open at first',
    help: 'The short names (ids) of questions to show open, separated by spaces.',
    group: 'Content',
  },
  'heading-level': {
    label: 'Heading level',
    help: 'Use 2 when the widget sits right under your page title, 3 under a section heading.',
    group: 'Advanced',
  },
  'structured-data': {
    label: 'Let search engines show these questions',
    help: 'Adds the questions to the page in a form Google and others read.',
    group: 'Advanced',
  },
  theme: {
    label: 'Colors',
    help: 'Dark suits a dark page; “automatic” follows the visitor’s device.',
    group: 'Look',
    choices: { light: 'Light', dark: 'Dark', auto: 'Automatic' },
  },
  strings: {
    label: 'Your own wording',
    help: 'Change any text of the widget. The reference page of each widget lists what can be changed.',
    group: 'Advanced',
  },
  mode: {
    label: 'How statements are shown',
    help: 'One per screen is easiest on a phone.',
    group: 'Look',
    choices: { steps: 'One per screen', list: 'All on one page' },
  },
  remember: {
    label: 'Keep answers if the page is reloaded',
    help: 'Answers stay in this browser tab until the visitor finishes or starts over. Off: nothing is kept.',
    group: 'Advanced',
  },
  'groups-href': {
    label: 'Your support group page',
    help: 'The address of your page with the group finder, offered with the result.',
    group: 'Content',
  },
  'quick-exit': {
    label: 'Show a “Leave this page” button',
    help: 'For visitors who may be watched by the person they are reading about. Recommended.',
    group: 'Content',
  },
  exclude: {
    label: 'Programs to leave out',
    help: 'Short names of programs to hide, separated by commas, like celebrate-recovery.',
    group: 'Content',
  },
  'finder-href': {
    label: 'Your support group page',
    help: 'The address of your page with the group finder, offered when the scholarship may not fit.',
    group: 'Content',
  },
  variant: {
    label: 'Layout',
    help: 'How the widget sits in your page.',
    group: 'Look',
    choices: { card: 'A card', banner: 'A strip across the page', floating: 'A button in the corner that opens it' },
  },
  'consent-text': {
    label: 'Consent sentence',
    help: 'The sentence visitors check before sending. Leave empty for ours.',
    group: 'Contact',
  },
  'persist-draft': {
    label: 'Keep a half-filled form if the page is reloaded',
    help: 'Kept in this browser tab only, until it is sent.',
    group: 'Advanced',
  },
  attempts: {
    label: 'Sending attempts',
    help: 'How many times a request is tried before the visitor is asked to call instead (1–10).',
    group: 'Advanced',
  },
  timeout: { label: 'Wait per attempt (milliseconds)', help: 'How long one attempt may take.', group: 'Advanced' },
  backoff: { label: 'Pause between attempts (milliseconds)', help: 'The first pause; each next one is twice as long.', group: 'Advanced' },
  href: {
    label: 'Where the button goes',
    help: 'A neutral website, like a weather page. Leave empty for the US weather service.',
    group: 'Content',
  },
  inline: { label: 'Place it in the page', help: 'Off: it stays in the top corner of the window.', group: 'Look' },
  'caller-name': {
    label: 'How your staff introduce themselves',
    help: 'Shown before a callback request is sent, so the visitor recognizes the call.',
    group: 'Contact',
  },
};

/** The organization's settings (shared by every widget, wrapped around them as one `<recovery-provider>`). */
export const ORGANIZATION: Record<string, Setting> = {
  'org-name': { label: 'Organization name', help: 'Shown beside your own local groups.', group: 'Contact' },
  phone: {
    label: 'Phone number',
    help: 'For “Call” buttons, e.g. 303-555-0142.',
    group: 'Contact',
    needed: 'Without it, no call button is shown.',
  },
  sms: { label: 'Text message number', help: 'Only if texts go to another number than calls.', group: 'Contact' },
  'schedule-href': { label: 'Online booking page', help: 'The address where visitors book a time.', group: 'Contact' },
  'intake-action': {
    label: 'Where callback requests are sent',
    help: 'The secure (https) address of your system that receives callback requests.',
    group: 'Contact',
    needed: 'Without it, the callback form is hidden; calls and texts still work.',
  },
  'apply-href': { label: 'Scholarship application page', help: 'The address of your application form.', group: 'Contact' },
  hours: { label: 'Office hours', help: 'Like: Mon-Fri 09:00-17:00; Sat 10:00-14:00', group: 'Contact' },
  timezone: { label: 'Time zone of your hours', help: 'Like America/Denver or America/New_York.', group: 'Contact' },
  'caller-name': SETTINGS['caller-name'],
  'quick-exit': {
    label: 'Show “Leave this page” on the self-check, group finder and scholarship check',
    help: 'Recommended on pages a visitor may need to leave quickly.',
    group: 'Content',
  },
  'quick-exit-href': {
    label: 'Where “Leave this page” goes',
    help: 'A neutral website. Leave empty for the US weather service.',
    group: 'Content',
  },
  theme: SETTINGS.theme,
};

/** The organization settings each widget needs to do its job: checked in the preview with a hint when empty. */
export const NEEDS: Record<string, string[]> = {
  'recovery-intake': ['intake-action', 'phone'],
};

/**
 * The words for one of a widget's own attributes: its setting, else the organization's (a
 * widget may take one of them directly, as the WordPress blocks offer the intake's `action`).
 */
export function settingWords(name: string): Setting | undefined {
  return SETTINGS[name] ?? ORGANIZATION[name === 'action' ? 'intake-action' : name];
}

/** "heading-level" → "Heading level": for a setting this table does not know yet. */
export function fallbackLabel(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
