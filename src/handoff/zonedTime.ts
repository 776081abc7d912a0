/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** What a wall clock in a time zone shows at one instant. */
export interface WallTime {
  /** `YYYY-MM-DD` in the zone. */
  readonly date: string;
  readonly weekday: Weekday;
  /** 0–1439. */
  readonly minuteOfDay: number;
}

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA zone name (e.g. `Europe/London`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fieldsAt(instant: Date, timeZone: string): Fields {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

export function wallTime(instant: Date, timeZone: string): WallTime {
  const f = fieldsAt(instant, timeZone);
  return { date: isoDate(f.year, f.month, f.day), weekday: weekdayOf(f.year, f.month, f.day), minuteOfDay: f.hour * 60 + f.minute };
}

/** Minutes the zone is ahead of UTC at `instant` (60 during BST, 0 during GMT). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const f = fieldsAt(instant, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE_MS);
}

/**
 * The instant a wall clock in `timeZone` shows `date` at `minuteOfDay` (1440 = the next midnight).
 * A time skipped by a clock change (01:30 on the day BST starts) is moved forward by the change
 * (to 02:30), as calendars do; a time that happens twice (01:30 on the day GMT returns) maps to the
 * first of the two.
 */
export function instantAt(date: string, minuteOfDay: number, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  // The offset either side of the wanted time covers both sides of any change that day.
  const candidates = [offsetMinutes(new Date(asUtc - 14 * 3_600_000), timeZone), offsetMinutes(new Date(asUtc + 14 * 3_600_000), timeZone)]
    .map((offset) => new Date(asUtc - offset * MINUTE_MS))
    .sort((a, b) => a.getTime() - b.getTime());
  const exact = candidates.find((c) => offsetMinutes(c, timeZone) * MINUTE_MS === asUtc - c.getTime());
  if (exact !== undefined) return exact;
  // In a gap: the wanted local time never happens; the later candidate is the same time moved forward.
  return new Date(Math.max(...candidates.map((c) => c.getTime())));
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function weekdayOf(year: number, month: number, day: number): Weekday {
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as Weekday;
}

/** The weekday of a `YYYY-MM-DD` date. */
export function weekdayOfDate(date: string): Weekday {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return weekdayOf(year, month, day);
}

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return addDays(isoDate(year, month, day), 0) === text;
}
