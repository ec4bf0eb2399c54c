/**
 * `<recovery-provider>`'s settings, declared once. The element's reactive properties, the
 * settings it shares through context and their checks all derive from `PROVIDER_SETTINGS`.
 * Plain functions, no DOM.
 */
import { quote, safeUrl } from './config.js';
import type { ProviderJson } from './provider-config.js';
import { exitUrl } from './quick-exit.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Office hours are in this time zone unless a site says otherwise (the first providers are in Colorado). */
export const DEFAULT_TIME_ZONE = 'America/Denver';

/**
 * How a setting's value is checked: `text` (any non-empty text), `link` (an allowed link,
 * see `safeUrl`), `exit` (a web page for the quick exit, see `exitUrl`), `theme`, `flag` (a boolean attribute).
 */
type Kind = 'text' | 'link' | 'exit' | 'theme' | 'flag';

/** Every setting: its property name, its attribute, and how it is checked. */
export const PROVIDER_SETTINGS = {
  orgName: { attribute: 'org-name', kind: 'text' },
  phone: { attribute: 'phone', kind: 'text' },
  sms: { attribute: 'sms', kind: 'text' },
  scheduleHref: { attribute: 'schedule-href', kind: 'link' },
  intakeAction: { attribute: 'intake-action', kind: 'text' },
  applyHref: { attribute: 'apply-href', kind: 'link' },
  timezone: { attribute: 'timezone', kind: 'text' },
  hours: { attribute: 'hours', kind: 'text' },
  theme: { attribute: 'theme', kind: 'theme' },
  quickExit: { attribute: 'quick-exit', kind: 'flag' },
  quickExitHref: { attribute: 'quick-exit-href', kind: 'exit' },
  callerName: { attribute: 'caller-name', kind: 'text' },
} as const satisfies Record<string, { attribute: string; kind: Kind }>;

type Settings = typeof PROVIDER_SETTINGS;
type ValueOf<K extends Kind> = K extends 'flag' ? boolean : K extends 'theme' ? Theme : string;

/** The settings as attributes give them: each optional. */
export type ProviderAttributes = { [Name in keyof Settings]?: ValueOf<Settings[Name]['kind']> };

/** What `<recovery-provider>` shares with every widget inside it: its checked attributes and its JSON. */
export interface ProviderSettings extends ProviderAttributes, ProviderJson {}

/** A setting that was given but cannot be used: its attribute, and why. */
export type SettingProblem = [attribute: string, problem: string];

/**
 * Checks every setting. A value of the wrong type (a property set from script) or one that
 * fails its check is left out, and said why; the widgets then use their own defaults.
 */
export function readProviderSettings(values: Readonly<Record<string, unknown>>): {
  settings: ProviderAttributes;
  problems: SettingProblem[];
} {
  const settings: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  for (const [name, { attribute, kind }] of Object.entries(PROVIDER_SETTINGS) as Array<[string, { attribute: string; kind: Kind }]>) {
    const value = values[name];
    if (value === undefined || value === null || value === '' || (kind === 'flag' && value === false)) continue;
    const checked = check(kind, value);
    if (checked === undefined) problems.push([attribute, `${quote(value)} is not ${EXPECTED[kind]}; ignoring it`]);
    else settings[name] = checked;
  }
  return { settings, problems };
}

const EXPECTED: Record<Kind, string> = {
  text: 'text',
  link: 'an https:, http:, tel:, sms:, mailto: or relative link',
  exit: 'an https:, http: or relative link',
  theme: `one of ${THEMES.join(', ')}`,
  flag: 'true or false',
};

function check(kind: Kind, value: unknown): unknown {
  if (kind === 'flag') return value === true ? true : undefined;
  if (typeof value !== 'string') return undefined;
  if (kind === 'link') return safeUrl(value);
  // Kept as given (the exit resolves it against the page when it leaves); parsed here so that
  // "https://" is reported now, not found out by a visitor in a hurry. Any http(s) base
  // parses a relative link the same way.
  if (kind === 'exit') return exitUrl(value, 'https://example.org/') && value;
  if (kind === 'theme') return (THEMES as readonly string[]).includes(value) ? value : undefined;
  return value.trim() || undefined;
}
