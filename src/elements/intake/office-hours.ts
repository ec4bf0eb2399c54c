import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkTimeZone, clockTime, hoursStatus, officeTime, parseHours, type WeeklyHours } from '../../core/hours.js';
import type { Localize } from '../../shared/localize.js';
import type { IntakeTerm } from './intake.strings.js';

/** What the hours need from their element: a way to render again, and to say what is wrong. */
interface Host extends ReactiveControllerHost {
  report(attribute: string, problem: string): void;
}

/**
 * The office hours line, "We’re open now, until 5:00 PM MST." or "We’re closed right now.
 * We open Monday, 9:00 AM MST.", kept true: while connected, the element renders again every
 * minute, so "open now" does not go stale on a page left open.
 */
export class OfficeHours implements ReactiveController {
  readonly #host: Host;
  #weekly?: WeeklyHours;
  #zone = '';
  #ticker?: ReturnType<typeof setInterval>;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#ticker = setInterval(() => this.#host.requestUpdate(), 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.#ticker);
  }

  /** Takes the site's `hours` in `zone`, and says in the console what is wrong with either (then there is no line). */
  set(hours: string | undefined, zone: string): void {
    const checkedZone = checkTimeZone(zone);
    const parsed = hours?.trim() ? parseHours(hours) : undefined;
    if (!checkedZone.ok) this.#host.report('timezone', `${checkedZone.error}; hours not shown`);
    if (parsed && !parsed.ok) this.#host.report('hours', `${parsed.error}; hours not shown`);
    this.#zone = zone;
    this.#weekly = parsed?.ok && checkedZone.ok ? parsed.value : undefined;
  }

  /** The line at `now` (a preview's fixed clock, else the real time), in the widget's language; empty without hours. */
  line(t: Localize<IntakeTerm>, now: unknown): string {
    if (!this.#weekly) return '';
    const { closes, opens } = hoursStatus(this.#weekly, clockTime(now), this.#zone);
    if (closes) return t.term('openUntil', { time: officeTime(closes, t.lang, this.#zone) });
    return opens ? t.term('closedUntil', { when: officeTime(opens, t.lang, this.#zone, true) }) : '';
  }
}
