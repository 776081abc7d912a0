import { isCalendarDate, type Weekday } from './zonedTime';

/** One stretch of opening on one weekday, in minutes from local midnight; `end` may be 1440. */
export interface OpeningPeriod {
  readonly day: Weekday;
  readonly start: number;
  readonly end: number;
}

/** The weekly pattern, sorted by day then start; periods on one day never overlap. */
export type WeeklyHours = readonly OpeningPeriod[];

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: string };

const DAY_NAMES: Record<string, Weekday> = {
  mon: 1, monday: 1,
  tue: 2, tues: 2, tuesday: 2,
  wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5,
  sat: 6, saturday: 6,
  sun: 7, sunday: 7,
};

const FORMAT_HINT = 'write it like "Mon-Fri 09:00-18:00; Sat 09:00-13:00"';

/**
 * Parses `HelplineHours`: `;`-separated entries of days then a time range. Days are a single day
 * (`Sat`), a range (`Mon-Fri`) or a comma list of either (`Mon,Wed-Thu`); times are 24-hour `HH:MM`,
 * and `24:00` is the end of the day. Entries for the same day are merged.
 */
export function parseHelplineHours(text: string): ParseResult<WeeklyHours> {
  const entries = text.split(';').map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) return { ok: false, problem: `is empty; ${FORMAT_HINT}` };
  const periods: OpeningPeriod[] = [];
  for (const entry of entries) {
    const match = /^(\S+)\s+(\S+)$/.exec(entry.replace(/\s*([-,])\s*/g, '$1'));
    if (match === null) return { ok: false, problem: `"${entry}" is not "DAYS HH:MM-HH:MM"; ${FORMAT_HINT}` };
    const days = parseDays(match[1] as string);
    if (!days.ok) return { ok: false, problem: `"${entry}": ${days.problem}` };
    const times = parseTimeRange(match[2] as string);
    if (!times.ok) return { ok: false, problem: `"${entry}": ${times.problem}` };
    for (const day of days.value) periods.push({ day, ...times.value });
  }
  return { ok: true, value: merge(periods) };
}

function parseDays(text: string): ParseResult<Weekday[]> {
  const days: Weekday[] = [];
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    if (extra !== undefined) return { ok: false, problem: `"${part}" is not a day or a day range like Mon-Fri` };
    const first = dayOf(from ?? '');
    if (first === undefined) return { ok: false, problem: `"${from}" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)` };
    const last = to === undefined ? first : dayOf(to);
    if (last === undefined) return { ok: false, problem: `"${to}" is not a day (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)` };
    if (last < first) return { ok: false, problem: `the day range ${part} runs backwards; weeks start on Monday, so write e.g. "Sat-Sun; Mon"` };
    for (let day = first; day <= last; day++) days.push(day as Weekday);
  }
  return { ok: true, value: days };
}

function dayOf(name: string): Weekday | undefined {
  return DAY_NAMES[name.toLowerCase()];
}

function parseTimeRange(text: string): ParseResult<{ start: number; end: number }> {
  const match = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(text);
  if (match === null) return { ok: false, problem: `"${text}" is not a time range like 09:00-18:00` };
  const start = minutesOf(match[1] as string);
  const end = minutesOf(match[2] as string);
  if (start === undefined || start === 1440) return { ok: false, problem: `${match[1]} is not an opening time (00:00–23:59)` };
  if (end === undefined) return { ok: false, problem: `${match[2]} is not a closing time (00:01–24:00)` };
  if (end <= start) return { ok: false, problem: `closes (${match[2]}) before it opens (${match[1]}); use 24:00 for the end of the day` };
  return { ok: true, value: { start, end } };
}

/** Minutes from midnight for `HH:MM`, 00:00–24:00. */
function minutesOf(time: string): number | undefined {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

function merge(periods: OpeningPeriod[]): WeeklyHours {
  const sorted = [...periods].sort((a, b) => a.day - b.day || a.start - b.start);
  const merged: OpeningPeriod[] = [];
  for (const period of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && last.day === period.day && period.start <= last.end) {
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, period.end) };
    } else {
      merged.push(period);
    }
  }
  return merged;
}

/** Parses `HelplineClosedDates`: comma-separated `YYYY-MM-DD` local dates (bank holidays); empty is none. */
export function parseClosedDates(text: string): ParseResult<string[]> {
  const dates = text.split(',').map((d) => d.trim()).filter((d) => d !== '');
  const bad = dates.find((d) => !isCalendarDate(d));
  if (bad !== undefined) return { ok: false, problem: `"${bad}" is not a date written YYYY-MM-DD (e.g. 2026-12-25)` };
  return { ok: true, value: [...new Set(dates)].sort() };
}
