import type { PersonalDataKind, PersonalDataMatch } from './personalData';

/**
 * A run of digits in groups joined by one space, hyphen or dot, optionally after `+44`, `+44 (0)`
 * or a bracketed area code. The lookahead-and-backreference makes the run atomic, so a run that
 * ends badly (`12345678x`) is not cut back to a shorter one that ends well.
 */
const NUMBER_RUN =
  /(?<![\w+@.-])(?:(\+\s?44\s?(?:\(0\)\s?)?)|\((0\d{2,5})\)\s?)?(?=(\d+(?:[ .-]\d+)*))\3(?![\w@])/g;

/** Finds CHI numbers, UK phone numbers, card numbers and other long identifiers written as digits. */
export function findNumberRuns(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const m of text.matchAll(NUMBER_RUN)) {
    const run = m[3] ?? '';
    const classified = classify({ international: m[1] !== undefined, areaCode: m[2], run });
    if (classified) found.push({ ...classified, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return found;
}

interface NumberRun {
  readonly international: boolean;
  readonly areaCode: string | undefined;
  readonly run: string;
}

function classify({ international, areaCode, run }: NumberRun): { kind: PersonalDataKind; canonical: string } | undefined {
  const digits = run.replace(/\D/g, '');
  const groups = run.split(/[ .-]/).map((g) => g.length);
  if (international) {
    const national = `0${digits.replace(/^0/, '')}`;
    return national.length >= 9 ? { kind: 'PHONE', canonical: national } : undefined;
  }
  if (areaCode !== undefined) {
    const national = areaCode + digits;
    return national.length >= 9 ? { kind: 'PHONE', canonical: national } : undefined;
  }
  if (/^0044\d{9,11}$/.test(digits)) return { kind: 'PHONE', canonical: `0${digits.slice(4).replace(/^0/, '')}` };
  if (digits.length >= 13 && digits.length <= 19 && (passesLuhn(digits) || looksLikeCardLayout(groups)))
    return { kind: 'CARD', canonical: digits };
  if (digits.length === 10 && isChi(digits, groups)) return { kind: 'CHI', canonical: digits };
  if (digits.startsWith('0') && digits.length >= 9 && digits.length <= 11) return { kind: 'PHONE', canonical: digits };
  // A run this long is an identifier of something (an account, a reference); logs need none of them.
  if (digits.length >= 8) return { kind: 'NUMBER', canonical: digits };
  return undefined;
}

/**
 * A CHI number is ten digits, the first six the date of birth (ddmmyy). Ten digits not starting
 * with 0 cannot be a UK phone number, so they count as a CHI even with a mistyped date; ten digits
 * starting with 0 are a CHI only when the date is real and the layout is a CHI's, else a phone.
 */
function isChi(digits: string, groups: number[]): boolean {
  if (!digits.startsWith('0')) return true;
  const chiLayout = ['10', '3,3,4', '6,4'].includes(groups.join(','));
  return chiLayout && isDayMonth(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
}

function isDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** 4-4-4-4(-3) and Amex's 4-6-5: a card number even if one digit was mistyped. */
function looksLikeCardLayout(groups: number[]): boolean {
  const layout = groups.join(',');
  return /^4,4,4,4(,[1-3])?$/.test(layout) || layout === '4,6,5' || layout === '4,6,4';
}

/** The Luhn check every payment card number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
