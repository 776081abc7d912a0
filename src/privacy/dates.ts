import type { PersonalDataMatch } from './personalData';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = "(\\d{4}|'\\d{2})";

/** 01/03/1980, 1.3.80, 1-3-1980 (the same separator twice); US order is accepted too. */
const NUMERIC = /(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[/.-]\d)/g;
/** 1980-03-01, 1980/3/1. */
const ISO = /(?<![\w./-])((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?![\w]|[/.-]\d)/g;
/** 1st March 1980, 1 Mar 1980, 1st of March, 1980. */
const DAY_MONTH = new RegExp(`(?<![\\w])${DAY}\\s+(?:of\\s+)?${MONTH_NAME},?\\s+${YEAR}(?!\\w)`, 'gi');
/** March 1st 1980, March 1, 1980. */
const MONTH_DAY = new RegExp(`(?<![\\w])${MONTH_NAME}\\s+${DAY},?\\s+${YEAR}(?!\\w)`, 'gi');

/**
 * Full dates (day, month and year): a date of birth cannot be told from any other date, so every
 * full date counts. A month and year alone ("March 2024") or a day and month alone ("3/4") stay.
 */
export function findDates(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const add = (m: RegExpMatchArray, year: string, month: number, day: number) => {
    if (!isDate(day, month)) return;
    const start = m.index ?? 0;
    found.push({ kind: 'DATE', start, end: start + m[0].length, canonical: canonicalDate(year, month, day) });
  };
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (isDate(a, b)) add(m, m[4] ?? '', b, a);
    else add(m, m[4] ?? '', a, b);
  }
  for (const m of text.matchAll(ISO)) add(m, m[1] ?? '', Number(m[3]), Number(m[4]));
  for (const m of text.matchAll(DAY_MONTH)) add(m, m[3] ?? '', monthNumber(m[2]), Number(m[1]));
  for (const m of text.matchAll(MONTH_DAY)) add(m, m[3] ?? '', monthNumber(m[1]), Number(m[2]));
  return found;
}

function isDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function canonicalDate(year: string, month: number, day: number): string {
  const y = year.replace("'", '');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
