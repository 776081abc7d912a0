import { findDates } from './dates';
import { findNumberRuns } from './numberRuns';
import { kindRank, type PersonalDataMatch } from './personalData';
import { findTextPatterns } from './textPatterns';

/**
 * Every kind found needs a digit (numbers, dates, postcodes, NI numbers; of any script) or an `@`
 * (email): most messages have neither, and skip the eight pattern scans.
 */
const MAY_HOLD_PERSONAL_DATA = /[@\p{Nd}]/u;

/** Whether `text` has what personal data is made of (a digit or an `@`): without one it holds none. */
export function mayHoldPersonalData(text: string): boolean {
  return MAY_HOLD_PERSONAL_DATA.test(text);
}

/** A decimal digit of another script in one UTF-16 unit: full-width (a phone keyboard's IME), Arabic-Indic, Devanagari… */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const ONE_OTHER_DIGIT = /^(?![0-9])\p{Nd}$/u;

/**
 * The text with every other-script digit in one UTF-16 unit written as its ASCII digit, so
 * "０７７００ ９００１２３" is found like "07700 900123". One unit for one unit: offsets stay the same.
 * A digit's value is its place in its block of ten (blocks of digits in one unit never touch).
 */
function withAsciiDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!ONE_OTHER_DIGIT.test(ch)) {
      out += ch;
      continue;
    }
    const code = ch.charCodeAt(0);
    let value = 0;
    while (value < 9 && ONE_OTHER_DIGIT.test(String.fromCharCode(code - value - 1))) value++;
    out += String(value);
  }
  return out;
}

/**
 * Every piece of personal data in `text`, in order and without overlaps: where findings overlap, the
 * one starting first wins, then the longer, then the kind listed first (`01-03-1980` is a date, not
 * a number).
 */
export function findPersonalData(written: string): PersonalDataMatch[] {
  if (!mayHoldPersonalData(written)) return [];
  const text = withAsciiDigits(written);
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
