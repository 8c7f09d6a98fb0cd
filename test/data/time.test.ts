// Table-driven checks of the time model: what organizers write, which instant it means, how it is shown.
// Runs in the default browser zone (Europe/Berlin); nothing here may depend on it.
import { expect } from '@open-wc/testing';
import {
  dayKey,
  fixedOffsetMinutes,
  formatInstant,
  formatTimeOfDay,
  wallClockAt,
  zoneLongName,
  formatCalendarDate,
  formatInZone,
  formatRange,
  formatRelative,
  isCalendarDate,
  isKnownTimeZone,
  isWallClockTime,
  offsetMinutesAt,
  parseDateValue,
  remainingUntil,
  resolveDate,
  zoneLabel,
  zonedTimeToInstant,
} from '../../src/data/time.js';

const iso = (instant: number) => new Date(instant).toISOString().slice(0, 16) + 'Z';
// Intl puts thin and narrow no-break spaces around range dashes and before AM/PM; compare them as spaces.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('time: calendar dates', () => {
  const cases: [string, boolean][] = [
    ['2028-02-29', true], // leap year
    ['2027-02-29', false],
    ['2000-02-29', true], // divisible by 400
    ['2100-02-29', false], // divisible by 100 only
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-07', true], // month precision
    ['2026-13', false],
    ['2026-00', false],
    ['2026-01-30T23:59', true],
    ['2026-01-30T24:00', false],
    ['2026-01-30T12:60', false],
    ['2026-1-3', false],
    ['2026-01-30 23:59', false],
    ['', false],
  ];
  for (const [value, valid] of cases) {
    it(`${JSON.stringify(value)} is ${valid ? 'a real date' : 'not a date'}`, () => {
      expect(isCalendarDate(value)).to.equal(valid);
    });
  }

  it('parses with the precision written', () => {
    expect(parseDateValue('2026-07')).to.deep.equal({ wall: { year: 2026, month: 7, day: 1, hour: 0, minute: 0 }, precision: 'month' });
    expect(parseDateValue('2026-04-24')?.precision).to.equal('day');
    expect(parseDateValue('2026-04-24T08:05')).to.deep.equal({ wall: { year: 2026, month: 4, day: 24, hour: 8, minute: 5 }, precision: 'minute' });
  });

  const times: [string, boolean][] = [['00:00', true], ['23:59', true], ['24:00', false], ['09:60', false], ['9:30', false], ['09:30:00', false]];
  for (const [value, valid] of times) {
    it(`wall-clock time ${value} is ${valid ? 'valid' : 'invalid'}`, () => expect(isWallClockTime(value)).to.equal(valid));
  }

  const zones: [string, boolean][] = [['AoE', true], ['UTC', true], ['Europe/Vienna', true], ['America/Sao_Paulo', true], ['Mars/Olympus_Mons', false], ['GMT-3 Rio', false], ['', false]];
  for (const [zone, known] of zones) {
    it(`zone ${JSON.stringify(zone)} is ${known ? 'known' : 'unknown'}`, () => expect(isKnownTimeZone(zone)).to.equal(known));
  }
});

describe('time: resolving what organizers wrote', () => {
  const cases: { name: string; value: string; zone: string; kind?: string; end?: string; start: string; last: string; implied: boolean }[] = [
    { name: 'AoE date-only deadline ends 23:59 UTC-12', value: '2025-02-10', zone: 'AoE', start: '2025-02-11T11:59Z', last: '2025-02-11T11:59Z', implied: true },
    { name: 'AoE deadline with a time', value: '2026-04-24T12:00', zone: 'AoE', start: '2026-04-25T00:00Z', last: '2026-04-25T00:00Z', implied: false },
    { name: 'UTC deadline', value: '2027-02-05T12:00', zone: 'UTC', start: '2027-02-05T12:00Z', last: '2027-02-05T12:00Z', implied: false },
    { name: 'east of UTC (Tokyo)', value: '2027-01-01T09:00', zone: 'Asia/Tokyo', start: '2027-01-01T00:00Z', last: '2027-01-01T00:00Z', implied: false },
    { name: 'half-hour zone (Kolkata)', value: '2027-01-01T05:30', zone: 'Asia/Kolkata', start: '2027-01-01T00:00Z', last: '2027-01-01T00:00Z', implied: false },
    { name: 'quarter-hour zone (Kathmandu)', value: '2027-01-01T05:45', zone: 'Asia/Kathmandu', start: '2027-01-01T00:00Z', last: '2027-01-01T00:00Z', implied: false },
    { name: 'UTC+14 is a whole day ahead of AoE', value: '2027-02-10T23:59', zone: 'Pacific/Kiritimati', start: '2027-02-10T09:59Z', last: '2027-02-10T09:59Z', implied: false },
    { name: 'west of UTC (New York, winter)', value: '2027-01-15T18:00', zone: 'America/New_York', start: '2027-01-15T23:00Z', last: '2027-01-15T23:00Z', implied: false },
    { name: 'Rio de Janeiro is UTC-3 in January (no DST since 2019)', value: '2026-01-15T12:00', zone: 'America/Sao_Paulo', start: '2026-01-15T15:00Z', last: '2026-01-15T15:00Z', implied: false },
    { name: 'Rio de Janeiro is UTC-3 in April', value: '2026-04-26T08:55', zone: 'America/Sao_Paulo', start: '2026-04-26T11:55Z', last: '2026-04-26T11:55Z', implied: false },
    { name: 'Sao Paulo still had DST in December 2018 (UTC-2)', value: '2018-12-15T12:00', zone: 'America/Sao_Paulo', start: '2018-12-15T14:00Z', last: '2018-12-15T14:00Z', implied: false },
    { name: 'a date-only event covers the whole day', value: '2027-04-26', zone: 'Europe/Vienna', kind: 'event', start: '2027-04-25T22:00Z', last: '2027-04-26T21:59Z', implied: false },
    { name: 'a date-only notification covers the whole day', value: '2026-03-01', zone: 'AoE', kind: 'notification', start: '2026-03-01T12:00Z', last: '2026-03-02T11:59Z', implied: false },
    { name: 'a period runs from the first day to 23:59 of the last', value: '2026-01-31', end: '2026-02-07', zone: 'AoE', kind: 'period', start: '2026-01-31T12:00Z', last: '2026-02-08T11:59Z', implied: false },
    { name: 'a period with times', value: '2027-04-26T09:00', end: '2027-04-27T17:00', zone: 'Europe/Vienna', kind: 'period', start: '2027-04-26T07:00Z', last: '2027-04-27T15:00Z', implied: false },
    { name: 'month precision covers the month (Seoul, July 2026)', value: '2026-07', zone: 'Asia/Seoul', kind: 'event', start: '2026-06-30T15:00Z', last: '2026-07-31T14:59Z', implied: false },
    { name: 'a month-precision deadline ends on the last day of the month', value: '2027-02', zone: 'AoE', start: '2027-02-01T12:00Z', last: '2027-03-01T11:59Z', implied: false },
    { name: 'leap day deadline', value: '2028-02-29', zone: 'AoE', start: '2028-03-01T11:59Z', last: '2028-03-01T11:59Z', implied: true },
    { name: 'deadline on the LA spring-forward day ends 23:59 PDT', value: '2027-03-14', zone: 'America/Los_Angeles', start: '2027-03-15T06:59Z', last: '2027-03-15T06:59Z', implied: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const resolved = resolveDate(c.value, c.zone, { ...(c.kind && { kind: c.kind }), ...(c.end && { end: c.end }) })!;
      expect(resolved, 'resolved').to.not.equal(null);
      expect(iso(resolved.start), 'start').to.equal(c.start);
      expect(iso(resolved.end), 'end').to.equal(c.last);
      expect(resolved.impliedTime, 'impliedTime').to.equal(c.implied);
      expect(resolved.zone).to.equal(c.zone);
    });
  }

  it('returns null for dates that do not exist', () => {
    expect(resolveDate('2027-02-29', 'AoE')).to.equal(null);
    expect(resolveDate('2026-02-30', 'UTC', { kind: 'event' })).to.equal(null);
  });

  it('keeps the precision of a period end', () => {
    const resolved = resolveDate('2026-01-31', 'AoE', { kind: 'period', end: '2026-02-07T12:00' })!;
    expect([resolved.precision, resolved.endPrecision]).to.deep.equal(['day', 'minute']);
    expect(iso(resolved.end)).to.equal('2026-02-08T00:00Z');
  });
});

describe('time: daylight-saving transitions in both hemispheres', () => {
  const offsets: [string, string, number][] = [
    // America/Los_Angeles: spring forward 2027-03-14 02:00 -> 03:00, fall back 2027-11-07 02:00 -> 01:00.
    ['America/Los_Angeles', '2027-03-14T09:59Z', -480],
    ['America/Los_Angeles', '2027-03-14T10:00Z', -420],
    ['America/Los_Angeles', '2027-11-07T08:59Z', -420],
    ['America/Los_Angeles', '2027-11-07T09:00Z', -480],
    // Australia/Sydney: DST starts 2026-10-04 02:00 -> 03:00, ends 2027-04-04 03:00 -> 02:00.
    ['Australia/Sydney', '2026-10-03T15:59Z', 600],
    ['Australia/Sydney', '2026-10-03T16:00Z', 660],
    ['Australia/Sydney', '2027-04-03T15:59Z', 660],
    ['Australia/Sydney', '2027-04-03T16:00Z', 600],
    // Sao Paulo: the same offset in southern summer and winter.
    ['America/Sao_Paulo', '2026-01-15T12:00Z', -180],
    ['America/Sao_Paulo', '2026-07-15T12:00Z', -180],
    ['AoE', '2026-07-15T12:00Z', -720],
    ['Europe/Vienna', '2027-04-26T12:00Z', 120],
    ['Europe/Vienna', '2027-01-26T12:00Z', 60],
  ];
  for (const [zone, at, minutes] of offsets) {
    it(`${zone} is UTC${minutes >= 0 ? '+' : ''}${minutes / 60} at ${at}`, () => {
      expect(offsetMinutesAt(Date.parse(at.replace('Z', ':00Z')), zone)).to.equal(minutes);
    });
  }

  const walls: [string, string, string, string][] = [
    ['LA gap: 02:30 does not exist; it moves forward by the jump', 'America/Los_Angeles', '2027-03-14T02:30', '2027-03-14T10:30Z'],
    ['LA: 03:00 right after the gap', 'America/Los_Angeles', '2027-03-14T03:00', '2027-03-14T10:00Z'],
    ['LA overlap: 01:30 happens twice; the earlier (PDT) wins', 'America/Los_Angeles', '2027-11-07T01:30', '2027-11-07T08:30Z'],
    ['LA: 02:00 after the overlap is PST', 'America/Los_Angeles', '2027-11-07T02:00', '2027-11-07T10:00Z'],
    ['Sydney gap: 02:30 on 4 Oct 2026 moves forward to 03:30 AEDT', 'Australia/Sydney', '2026-10-04T02:30', '2026-10-03T16:30Z'],
    ['Sydney overlap: 02:30 on 4 Apr 2027 takes the earlier AEDT reading', 'Australia/Sydney', '2027-04-04T02:30', '2027-04-03T15:30Z'],
    ['Sao Paulo: midnight on the old first DST day exists (no DST in 2026)', 'America/Sao_Paulo', '2026-11-01T00:00', '2026-11-01T03:00Z'],
  ];
  for (const [name, zone, value, expected] of walls) {
    it(name, () => {
      const { wall } = parseDateValue(value)!;
      expect(iso(zonedTimeToInstant(wall, zone))).to.equal(expected);
    });
  }

  it('labels the zone with the offset in force at that instant, in one style whatever the language', () => {
    expect(zoneLabel('America/Los_Angeles', Date.UTC(2027, 0, 15), 'en-US')).to.equal('UTC\u22128');
    expect(zoneLabel('America/Los_Angeles', Date.UTC(2027, 6, 15), 'en-US')).to.equal('UTC\u22127');
    expect(zoneLabel('America/Sao_Paulo', Date.UTC(2027, 0, 15), 'en-US')).to.equal('UTC\u22123');
    expect(zoneLabel('Australia/Sydney', Date.UTC(2027, 0, 15), 'en-US')).to.equal('UTC+11');
    expect(zoneLabel('Australia/Sydney', Date.UTC(2027, 6, 15), 'en-US')).to.equal('UTC+10');
    expect(zoneLabel('Asia/Kolkata', Date.UTC(2027, 0, 15), 'en-US')).to.equal('UTC+5:30');
    expect(zoneLabel('Europe/Berlin', Date.UTC(2027, 6, 15), 'de')).to.equal('UTC+2'); // not "MESZ"
    expect(zoneLabel('Europe/London', Date.UTC(2027, 0, 15), 'en-GB')).to.equal('UTC');
    expect(zoneLabel('AoE', Date.UTC(2027, 0, 15), 'en-US')).to.equal('AoE');
    expect(zoneLabel('UTC', Date.UTC(2027, 0, 15), 'en-US')).to.equal('UTC');
  });

  it('puts one instant on different calendar days in different zones', () => {
    const instant = Date.UTC(2027, 1, 11, 11, 59);
    expect(dayKey(instant, 'AoE')).to.equal('2027-02-10');
    expect(dayKey(instant, 'UTC')).to.equal('2027-02-11');
    expect(dayKey(instant, 'Pacific/Kiritimati')).to.equal('2027-02-12');
  });
});

describe('time: formatting', () => {
  it('formats a deadline in its zone with the zone named, 24-hour', () => {
    const { end } = resolveDate('2025-02-10', 'AoE')!;
    expect(formatInZone(end, 'AoE', { locale: 'en-US' })).to.equal('Feb 10, 2025, 23:59 AoE');
    expect(formatInZone(end, 'UTC', { locale: 'en-US' })).to.equal('Feb 11, 2025, 11:59 UTC');
    expect(formatInZone(end, 'America/Sao_Paulo', { locale: 'en-US' })).to.equal('Feb 11, 2025, 08:59 UTC\u22123');
    expect(formatInZone(end, 'AoE', { locale: 'en-US', weekday: true })).to.equal('Mon, Feb 10, 2025, 23:59 AoE');
    expect(formatInZone(end, 'AoE', { locale: 'en-US', precision: 'day' })).to.equal('Feb 10, 2025');
  });

  it('formats a period as a locale range', () => {
    const resolved = resolveDate('2026-01-31', 'AoE', { kind: 'period', end: '2026-02-07' })!;
    expect(plain(formatRange(resolved.start, resolved.end, 'AoE', { locale: 'en-US', precision: 'day' }))).to.equal('Jan 31 – Feb 7, 2026');
  });

  const calendar: [string, { locale?: string; end?: string; weekday?: boolean }, string][] = [
    ['2026-04-27', { locale: 'en-US' }, 'Apr 27, 2026'],
    ['2026-04-27', { locale: 'en-US', weekday: true }, 'Mon, Apr 27, 2026'],
    ['2026-07', { locale: 'en-US' }, 'July 2026'],
    ['2028-02-29', { locale: 'en-US' }, 'Feb 29, 2028'],
    ['2027-04-26', { locale: 'en-US', end: '2027-04-27' }, 'Apr 26 – 27, 2027'],
    ['2026-01-31', { locale: 'en-US', end: '2026-02-07' }, 'Jan 31 – Feb 7, 2026'],
    ['2027-04-26', { locale: 'en-US', end: '2027-04-26' }, 'Apr 26, 2027'],
    ['2026-04-27', { locale: 'de-DE' }, '27. Apr. 2026'],
    ['2026-04-27', { locale: 'ja-JP' }, '2026年4月27日'],
    ['not a date', { locale: 'en-US' }, 'not a date'],
    ['2027-02-29', { locale: 'en-US' }, '2027-02-29'],
  ];
  for (const [value, options, expected] of calendar) {
    it(`formatCalendarDate(${JSON.stringify(value)}, ${JSON.stringify(options)}) = ${expected}`, () => {
      expect(plain(formatCalendarDate(value, options))).to.equal(expected);
    });
  }

  it('keeps the workshop day the same day whatever the zone (no shift at midnight)', () => {
    // The browser runs in Europe/Berlin (UTC+1/+2): a naive new Date("2026-04-27") would still say the 27th,
    // but in a zone west of UTC it would say the 26th. The calendar date is never converted.
    expect(formatCalendarDate('2026-01-01', { locale: 'en-US' })).to.equal('Jan 1, 2026');
    expect(formatCalendarDate('2026-12-31', { locale: 'en-US' })).to.equal('Dec 31, 2026');
  });

  const now = Date.UTC(2026, 10, 22, 12, 0);
  const relative: [string, number, string][] = [
    ['now', 0, 'now'],
    ['in 30 seconds', 30_000, 'in 30 seconds'],
    ['in 2 minutes (1.5 rounds up)', 90_000, 'in 2 minutes'],
    ['2 hours ago', -2 * 3_600_000, '2 hours ago'],
    ['tomorrow', 86_400_000 + 60_000, 'tomorrow'],
    ['in 3 days', 3 * 86_400_000, 'in 3 days'],
    ['yesterday', -86_400_000, 'yesterday'],
    ['in 2 weeks', 15 * 86_400_000, 'in 2 weeks'],
    ['next month', 40 * 86_400_000, 'next month'],
    ['in 2 months', 70 * 86_400_000, 'in 2 months'],
    ['last year', -400 * 86_400_000, 'last year'],
  ];
  for (const [name, offset, expected] of relative) {
    it(`formatRelative: ${name}`, () => {
      expect(formatRelative(now + offset, now, 'en-US')).to.equal(expected);
    });
  }

  it('formatRelative speaks the page language', () => {
    expect(formatRelative(now + 3 * 86_400_000, now, 'de-DE')).to.equal('in 3 Tagen');
    expect(formatRelative(now + 3 * 86_400_000, now, 'fr-FR')).to.equal('dans 3 jours');
  });

  const remaining: [string, number, [number, number, number, number]][] = [
    ['1 day 2 h 3 min 4.5 s', ((26 * 60 + 3) * 60 + 4) * 1000 + 500, [1, 2, 3, 4]],
    ['exactly 10 days', 10 * 86_400_000, [10, 0, 0, 0]],
    ['999 ms rounds down', 999, [0, 0, 0, 0]],
    ['59 s', 59_000, [0, 0, 0, 59]],
    ['past deadlines have nothing left', -5000, [0, 0, 0, 0]],
  ];
  for (const [name, offset, [days, hours, minutes, seconds]] of remaining) {
    it(`remainingUntil: ${name}`, () => {
      expect(remainingUntil(now + offset, now)).to.deep.equal({ days, hours, minutes, seconds, totalMs: Math.max(0, offset) });
    });
  }

  it('remainingUntil counts real elapsed time across a DST change (23-hour day in LA)', () => {
    const before = zonedTimeToInstant({ year: 2027, month: 3, day: 13, hour: 12, minute: 0 }, 'America/Los_Angeles');
    const after = zonedTimeToInstant({ year: 2027, month: 3, day: 14, hour: 12, minute: 0 }, 'America/Los_Angeles');
    expect(remainingUntil(after, before)).to.deep.include({ days: 0, hours: 23, minutes: 0 });
  });
});

describe('time: fixed offsets as sites write them', () => {
  const written: [string, number | undefined][] = [
    ['UTC-7', -420],
    ['GMT-3', -180], // three hours behind, as sites mean it (IANA's "Etc/GMT-3" is the other way round)
    ['UTC+05:30', 330],
    ['UTC+0530', 330],
    ['+02:00', 120],
    ['-07:00', -420],
    ['UTC\u22127', -420], // the true minus sign, as this library prints it
    ['utc+5', 300],
    ['UTC', 0],
    ['GMT', 0],
    ['UTC+14', 840],
    ['UTC+15', undefined],
    ['UTC+05:60', undefined],
    ['UTC-', undefined],
    ['+2:00', 120],
    ['Etc/GMT+7', undefined], // an IANA name: Intl reads it
    ['Z', undefined],
    ['', undefined],
  ];
  for (const [zone, minutes] of written) {
    it(`${JSON.stringify(zone)} is ${minutes === undefined ? 'not a fixed offset' : `${minutes} minutes`}`, () => {
      expect(fixedOffsetMinutes(zone)).to.equal(minutes);
      if (minutes !== undefined) expect(isKnownTimeZone(zone)).to.equal(true);
    });
  }

  it('are read by our own arithmetic, the same as the IANA zone of that offset wherever Intl has one', () => {
    const instant = Date.UTC(2027, 2, 14, 16, 30); // a DST change day in the US: fixed offsets do not move
    for (const [fixed, iana] of [['UTC-7', 'Etc/GMT+7'], ['GMT-3', 'Etc/GMT+3'], ['UTC+9', 'Etc/GMT-9'], ['+02:00', 'Etc/GMT-2']] as const) {
      expect(offsetMinutesAt(instant, fixed), fixed).to.equal(offsetMinutesAt(instant, iana));
      expect(wallClockAt(instant, fixed), fixed).to.deep.equal(wallClockAt(instant, iana));
      expect(formatInstant(instant, fixed, { locale: 'en-US' }), fixed).to.equal(formatInstant(instant, iana, { locale: 'en-US' }));
      expect(dayKey(instant, fixed)).to.equal(dayKey(instant, iana));
    }
    expect(offsetMinutesAt(instant, 'UTC+05:30')).to.equal(330);
    expect(formatTimeOfDay(instant, 'UTC+05:30', 'en-US')).to.equal('22:00');
    expect(dayKey(Date.UTC(2027, 0, 1, 20, 0), 'UTC+05:30')).to.equal('2027-01-02');
  });

  it('turn what organizers wrote into instants with no daylight-saving shift', () => {
    expect(resolveDate('2027-03-14T09:30', 'UTC-7')!.start).to.equal(Date.UTC(2027, 2, 14, 16, 30));
    expect(resolveDate('2027-07-14T09:30', 'UTC-7')!.start).to.equal(Date.UTC(2027, 6, 14, 16, 30));
    expect(resolveDate('2027-02-10', 'UTC+05:30')!.end).to.equal(Date.UTC(2027, 1, 10, 18, 29));
    expect(zonedTimeToInstant({ year: 2027, month: 1, day: 1, hour: 0, minute: 0 }, '+02:00')).to.equal(Date.UTC(2026, 11, 31, 22, 0));
  });

  it('are shown as the organizers wrote them, with a true minus sign', () => {
    const { end } = resolveDate('2027-02-10', 'UTC-7')!;
    expect(formatInZone(end, 'UTC-7', { locale: 'en-US' })).to.equal('Feb 10, 2027, 23:59 UTC\u22127');
    expect(zoneLabel('GMT-3', end)).to.equal('GMT\u22123');
    expect(zoneLabel('UTC+05:30', end)).to.equal('UTC+05:30');
    expect(zoneLabel('+02:00', end)).to.equal('UTC+02:00');
    expect(zoneLabel('utc-7', end)).to.equal('UTC\u22127');
    expect(zoneLongName('UTC-7', end, 'en-US')).to.equal('UTC\u22127');
    expect(zoneLongName('UTC', end, 'en-US')).to.equal('Coordinated Universal Time');
    expect(plain(formatRange(resolveDate('2027-03-01T09:00', 'UTC+05:30')!.start, resolveDate('2027-03-01T17:00', 'UTC+05:30')!.start, 'UTC+05:30', { locale: 'en-US' }))).to.match(/^Mar 1, 2027, 09:00 – 17:00$/);
  });

  it('other spellings are unknown rather than guessed', () => {
    for (const zone of ['UTC -7', 'UTC+7h', 'PST8PDT-ish', 'Mars/Olympus_Mons', 'UTC+5:3']) expect(isKnownTimeZone(zone), zone).to.equal(false);
  });
});
