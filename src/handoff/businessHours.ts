import type { Clock } from './clock';
import { type ParseResult, parseClosedDates, parseHelplineHours, type WeeklyHours } from './helplineHours';
import { addDays, instantAt, isValidTimeZone, wallTime, weekdayOfDate } from './zonedTime';

/** When people can reach the team: the weekly hours, in a zone, less closed dates. */
export interface HelplineSchedule {
  readonly hours: WeeklyHours;
  /** IANA zone the hours are written in, e.g. `Europe/London`. */
  readonly timeZone: string;
  /** `YYYY-MM-DD` local dates the team is closed all day (bank holidays). */
  readonly closedDates: readonly string[];
}

/** How far ahead `nextOpening` looks before giving up (a long run of closed dates). */
const SEARCH_DAYS = 400;

/** Builds a schedule from the three settings' text; each problem names its setting. */
export function parseHelplineSchedule(settings: {
  hours: string;
  timeZone: string;
  closedDates: string;
}): ParseResult<HelplineSchedule> {
  const hours = parseHelplineHours(settings.hours);
  if (!hours.ok) return { ok: false, problem: `HelplineHours: ${hours.problem}` };
  if (!isValidTimeZone(settings.timeZone))
    return { ok: false, problem: `HelplineTimeZone: "${settings.timeZone}" is not an IANA time zone such as Europe/London` };
  const closedDates = parseClosedDates(settings.closedDates);
  if (!closedDates.ok) return { ok: false, problem: `HelplineClosedDates: ${closedDates.problem}` };
  return { ok: true, value: { hours: hours.value, timeZone: settings.timeZone, closedDates: closedDates.value } };
}

/** Is the team open at `instant`? Open from the first minute of a period until (not including) its end. */
export function isOpen(schedule: HelplineSchedule, instant: Date): boolean {
  const local = wallTime(instant, schedule.timeZone);
  if (schedule.closedDates.includes(local.date)) return false;
  return schedule.hours.some((p) => p.day === local.weekday && p.start <= local.minuteOfDay && local.minuteOfDay < p.end);
}

/**
 * The earliest instant at or after `instant` when the team is open: `instant` itself when open now,
 * otherwise the start of the next opening period. Undefined only if nothing opens within a year.
 */
export function nextOpening(schedule: HelplineSchedule, instant: Date): Date | undefined {
  if (isOpen(schedule, instant)) return instant;
  const today = wallTime(instant, schedule.timeZone).date;
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const date = addDays(today, offset);
    if (schedule.closedDates.includes(date)) continue;
    const weekday = weekdayOfDate(date);
    for (const period of schedule.hours) {
      if (period.day !== weekday) continue;
      const opens = instantAt(date, period.start, schedule.timeZone);
      // The check also skips a start that a clock change moved out of its own period.
      if (opens.getTime() > instant.getTime() && isOpen(schedule, opens)) return opens;
    }
  }
  return undefined;
}

export type HelplineStatus = { kind: 'open' } | { kind: 'closed'; nextOpening: Date | undefined };

/** Open or closed now, and if closed when it next opens. */
export function helplineStatus(schedule: HelplineSchedule, clock: Clock): HelplineStatus {
  const now = clock.now();
  return isOpen(schedule, now) ? { kind: 'open' } : { kind: 'closed', nextOpening: nextOpening(schedule, now) };
}
