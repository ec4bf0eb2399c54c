/**
 * Office hours: parsing `Mon-Fri 09:00-17:00; Sat 10:00-14:00`, and "open now" / "closes at"
 * / "next opening" in the office's IANA time zone, with `Intl` only (no date library).
 *
 * Hours are wall-clock times in the office's zone. A week is modelled as minutes since
 * Sunday 00:00 local time; we find the next start or end in those wall-clock minutes and
 * only then turn that local date and time into an instant, which is where daylight saving
 * time is handled: a local time that does not exist (spring forward) maps to the moment the
 * clocks jump, and one that happens twice (fall back) yields both instants, the first still
 * ahead of now winning. Plain functions, no DOM.
 */
import { type Checked, invalid, valid } from './config.js';

const DAY = 1440;
const WEEK = 7 * DAY;
const MINUTE_MS = 60_000;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Open intervals in minutes since Sunday 00:00 local time, sorted and merged; `end` may pass the week's end (wraps to Sunday). */
export type WeeklyHours = ReadonlyArray<readonly [start: number, end: number]>;

/** What the office is doing at an instant. */
export type HoursStatus =
  | { open: true; /** When it closes; undefined when open around the clock. */ closes?: Date }
  | { open: false; /** When it next opens; undefined when no hours occur. */ opens?: Date };

function dayIndex(name: string): number {
  // "Mon", "monday", "Tues" and "Thurs" all name a day; anything else does not.
  const lower = name.toLowerCase();
  const index = DAY_NAMES.indexOf(lower.slice(0, 3));
  const full = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][index];
  return index >= 0 && full?.startsWith(lower) ? index : -1;
}

function minutes(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return -1;
  const [hours, mins] = [Number(match[1]), Number(match[2])];
  if (mins > 59 || hours > 24 || (hours === 24 && mins > 0)) return -1;
  return hours * 60 + mins;
}

/**
 * Parses office hours: rules separated by `;`, each days then times, e.g.
 * `Mon-Fri 09:00-17:00; Sat 10:00-14:00`, `Mon,Wed,Fri 08:30-12:00, 13:00-17:30`,
 * `Fri-Sun 22:00-02:00` (past midnight runs into the next day), `Mon-Sun 00:00-24:00`.
 * An error names the rule and the part at fault.
 */
export function parseHours(input: string): Checked<WeeklyHours> {
  const intervals: Array<[number, number]> = [];
  const rules = input.split(';').map((rule) => rule.trim());
  for (const rule of rules) {
    if (!rule) {
      if (rules.length === 1) return invalid('is empty; expected something like "Mon-Fri 09:00-17:00"');
      continue;
    }
    const match = /^([a-z,\s-]+?)\s+(\d[\d:,\s-]*)$/i.exec(rule);
    if (!match) return invalid(`"${rule}" is not "days times", like "Mon-Fri 09:00-17:00"`);
    const days = new Set<number>();
    for (const part of match[1].split(',').map((day) => day.trim())) {
      const [from, to, extra] = part.split('-').map((day) => day.trim());
      const first = dayIndex(from);
      const last = to === undefined ? first : dayIndex(to);
      const bad = first < 0 ? from : last < 0 ? to : extra !== undefined ? part : undefined;
      if (bad !== undefined) return invalid(`in "${rule}": "${bad}" is not a day or range of days (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)`);
      // A range may wrap past Saturday: "Fri-Mon" is Friday to Monday.
      for (let day = first; ; day = (day + 1) % 7) {
        days.add(day);
        if (day === last) break;
      }
    }
    for (const span of match[2].split(',').map((times) => times.trim())) {
      const [from, to, extra] = span.split('-').map((time) => time.trim());
      const start = minutes(from);
      let end = to === undefined ? -1 : minutes(to);
      if (start < 0 || end < 0 || extra !== undefined || start === DAY) {
        return invalid(`in "${rule}": "${span}" is not a time range like 09:00-17:00 (24-hour clock)`);
      }
      if (end === start) return invalid(`in "${rule}": "${span}" starts and ends at the same time`);
      if (end < start) end += DAY; // Past midnight: ends the next day.
      for (const day of days) intervals.push([day * DAY + start, day * DAY + end]);
    }
  }
  return valid(merge(intervals));
}

/** Sorts and merges overlapping or touching intervals, including across the end of the week. */
function merge(intervals: Array<[number, number]>): WeeklyHours {
  const sorted = intervals.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  // Saturday night running into Sunday morning: fold the wrapped part into Sunday's first interval.
  const last = merged[merged.length - 1];
  while (merged.length > 1 && last[1] >= merged[0][0] + WEEK) {
    last[1] = Math.max(last[1], merged.shift()![1] + WEEK);
  }
  if (last && last[1] - last[0] >= WEEK) return [[0, Infinity]];
  return merged;
}

/** Throws nothing: whether `timeZone` is an IANA zone this browser knows. */
export function checkTimeZone(timeZone: string): Checked<string> {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return valid(timeZone);
  } catch {
    return invalid(`"${timeZone}" is not a time zone this browser knows (use an IANA name like America/Denver)`);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time in `timeZone` at `instant`, as milliseconds of a UTC date with the
 * same fields (so wall times can be compared and added without any offset), to the minute.
 */
export function wallTime(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute);
}

/** The zone's offset from UTC at `instant`, in ms (to the minute). */
const offsetAt = (instant: number, timeZone: string): number => wallTime(instant, timeZone) - Math.floor(instant / MINUTE_MS) * MINUTE_MS;

/**
 * The instants at which the zone's clocks show `wall` (a UTC-encoded local time): one
 * usually, two when clocks fall back (earliest first), and, when they spring forward over
 * it, the single instant at which the clocks jump past it.
 */
export function instantsOf(wall: number, timeZone: string): number[] {
  // Offsets a day either side bracket any one transition near this local time.
  const before = offsetAt(wall - DAY * MINUTE_MS, timeZone);
  const after = offsetAt(wall + DAY * MINUTE_MS, timeZone);
  const found = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wallTime(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (found.length) return found;
  // A gap: the clocks skip this time. Find, to the minute, when they jump (offset becomes `after`).
  let low = wall - after;
  let high = wall - before;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(middle, timeZone) === after) high = middle;
    else low = middle;
  }
  return [high];
}

/** Minutes since Sunday 00:00 in the office's week, for a wall time. */
function minuteOfWeek(wall: number): number {
  const date = new Date(wall);
  return date.getUTCDay() * DAY + date.getUTCHours() * 60 + date.getUTCMinutes();
}

/**
 * The first instant after `now` at which the wall clock reads `target` (minutes since
 * Sunday 00:00), that `accept` agrees with (it turns down the jump instant of a skipped
 * hour when the office is not open just after the jump).
 */
function nextWall(now: number, timeZone: string, target: number, accept: (instant: number) => boolean): number | undefined {
  const wallNow = wallTime(now, timeZone);
  const ahead = (((target - minuteOfWeek(wallNow)) % WEEK) + WEEK) % WEEK;
  // When clocks fall back, a wall time just behind us comes round again: try last week's
  // reading of the target first (almost always in the past), then this one, then next week's.
  for (const weeks of [-1, 0, 1]) {
    const wall = wallNow + (ahead + weeks * WEEK) * MINUTE_MS;
    for (const instant of instantsOf(wall, timeZone)) if (instant > now && accept(instant)) return instant;
  }
  return undefined;
}

/**
 * Whether the office is open at `now` (wall clock in `timeZone`), and when that changes:
 * the closing time if open, the next opening if closed.
 */
export function hoursStatus(hours: WeeklyHours, now: Date | number, timeZone: string): HoursStatus {
  const instant = +now;
  if (!hours.length) return { open: false };
  if (hours[0][1] === Infinity) return { open: true };
  const isOpenAt = (at: number): boolean => {
    const m = minuteOfWeek(wallTime(at, timeZone));
    return hours.some(([start, end]) => (m >= start && m < end) || m + WEEK < end);
  };
  const current = minuteOfWeek(wallTime(instant, timeZone));
  const interval = hours.find(([start, end]) => (current >= start && current < end) || current + WEEK < end);
  if (interval) {
    const closes = nextWall(instant, timeZone, interval[1] % WEEK, () => true);
    return { open: true, closes: closes === undefined ? undefined : new Date(closes) };
  }
  let opens: number | undefined;
  for (const [start] of hours) {
    // A start that falls inside a skipped hour counts only if the office is open once the clocks jump.
    const candidate = nextWall(instant, timeZone, start, isOpenAt);
    if (candidate !== undefined && (opens === undefined || candidate < opens)) opens = candidate;
  }
  return { open: false, opens: opens === undefined ? undefined : new Date(opens) };
}

/** Whole calendar days from `now` to `later` in the office's zone (0 today, 1 tomorrow). */
export function daysBetween(now: Date | number, later: Date | number, timeZone: string): number {
  const day = (instant: number) => Math.floor(wallTime(instant, timeZone) / (DAY * MINUTE_MS));
  return day(+later) - day(+now);
}
