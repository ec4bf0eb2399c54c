import { expect } from '@open-wc/testing';
import {
  checkTimeZone,
  clockTime,
  daysBetween,
  hoursStatus,
  instantsOf,
  officeTime,
  parseHours,
  type WeeklyHours,
} from '../../src/core/hours.js';

const DAY = 1440;
const [SUN, MON, TUE, WED, FRI, SAT] = [0, 1, 2, 3, 5, 6].map((day) => day * DAY);
const at = (iso: string) => new Date(iso);
const hm = (h: number, m = 0) => h * 60 + m;

function parsed(text: string): WeeklyHours {
  const result = parseHours(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('core/hours', () => {
  describe('parseHours', () => {
    const cases: Array<[string, Array<[number, number]>]> = [
      [
        'Mon-Fri 09:00-17:00; Sat 10:00-14:00',
        [1, 2, 3, 4, 5].map((d) => [d * DAY + hm(9), d * DAY + hm(17)] as [number, number]).concat([[SAT + hm(10), SAT + hm(14)]]),
      ],
      [
        'mon 9:00-12:00; MON 13:00-17:30',
        [
          [MON + hm(9), MON + hm(12)],
          [MON + hm(13), MON + hm(17, 30)],
        ],
      ],
      [
        'Mon - Tue  08:30 - 12:00 ;',
        [
          [MON + hm(8, 30), MON + hm(12)],
          [TUE + hm(8, 30), TUE + hm(12)],
        ],
      ],
      [
        'Fri-Mon 10:00-11:00',
        [
          [FRI + hm(10), FRI + hm(11)],
          [SAT + hm(10), SAT + hm(11)],
          [SUN + hm(10), SUN + hm(11)],
          [MON + hm(10), MON + hm(11)],
        ],
      ],
      ['Fri 22:00-02:00', [[FRI + hm(22), SAT + hm(2)]]],
      ['Sat 22:00-02:00', [[SAT + hm(22), SAT + hm(26)]]],
      ['Wed 00:00-24:00', [[WED, WED + DAY]]],
      ['Sun 07:00-07:01', [[hm(7), hm(7, 1)]]],
    ];
    for (const [input, expected] of cases) {
      it(`parses ${JSON.stringify(input)}`, () => expect(parsed(input)).to.deep.equal(expected));
    }

    const errors: Array<[string, string]> = [
      ['', 'is empty'],
      [' ; ', 'is empty'],
      ['Mon-Fry 09:00-17:00', '"Mon-Fry 09:00-17:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Weekdays 09:00-17:00', '"Weekdays 09:00-17:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Monday 09:00-17:00', '"Monday 09:00-17:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Mon-Wed-Fri 09:00-17:00', '"Mon-Wed-Fri 09:00-17:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Mon,Wed 09:00-17:00', '"Mon,Wed 09:00-17:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Mon-Fri 9am-5pm', '"Mon-Fri 9am-5pm" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Mon-Fri', '"Mon-Fri" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Sat 10:00', '"Sat 10:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Mon-Fri 09:00-17:00; Sat 10:00-25:00', '"Sat 10:00-25:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Sat 10:00-14:60', '"Sat 10:00-14:60" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Sat 24:00-02:00', '"Sat 24:00-02:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
      ['Sat 10:00-10:00', '"Sat 10:00-10:00" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"'],
    ];
    for (const [input, message] of errors) {
      it(`rejects ${JSON.stringify(input)}`, () => expect(parseHours(input)).to.deep.equal({ ok: false, error: message }));
    }
  });

  it('checkTimeZone accepts IANA names and names a bad one', () => {
    expect(checkTimeZone('America/Denver')).to.deep.equal({ ok: true, value: 'America/Denver' });
    expect(checkTimeZone('Mountain')).to.deep.equal({
      ok: false,
      error: '"Mountain" is not an IANA time zone like America/Denver',
    });
  });

  describe('instantsOf a local time (America/Denver)', () => {
    const cases: Array<[string, string, string[]]> = [
      ['an ordinary winter morning', '2026-01-05T09:00Z', ['2026-01-05T16:00:00.000Z']],
      ['an ordinary summer morning', '2026-07-06T09:00Z', ['2026-07-06T15:00:00.000Z']],
      ['02:30 on 2026-03-08 never happens: clocks jump from 02:00 MST to 03:00 MDT', '2026-03-08T02:30Z', []],
      ['01:59 on 2026-03-08 is the last minute of MST', '2026-03-08T01:59Z', ['2026-03-08T08:59:00.000Z']],
      ['03:00 on 2026-03-08 is the first minute of MDT', '2026-03-08T03:00Z', ['2026-03-08T09:00:00.000Z']],
      ['01:30 on 2026-11-01 happens twice, MDT then MST', '2026-11-01T01:30Z', ['2026-11-01T07:30:00.000Z', '2026-11-01T08:30:00.000Z']],
      ['02:00 on 2026-11-01 happens once, in MST', '2026-11-01T02:00Z', ['2026-11-01T09:00:00.000Z']],
    ];
    for (const [name, wall, expected] of cases) {
      it(name, () => expect(instantsOf(Date.parse(wall), 'America/Denver').map((t) => new Date(t).toISOString())).to.deep.equal(expected));
    }
  });

  describe('hoursStatus with a now no Date can follow for a week (found by the fuzz test)', () => {
    for (const now of [8.64e15, -8.64e15, Number.NaN, Number.POSITIVE_INFINITY]) {
      it(`${now}: closed, with no time to show, nothing thrown`, () => {
        const weekly = parseHours('Mon-Fri 09:00-17:00');
        if (!weekly.ok) throw new Error(weekly.error);
        expect(hoursStatus(weekly.value, now, 'America/Denver')).to.deep.equal({ open: false });
      });
    }
  });

  describe('hoursStatus', () => {
    const WEEKDAYS = 'Mon-Fri 09:00-17:00; Sat 10:00-14:00';
    // [what, hours, now (UTC), zone, expected: open + closes, or closed + opens]
    const cases: Array<[string, string, string, string, { open: boolean; closes?: string; opens?: string }]> = [
      [
        'Wednesday 09:00 MST: open until 17:00',
        WEEKDAYS,
        '2026-03-04T16:00:00Z',
        'America/Denver',
        { open: true, closes: '2026-03-05T00:00:00.000Z' },
      ],
      [
        'Wednesday 08:59 MST: opens at 09:00',
        WEEKDAYS,
        '2026-03-04T15:59:00Z',
        'America/Denver',
        { open: false, opens: '2026-03-04T16:00:00.000Z' },
      ],
      [
        'Wednesday 16:59:59 MST: still open',
        WEEKDAYS,
        '2026-03-04T23:59:59Z',
        'America/Denver',
        { open: true, closes: '2026-03-05T00:00:00.000Z' },
      ],
      [
        'Saturday 14:00 MST, closing time: closed until Monday 09:00 MDT (DST starts Sunday 2026-03-08)',
        WEEKDAYS,
        '2026-03-07T21:00:00Z',
        'America/Denver',
        { open: false, opens: '2026-03-09T15:00:00.000Z' },
      ],
      [
        'Sunday 2026-03-08 noon MDT: Monday 09:00 MDT',
        WEEKDAYS,
        '2026-03-08T18:00:00Z',
        'America/Denver',
        { open: false, opens: '2026-03-09T15:00:00.000Z' },
      ],
      [
        'Saturday 14:00 MDT: closed until Monday 09:00 MST (DST ends Sunday 2026-11-01)',
        WEEKDAYS,
        '2026-10-31T20:00:00Z',
        'America/Denver',
        { open: false, opens: '2026-11-02T16:00:00.000Z' },
      ],
      [
        'Friday 17:00 MDT before the fall change: Saturday 10:00 MDT',
        WEEKDAYS,
        '2026-10-30T23:00:00Z',
        'America/Denver',
        { open: false, opens: '2026-10-31T16:00:00.000Z' },
      ],
      [
        '2026-03-08 00:30 MST, Sun 01:00-04:00: opens 01:00 MST',
        'Sun 01:00-04:00',
        '2026-03-08T07:30:00Z',
        'America/Denver',
        { open: false, opens: '2026-03-08T08:00:00.000Z' },
      ],
      [
        '2026-03-08 01:30 MST, Sun 01:00-04:00: closes 04:00 MDT, two real hours on',
        'Sun 01:00-04:00',
        '2026-03-08T08:30:00Z',
        'America/Denver',
        { open: true, closes: '2026-03-08T10:00:00.000Z' },
      ],
      [
        '2026-03-08 01:30 MST, Sun 02:30-05:00: the clocks jump into opening hours at 03:00 MDT',
        'Sun 02:30-05:00',
        '2026-03-08T08:30:00Z',
        'America/Denver',
        { open: false, opens: '2026-03-08T09:00:00.000Z' },
      ],
      [
        '2026-03-08 03:10 MDT, Sun 02:30-05:00: open',
        'Sun 02:30-05:00',
        '2026-03-08T09:10:00Z',
        'America/Denver',
        { open: true, closes: '2026-03-08T11:00:00.000Z' },
      ],
      [
        '2026-03-08, Sun 02:10-02:40 never happens that day: next Sunday',
        'Sun 02:10-02:40',
        '2026-03-08T08:30:00Z',
        'America/Denver',
        { open: false, opens: '2026-03-15T08:10:00.000Z' },
      ],
      [
        '2026-11-01 00:30 MDT, Sun 01:30-05:00: the first 01:30 (MDT)',
        'Sun 01:30-05:00',
        '2026-11-01T06:30:00Z',
        'America/Denver',
        { open: false, opens: '2026-11-01T07:30:00.000Z' },
      ],
      [
        '2026-11-01 01:15 MDT, Sun 00:00-02:00: closes 02:00 MST, after the repeated hour',
        'Sun 00:00-02:00',
        '2026-11-01T07:15:00Z',
        'America/Denver',
        { open: true, closes: '2026-11-01T09:00:00.000Z' },
      ],
      [
        '2026-11-01 01:45 MDT, Sun 01:00-01:30: the clocks fall back into opening hours at 01:00 MST',
        'Sun 01:00-01:30',
        '2026-11-01T07:45:00Z',
        'America/Denver',
        { open: false, opens: '2026-11-01T08:00:00.000Z' },
      ],
      [
        '2026-11-01 01:45 MDT, Sun 00:30-01:30: the clocks fall back from 01:59 to 01:00 MST, inside opening hours',
        'Sun 00:30-01:30',
        '2026-11-01T07:45:00Z',
        'America/Denver',
        { open: false, opens: '2026-11-01T08:00:00.000Z' },
      ],
      [
        '2026-11-01 01:15 MST, Sun 00:30-01:30: open until the second 01:30',
        'Sun 00:30-01:30',
        '2026-11-01T08:15:00Z',
        'America/Denver',
        { open: true, closes: '2026-11-01T08:30:00.000Z' },
      ],
      [
        '2026-03-08 01:30 MST, Sun 01:00-02:30: the clocks jump out of opening hours at 03:00 MDT',
        'Sun 01:00-02:30',
        '2026-03-08T08:30:00Z',
        'America/Denver',
        { open: true, closes: '2026-03-08T09:00:00.000Z' },
      ],
      [
        '2026-11-01 01:15 MST (second time), Sun 01:00-01:30: open until the second 01:30',
        'Sun 01:00-01:30',
        '2026-11-01T08:15:00Z',
        'America/Denver',
        { open: true, closes: '2026-11-01T08:30:00.000Z' },
      ],
      [
        'past midnight: Friday night hours still open at 01:00 Saturday',
        'Fri-Sun 22:00-02:00',
        '2026-03-07T08:00:00Z',
        'America/Denver',
        { open: true, closes: '2026-03-07T09:00:00.000Z' },
      ],
      [
        'past midnight across the week: Saturday night open at 01:00 Sunday',
        'Sat 22:00-02:00',
        '2026-01-04T08:00:00Z',
        'America/Denver',
        { open: true, closes: '2026-01-04T09:00:00.000Z' },
      ],
      [
        'touching days run together: Monday 23:00 open until Tuesday noon',
        'Mon 00:00-24:00; Tue 00:00-12:00',
        '2026-01-06T06:00:00Z',
        'America/Denver',
        { open: true, closes: '2026-01-06T19:00:00.000Z' },
      ],
      ['around the clock: open, no closing time', 'Mon-Sun 00:00-24:00', '2026-03-08T09:30:00Z', 'America/Denver', { open: true }],
      [
        'overlapping rules: open until the later end',
        'Mon 09:00-12:00; Mon 11:00-17:00',
        '2026-03-02T18:30:00Z',
        'America/Denver',
        { open: true, closes: '2026-03-03T00:00:00.000Z' },
      ],
      [
        'a lunch break: closed at 12:30, opens 13:00',
        'Mon 09:00-12:00; Mon 13:00-17:00',
        '2026-03-02T19:30:00Z',
        'America/Denver',
        { open: false, opens: '2026-03-02T20:00:00.000Z' },
      ],
      [
        'Sunday-only hours, just after closing: next Sunday, across the DST change',
        'Sun 10:00-12:00',
        '2026-03-01T19:00:00Z',
        'America/Denver',
        { open: false, opens: '2026-03-08T16:00:00.000Z' },
      ],
      [
        'Europe/London: Friday evening GMT, opens Monday 09:00 BST (clocks change 2026-03-29)',
        'Mon-Fri 09:00-17:00',
        '2026-03-27T18:00:00Z',
        'Europe/London',
        { open: false, opens: '2026-03-30T08:00:00.000Z' },
      ],
      [
        'Asia/Kolkata (UTC+05:30): opens at 09:00 IST',
        'Mon-Fri 09:00-17:00',
        '2026-03-04T03:00:00Z',
        'Asia/Kolkata',
        { open: false, opens: '2026-03-04T03:30:00.000Z' },
      ],
      [
        'Australia/Sydney: Saturday night AEDT, opens Monday 09:00 AEST (clocks change 2026-04-05)',
        'Mon-Fri 09:00-17:00',
        '2026-04-04T10:00:00Z',
        'Australia/Sydney',
        { open: false, opens: '2026-04-05T23:00:00.000Z' },
      ],
    ];
    for (const [name, hours, now, zone, expected] of cases) {
      it(name, () => {
        const status = hoursStatus(parsed(hours), at(now), zone);
        const when = status.open ? status.closes : status.opens;
        const key = expected.open ? 'closes' : 'opens';
        expect({ open: status.open, ...(when ? { [key]: when.toISOString() } : {}) }).to.deep.equal(expected);
      });
    }

    it('no hours at all: closed, no opening', () => {
      expect(hoursStatus([], at('2026-03-04T16:00:00Z'), 'America/Denver')).to.deep.equal({ open: false, opens: undefined });
    });
  });

  describe('daysBetween (calendar days in the office zone)', () => {
    const cases: Array<[string, string, number]> = [
      ['2026-03-04T16:00:00Z', '2026-03-05T00:00:00Z', 0],
      ['2026-03-07T21:00:00Z', '2026-03-09T15:00:00Z', 2],
      ['2026-03-05T07:00:00Z', '2026-03-05T16:00:00Z', 0],
      ['2026-03-05T06:00:00Z', '2026-03-05T16:00:00Z', 1],
      ['2026-03-05T06:59:00Z', '2026-03-05T07:00:00Z', 1],
    ];
    for (const [now, later, days] of cases) {
      it(`${now} → ${later}: ${days}`, () => expect(daysBetween(at(now), at(later), 'America/Denver')).to.equal(days));
    }
  });
  describe('officeTime (the zone named the same way in English and Spanish)', () => {
    const WINTER = '2026-03-04T17:00:00Z';
    const SUMMER = '2026-07-06T17:00:00Z';
    // [language, instant, zone, with the day, expected]; spaces compared as plain spaces (Intl uses no-break ones).
    const cases: Array<[string, string, string, boolean, string]> = [
      ['en', WINTER, 'America/Denver', false, '10:00 AM MST'],
      ['es', WINTER, 'America/Denver', false, '10:00 a.m. MST'],
      ['en', SUMMER, 'America/Denver', true, 'Monday, 11:00 AM MDT'],
      ['es', SUMMER, 'America/Denver', true, 'lunes, 11:00 a.m. MDT'],
      ['en', WINTER, 'America/New_York', false, '12:00 PM EST'],
      ['es', SUMMER, 'America/Los_Angeles', false, '10:00 a.m. PDT'],
      ['es', WINTER, 'America/Phoenix', false, '10:00 a.m. MST'],
      // Languages a site added keep their own forms; tags Intl refuses fall back to English.
      ['fr', WINTER, 'America/Denver', false, '10:00 UTC−7'],
      ['__proto__', WINTER, 'America/Denver', false, '10:00 AM MST'],
      ['constructor', WINTER, 'America/Denver', true, 'Wednesday, 10:00 AM MST'],
      ['x', WINTER, 'America/Denver', false, '10:00 AM MST'],
    ];
    for (const [lang, instant, zone, day, expected] of cases) {
      it(`${lang}, ${zone}${day ? ', with the day' : ''}: ${expected}`, () => {
        expect(officeTime(at(instant), lang, zone, day).replace(/\s/g, ' ')).to.equal(expected);
      });
    }

    it('never says "GMT-7" for a US zone in Spanish', () => {
      for (const zone of ['America/Denver', 'America/Chicago', 'America/New_York', 'America/Los_Angeles']) {
        expect(officeTime(at(WINTER), 'es', zone)).not.to.match(/GMT/);
      }
    });
  });

  describe('clockTime: a preview clock, else the real time', () => {
    const REAL = Date.UTC(2026, 2, 4, 17);
    const FIXED = Date.UTC(2026, 2, 7, 22);
    const cases: Array<[string, unknown, number]> = [
      ['a Date', new Date(FIXED), FIXED],
      ['a number of ms', FIXED, FIXED],
      ['0, the epoch', 0, 0],
      ['nothing', undefined, REAL],
      ['null', null, REAL],
      ['an invalid Date', new Date(NaN), REAL],
      ['NaN', NaN, REAL],
      ['Infinity', Infinity, REAL],
      ['text, even a date', '2026-03-07T22:00:00Z', REAL],
      ['an object', { valueOf: () => FIXED }, REAL],
    ];
    for (const [name, now, expected] of cases) {
      it(`${name} → ${expected === REAL ? 'the real time' : expected}`, () => expect(clockTime(now, REAL)).to.equal(expected));
    }
  });
});
