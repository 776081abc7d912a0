import { findDates } from './dates';
import { findNumberRuns } from './numberRuns';
import { kindRank, type PersonalDataMatch } from './personalData';
import { findTextPatterns } from './textPatterns';

/**
 * Every kind found needs an ASCII digit (numbers, dates, postcodes, NI numbers) or an `@` (email):
 * most messages have neither, and skip the eight pattern scans.
 */
const MAY_HOLD_PERSONAL_DATA = /[0-9@]/;

/**
 * Every piece of personal data in `text`, in order and without overlaps: where findings overlap, the
 * one starting first wins, then the longer, then the kind listed first (`01-03-1980` is a date, not
 * a number).
 */
export function findPersonalData(text: string): PersonalDataMatch[] {
  if (!MAY_HOLD_PERSONAL_DATA.test(text)) return [];
  const all = [...findTextPatterns(text), ...findDates(text), ...findNumberRuns(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end || kindRank(a.kind) - kindRank(b.kind),
  );
  const chosen: PersonalDataMatch[] = [];
  let end = 0;
  for (const match of all) {
    if (match.start < end) continue;
    chosen.push(match);
    end = match.end;
  }
  return chosen;
}
