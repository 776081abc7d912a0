import { handoffMessages } from '../messages';

export type PhoneProblem = keyof typeof handoffMessages.phoneProblem;

export type PhoneResult =
  /** `e164` is the number as `+44…`, the one form we store and dial. */
  | { ok: true; e164: string }
  | { ok: false; problem: PhoneProblem; message: string };

/** Characters people use to lay out a number; everything else makes it "not a number". */
const LAYOUT = /[\s\-()]/g;

/**
 * Validates a UK number a person can be called back on: mobiles (07…, not 070 personal or 076
 * pager numbers, but 07624 Isle of Man mobiles), landlines (01…, 02…) and 03 numbers, written
 * nationally or as +44 / 0044 / 44, with spaces, dashes and brackets, and `+44 (0)` as people write it.
 * Premium, service, freephone, short and foreign numbers are refused with a message to show.
 */
export function validateUkPhoneNumber(input: string): PhoneResult {
  const text = input.trim();
  if (text === '') return fail('empty');
  if (!/^\+?[\d\s\-()]+$/.test(text)) return fail('not-a-number');
  const digits = text.replace(/^\+/, '00').replace(/\(0\)/, '').replace(LAYOUT, '');
  const national = nationalNumber(digits);
  if (!national.ok) return national;
  return checkRange(national.nsn);
}

/** The national significant number: the digits after the 0 (or after +44). */
function nationalNumber(digits: string): { ok: true; nsn: string } | (PhoneResult & { ok: false }) {
  if (digits.startsWith('0044')) return { ok: true, nsn: digits.slice(4).replace(/^0/, '') };
  if (digits.startsWith('00')) return fail('foreign');
  if (digits.startsWith('0')) return { ok: true, nsn: digits.slice(1) };
  // 44 without + or 00: only when the length says it is a whole international number.
  if (digits.startsWith('44') && digits.length >= 11) return { ok: true, nsn: digits.slice(2).replace(/^0/, '') };
  return digits.length < 10 ? fail('too-short') : fail('not-supported');
}

function checkRange(nsn: string): PhoneResult {
  if (/^(9|8[47]|70)/.test(nsn)) return fail('premium');
  if (/^(76(?!24)|[4568])/.test(nsn)) return fail('not-supported');
  const lengths = nsn.startsWith('1') ? [9, 10] : [10];
  if (nsn.length < Math.min(...lengths)) return fail('too-short');
  if (nsn.length > Math.max(...lengths)) return fail('too-long');
  if (!/^[1237]/.test(nsn)) return fail('not-supported');
  return { ok: true, e164: `+44${nsn}` };
}

function fail(problem: PhoneProblem): { ok: false; problem: PhoneProblem; message: string } {
  return { ok: false, problem, message: handoffMessages.phoneProblem[problem] };
}
