import type { HelplineSchedule } from './businessHours';
import type { OpeningPeriod, WeeklyHours } from './helplineHours';
import { addDays, wallTime, type Weekday, weekdayOfDate } from './zonedTime';

const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** `9am`, `9:30am`, `12:15pm`, `midnight` (for 00:00 and 24:00). */
export function describeTime(minuteOfDay: number): string {
  const minutes = minuteOfDay % 1440;
  if (minutes === 0) return 'midnight';
  const hours24 = Math.floor(minutes / 60);
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  const suffix = hours24 < 12 ? 'am' : 'pm';
  const mins = minutes % 60;
  return mins === 0 ? `${hours12}${suffix}` : `${hours12}:${String(mins).padStart(2, '0')}${suffix}`;
}

/**
 * The weekly hours in words, consecutive days with the same hours grouped:
 * `Monday to Friday 9am to 6pm, Saturday 9am to 1pm; closed on Sunday`.
 */
export function describeWeeklyHours(hours: WeeklyHours): string {
  const hoursOf = (day: Weekday) => hours.filter((p) => p.day === day);
  const allDay = (periods: OpeningPeriod[]) => periods.length === 1 && periods[0]?.start === 0 && periods[0]?.end === 1440;
  if (WEEK.every((day) => allDay(hoursOf(day)))) return '24 hours a day, every day';

  const groups: { first: Weekday; last: Weekday; text: string }[] = [];
  for (const day of WEEK) {
    const periods = hoursOf(day);
    const text = allDay(periods) ? 'all day' : periods.map((p) => `${describeTime(p.start)} to ${describeTime(p.end)}`).join(' and ');
    const last = groups.at(-1);
    if (last !== undefined && last.text === text) last.last = day;
    else groups.push({ first: day, last: day, text });
  }
  const open = groups.filter((g) => g.text !== '').map((g) => `${dayRange(g.first, g.last)} ${g.text}`);
  // Closed days read better listed one by one ("Tuesday, Thursday and Friday") unless three or more run on.
  const closed = groups
    .filter((g) => g.text === '')
    .flatMap((g) => (g.last - g.first >= 2 ? [dayRange(g.first, g.last)] : WEEK.filter((d) => d >= g.first && d <= g.last).map((d) => DAY_NAMES[d])));
  return closed.length === 0 ? open.join(', ') : `${open.join(', ')}; closed on ${inWords(closed)}`;
}

/** `a`, `a and b`, `a, b and c`. */
function inWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function dayRange(first: Weekday, last: Weekday): string {
  if (first === last) return DAY_NAMES[first];
  if (last === first + 1) return `${DAY_NAMES[first]} and ${DAY_NAMES[last]}`;
  return `${DAY_NAMES[first]} to ${DAY_NAMES[last]}`;
}

/**
 * When `opening` is, seen from `from`, in the helpline's zone: `today at 9am`, `tomorrow at 9am`,
 * `on Monday at 9am` within a week, otherwise `on Monday 4 January at 9am`.
 */
export function describeOpening(schedule: Pick<HelplineSchedule, 'timeZone'>, from: Date, opening: Date): string {
  const today = wallTime(from, schedule.timeZone).date;
  const local = wallTime(opening, schedule.timeZone);
  const at = `at ${describeTime(local.minuteOfDay)}`;
  if (local.date === today) return `today ${at}`;
  if (local.date === addDays(today, 1)) return `tomorrow ${at}`;
  const dayName = DAY_NAMES[weekdayOfDate(local.date)];
  if (local.date <= addDays(today, 6)) return `on ${dayName} ${at}`;
  const [, month, day] = local.date.split('-').map(Number) as [number, number, number];
  return `on ${dayName} ${day} ${MONTH_NAMES[month - 1]} ${at}`;
}
