import { describeWeeklyHours } from './describeHours';
import type { WeeklyHours } from './helplineHours';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The times and day names a text mentions: enough to notice when one place changes the hours. */
export function hoursMentioned(text: string): { times: string[]; days: string[] } {
  const times = [...new Set(text.toLowerCase().match(/\b\d{1,2}(?::\d{2})?(?:am|pm)\b|\bmidnight\b/g) ?? [])].sort();
  const days = DAYS.filter((day) => new RegExp(`\\b${day}\\b`, 'i').test(text));
  return { times, days };
}

/**
 * Which of the texts that state the helpline's hours (the fixed messages, the `helpline` answer)
 * give other times or days than `HelplineHours`, by name. A person told "open until 6pm" by one
 * and offered a person until 8pm by the other would not know whom to believe.
 */
export function textsDisagreeingWith(hours: WeeklyHours, texts: Readonly<Record<string, string>>): string[] {
  const schedule = JSON.stringify(hoursMentioned(describeWeeklyHours(hours)));
  return Object.entries(texts)
    .filter(([, text]) => JSON.stringify(hoursMentioned(text)) !== schedule)
    .map(([name]) => name);
}
