/**
 * Office hours: parsing `Mon-Fri 09:00-17:00; Sat 10:00-14:00`, and "open now", "closes at"
 * and "next opening" in the office's IANA time zone, with `Intl` only (no date library).
 *
 * Hours are wall-clock times in the office's zone, kept as minutes since Sunday 00:00. The
 * office is open at an instant when that instant's wall-clock time falls in an interval.
 * Open or closed can only change when the clock reaches a start or an end, or when it
 * jumps for daylight saving time; so we list those instants ahead (a wall time can occur
 * twice when clocks fall back, or never when they spring forward) and take the first at
 * which the answer differs from now's. Plain functions, no DOM.
 */
import { type Checked, invalid, valid } from './config.js';

const DAY = 1440;
const WEEK = 7 * DAY;
const MINUTE_MS = 60_000;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Open intervals in minutes since Sunday 00:00 local time; `end` may pass midnight, or the week's end (then it wraps to Sunday). */
export type WeeklyHours = ReadonlyArray<readonly [start: number, end: number]>;

/** What the office is doing at an instant. */
export interface HoursStatus {
  open: boolean;
  /** When open: when it closes (undefined when open around the clock). */
  closes?: Date;
  /** When closed: when it next opens (undefined when there are no hours). */
  opens?: Date;
}

/** The latest `now` whose next eight days a Date can still hold. */
const LATEST_NOW = 8.64e15 - 8 * 24 * 60 * 60 * 1000;

/** One rule: a day or range of days, then a time range: "Mon-Fri 09:00-17:00", "Sat 22:00-02:00". */
const RULE = /^([a-z]+)(?:\s*-\s*([a-z]+))?\s+(\d\d?):(\d\d)\s*-\s*(\d\d?):(\d\d)$/i;

/**
 * Parses office hours: rules separated by `;`, each a day (`Mon`) or range of days
 * (`Mon-Fri`, `Fri-Mon` wraps past Sunday) and a time range on a 24-hour clock. A range
 * ending before it starts runs past midnight (`Fri 22:00-02:00`); `24:00` is the end of a
 * day. Several rules may share a day (`Mon-Fri 09:00-12:00; Mon-Fri 13:00-17:00`).
 * An error names the rule and the part at fault.
 */
export function parseHours(input: string): Checked<WeeklyHours> {
  const intervals: Array<[number, number]> = [];
  for (const rule of input
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = RULE.exec(rule);
    const [, from = '', to = from, ...clock] = match ?? [];
    const [first, last] = [from, to].map((day) => DAY_NAMES.indexOf(day.toLowerCase()));
    const [h1, m1, h2, m2] = clock.map(Number);
    const start = h1 * 60 + m1;
    const end = h2 * 60 + m2;
    if (first < 0 || last < 0 || m1 > 59 || m2 > 59 || start >= DAY || end > DAY || start === end) {
      return invalid(`"${rule}" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"`);
    }
    for (let day = first; ; day = (day + 1) % 7) {
      // Past midnight: the interval ends the next day.
      intervals.push([day * DAY + start, day * DAY + end + (end < start ? DAY : 0)]);
      if (day === last) break;
    }
  }
  return intervals.length ? valid(intervals) : invalid('is empty');
}

/** Whether `timeZone` is an IANA zone this browser knows. Never throws. */
export function checkTimeZone(timeZone: string): Checked<string> {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return valid(timeZone);
  } catch {
    return invalid(`"${timeZone}" is not an IANA time zone like America/Denver`);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time in `timeZone` at `instant`, to the minute, as the milliseconds of a
 * UTC date with the same fields: wall times then compare and add without any offset.
 */
export function wallTime(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    const numeric = 'numeric';
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
    });
    formatters.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = +value;
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute);
}

/** The zone's offset from UTC at `instant`, in ms. */
const offsetAt = (instant: number, timeZone: string): number => wallTime(instant, timeZone) - Math.floor(instant / MINUTE_MS) * MINUTE_MS;

/**
 * The instants at which the zone's clocks show `wall` (a wall time as from `wallTime`):
 * usually one; two, earliest first, when clocks fall back over it; none when they spring
 * forward over it.
 */
export function instantsOf(wall: number, timeZone: string): number[] {
  // The offsets a day either side cover the one change of clocks there may be near this time.
  return [...new Set([-DAY, DAY].map((days) => wall - offsetAt(wall + days * MINUTE_MS, timeZone)))]
    .filter((instant) => wallTime(instant, timeZone) === wall)
    .sort((a, b) => a - b);
}

/** Minutes since Sunday 00:00 of a wall time. */
function minuteOfWeek(wall: number): number {
  const date = new Date(wall);
  return date.getUTCDay() * DAY + date.getUTCHours() * 60 + date.getUTCMinutes();
}

/**
 * Whether the office is open at `now` (by the wall clock in `timeZone`), and when that
 * changes: the closing time if open, the next opening if closed, looking a week ahead.
 */
export function hoursStatus(hours: WeeklyHours, now: Date | number, timeZone: string): HoursStatus {
  const instant = +now;
  // The week ahead must be a time a Date can hold (±8.64e15 ms): beyond it there is nothing to say.
  if (!(Math.abs(instant) <= LATEST_NOW)) return { open: false };
  const openAt = (at: number): boolean => {
    const minute = minuteOfWeek(wallTime(at, timeZone));
    return hours.some(([start, end]) => (minute >= start && minute < end) || minute + WEEK < end);
  };
  const open = openAt(instant);
  const wallNow = wallTime(instant, timeZone);
  const ahead = WEEK * MINUTE_MS + DAY * MINUTE_MS;
  const candidates: number[] = [];
  // The moment the clocks change, if they do in the coming week and a day, found to the minute.
  const before = offsetAt(instant, timeZone);
  if (offsetAt(instant + ahead, timeZone) !== before) {
    let [low, high] = [instant, instant + ahead];
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetAt(middle, timeZone) === before) low = middle;
      else high = middle;
    }
    candidates.push(high);
  }
  // Each start and end, this week and next, and last week's too: when clocks fall back, a
  // wall time just behind us comes round again.
  for (const boundary of hours.flat()) {
    const delta = (((boundary - minuteOfWeek(wallNow)) % WEEK) + WEEK) % WEEK;
    for (const weeks of [-1, 0, 1]) candidates.push(...instantsOf(wallNow + (delta + weeks * WEEK) * MINUTE_MS, timeZone));
  }
  const change = candidates
    .filter((at) => at > instant)
    .sort((a, b) => a - b)
    .find((at) => openAt(at) !== open);
  return { open, [open ? 'closes' : 'opens']: change && new Date(change) };
}

/** Whole calendar days from `now` to `later` in the office's zone (0 today, 1 tomorrow). */
export function daysBetween(now: Date | number, later: Date | number, timeZone: string): number {
  const day = (instant: number) => Math.floor(wallTime(instant, timeZone) / (DAY * MINUTE_MS));
  return day(+later) - day(+now);
}

/**
 * "9:00 AM MST", or with `day` "Monday, 9:00 AM MST": a time in the office's zone, in the
 * visitor's language. English and Spanish use their US forms (`en-US`, `es-US`), so both name
 * the zone the same way ("MST"; plain `es` would say "GMT-7"). A language tag `Intl` refuses
 * (a site's strings for `lang="__proto__"`, say) falls back to English rather than throwing.
 */
export function officeTime(date: Date | number, lang: string, timeZone: string, day?: boolean): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: day ? 'long' : undefined,
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat(lang === 'en' || lang === 'es' ? `${lang}-US` : lang, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-US', options).format(date);
  }
}

/** The instant to judge office hours at: a preview's fixed clock (a Date or a number of ms), else the real time. */
export function clockTime(now: unknown, realTime = Date.now()): number {
  const fixed = typeof now === 'number' || now instanceof Date ? +now : NaN;
  return Number.isFinite(fixed) ? fixed : realTime;
}
