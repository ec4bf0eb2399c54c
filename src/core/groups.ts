/**
 * Support-group matching for `<recovery-group-finder>`: the vocabulary of the directory, a
 * deterministic ranking of programs for a visitor's answers (each match with the reasons it
 * fits, programs that do not fit left out), and how "All programs" is grouped. Plain
 * functions, no DOM. The check of a provider's local groups is in `local-groups.ts`.
 */

/** Who the visitor is. `self`: the person in recovery, or wanting to stop. */
export const ROLES = ['partner', 'parent', 'teen', 'family', 'self'] as const;
export type Role = (typeof ROLES)[number];

/** Where the loved one is now; `bereaved`: they died and the visitor is grieving. */
export const SITUATIONS = ['not-in-treatment', 'in-treatment', 'in-recovery', 'bereaved'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** What a program focuses on. */
export const SUBSTANCES = ['alcohol', 'opioids', 'drugs'] as const;
export type Substance = (typeof SUBSTANCES)[number];

/**
 * How a program works. `secular`: needs no religious belief; `science`: research-based tools
 * (descriptive: it ranks PAL's faith second, and is never asked for on its own); `peer`:
 * peer support with no set program, so it suits any preferred approach.
 */
export const APPROACHES = ['12-step', 'secular', 'science', 'faith', 'buddhist', 'peer'] as const;
export type Approach = (typeof APPROACHES)[number];

/** The approaches a visitor can ask for. */
export const PREFERRED_APPROACHES = ['12-step', 'secular', 'faith'] as const satisfies readonly Approach[];
export type PreferredApproach = (typeof PREFERRED_APPROACHES)[number];

export const FORMATS = ['online', 'in-person', 'phone'] as const;
export type Format = (typeof FORMATS)[number];

/** `any`: no preference, not sure, or more than one. */
export type Any = 'any';

import { localText, type LocalText } from './text.js';
export { localText, type LocalText } from './text.js';

/** A program of the built-in directory, or a provider's local group. */
export interface Program {
  /** Stable id: lower-case letters, digits and hyphens (used by `exclude` and in events). */
  id: string;
  name: LocalText;
  /** Who it serves. */
  roles: readonly Role[];
  /** The roles it was made for (a stronger fit than merely welcoming them). */
  madeFor?: readonly Role[];
  /** How it works; the first is its main approach. */
  approaches: readonly Approach[];
  formats: readonly Format[];
  /** What it focuses on; `any` (the default) when it is open to every substance. */
  substances?: readonly Substance[] | Any;
  /**
   * The loved one's situations it fits (not asked of a visitor in recovery themselves).
   * Default: the three of a loved one who is alive; a grief group says `["bereaved"]`.
   */
  situations?: readonly Situation[];
  /** Situations it was built for: a stronger fit, with its own reason. */
  helps?: readonly Situation[];
  /** Official site. */
  site?: string;
  /** Meeting finder, when the official site has one at a known address. */
  meetings?: string;
  /** A public phone line, as written for people (`888-425-2666`). */
  phone?: string;
  /** One sentence about the program. */
  description?: LocalText;
  /** Local groups only: where and when they meet. */
  place?: LocalText;
  time?: LocalText;
}

/** A visitor's answers. `situation` is ignored for `self`. */
export interface Answers {
  role: Role;
  situation: Situation | Any;
  substance: Substance | Any;
  approach: PreferredApproach | Any;
  format: Format | Any;
}

/** Why a program fits, as keys of the element's strings (`madeFor-parent`, `format-online`, …). */
export type Reason =
  | `madeFor-${Role}`
  | `welcomes-${Role}`
  | 'helps-not-in-treatment'
  | 'helps-bereaved'
  /** A family group in treatment or recovery: the visitor's own patterns can outlast the loved one's use. */
  | 'helps-alongside'
  | `substance-${Substance}`
  | `approach-${PreferredApproach}`
  | `format-${Format}`;

/** A built-in program's words in another language, from that language's file: by id, what to show instead. */
export interface ProgramWords {
  name?: string;
  description: string;
}

/**
 * The name and description to show in `lang`: a built-in program's words from the language
 * file (`translated`, by id) when it has them, else the program's own text in that language
 * (a local group's, by language), else English.
 */
export function programWords(
  { program, local }: Listing,
  lang: string,
  translated?: Readonly<Record<string, ProgramWords>>,
): { name: string; description: string } {
  // Own keys only: the ids are ours, but a lookup must never reach Object.prototype.
  const words = !local && translated && Object.hasOwn(translated, program.id) ? translated[program.id] : undefined;
  return { name: words?.name ?? localText(program.name, lang), description: words?.description ?? localText(program.description, lang) };
}

export interface Listing {
  program: Program;
  /** A provider's own group (listed first, marked "near you"). */
  local: boolean;
}

export interface Match extends Listing {
  score: number;
  reasons: Reason[];
}

/** Which answers had to be set aside because nothing fitted all of them. */
export type Relaxed = Array<'format' | 'approach'>;

export interface Found {
  matches: Match[];
  relaxed: Relaxed;
}

/**
 * Weights of each kind of fit. Being made for the visitor's role outweighs a substance
 * focus; a program built for the loved one's situation (CRAFT for someone not in treatment,
 * grief support for the bereaved) comes first, which is what a peer coach would say; and
 * an approach the visitor asked for outranks peer groups that merely do not conflict with it.
 */
const WEIGHTS = {
  madeFor: 4,
  welcomes: 1,
  helps: { 'not-in-treatment': 3, 'in-treatment': 1, 'in-recovery': 1, bereaved: 5 },
  substance: 2,
  approachMain: 4,
  approachOther: 3,
  format: 1,
} as const;

/**
 * A loved one who is alive: the situations a "not sure" answer stands for (a visitor who is
 * grieving knows it), and those a program fits unless it says otherwise.
 */
const LIVING: readonly Situation[] = ['not-in-treatment', 'in-treatment', 'in-recovery'];

/** Scores one program for the answers, or returns undefined when it does not fit. */
export function scoreProgram(program: Program, answers: Answers, ignore: Relaxed = []): Omit<Match, 'local'> | undefined {
  const { role, situation, substance, approach, format } = answers;
  const reasons: Reason[] = [];
  let score = 0;

  if (!program.roles.includes(role)) return undefined;
  if (program.madeFor?.includes(role)) {
    score += WEIGHTS.madeFor;
    reasons.push(`madeFor-${role}`);
  } else {
    score += WEIGHTS.welcomes;
    reasons.push(`welcomes-${role}`);
  }

  // A person in recovery is not asked about a loved one.
  if (role !== 'self') {
    const wanted = situation === 'any' ? LIVING : [situation];
    if (!wanted.some((each) => (program.situations ?? LIVING).includes(each))) return undefined;
    if (situation !== 'any' && program.helps?.includes(situation)) {
      score += WEIGHTS.helps[situation];
      reasons.push(situation === 'not-in-treatment' || situation === 'bereaved' ? `helps-${situation}` : 'helps-alongside');
    }
  }

  const focus = program.substances ?? 'any';
  if (substance !== 'any' && focus !== 'any') {
    if (!focus.includes(substance)) return undefined;
    score += WEIGHTS.substance;
    reasons.push(`substance-${substance}`);
  }

  if (approach !== 'any' && !ignore.includes('approach')) {
    const at = program.approaches.indexOf(approach);
    if (at >= 0) {
      score += at === 0 ? WEIGHTS.approachMain : WEIGHTS.approachOther;
      reasons.push(`approach-${approach}`);
    } else if (!program.approaches.every((each) => each === 'peer')) {
      // Peer support with no set program suits any approach; anything else must match.
      return undefined;
    }
  }

  if (format !== 'any' && !ignore.includes('format')) {
    if (!program.formats.includes(format)) return undefined;
    score += WEIGHTS.format;
    reasons.push(`format-${format}`);
  }

  return { program, score, reasons };
}

/**
 * Ranks the programs that fit the answers: the provider's local groups first, then by
 * score, then in directory order. When nothing fits every answer, the format, then the
 * approach, then both are set aside (role, situation and substance never are), and
 * `relaxed` says which, so the visitor can be told.
 */
export function findGroups(
  answers: Answers,
  directory: readonly Program[],
  local: readonly Program[] = [],
  exclude: ReadonlySet<string> = new Set(),
): Found {
  const listed = listPrograms(directory, local, exclude);
  const attempts: Relaxed[] = [[], ['format'], ['approach'], ['format', 'approach']];
  for (const relaxed of attempts) {
    // Setting aside an answer the visitor did not give changes nothing.
    if (relaxed.some((answer) => answers[answer] === 'any')) continue;
    const matches: Match[] = [];
    for (const { program, local } of listed) {
      const scored = scoreProgram(program, answers, relaxed);
      if (scored) matches.push({ ...scored, local });
    }
    if (matches.length) {
      // Array.prototype.sort is stable: equal scores keep directory order.
      matches.sort((a, b) => Number(b.local) - Number(a.local) || b.score - a.score);
      return { matches, relaxed };
    }
  }
  return { matches: [], relaxed: [] };
}

/** Every program not excluded: the provider's local groups first, then the directory, in order. */
export function listPrograms(
  directory: readonly Program[],
  local: readonly Program[] = [],
  exclude: ReadonlySet<string> = new Set(),
): Listing[] {
  return [...local.map((program) => ({ program, local: true })), ...directory.map((program) => ({ program, local: false }))].filter(
    ({ program }) => !exclude.has(program.id),
  );
}

/**
 * `exclude="al-anon, aa"` → the set of ids. Takes `unknown`: a property set from script may
 * hold anything, and anything but text (a number, an array, `null`) names no id at all.
 */
export function parseIdList(value: unknown): Set<string> {
  return new Set(typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : []);
}

/** The two groups of "All programs": for the visitor (family and friends), and for the person in recovery. */
export interface Audiences {
  family: Listing[];
  self: Listing[];
}

/**
 * Splits a listing by who it serves, keeping its order: a program for relatives or friends
 * goes under `family`, one for the person in recovery under `self`, and one that serves both
 * (CoDA, Celebrate Recovery) under each, so neither reader misses it.
 */
export function byAudience(listings: readonly Listing[]): Audiences {
  return {
    family: listings.filter(({ program }) => program.roles.some((role) => role !== 'self')),
    self: listings.filter(({ program }) => program.roles.includes('self')),
  };
}
