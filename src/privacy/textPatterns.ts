import type { PersonalDataKind, PersonalDataMatch } from './personalData';

/** Starts only at the beginning of a token (the lookbehind), so a long word is scanned once. */
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+/gi;

/** Full UK postcodes (outward and inward code), with or without the space, any case. */
const POSTCODE =
  /(?<![a-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:\d\d?|[A-HK-Y]\d\d?|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})(?![a-z0-9])/gi;

/** National Insurance numbers: two letters, six digits, a letter A–D (any letters: a mistyped one is still personal). */
const NI = /(?<![a-z0-9])[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])/gi;

const PATTERNS: ReadonlyArray<{ kind: PersonalDataKind; pattern: RegExp; canonical: (s: string) => string }> = [
  { kind: 'EMAIL', pattern: EMAIL, canonical: (s) => s.toLowerCase() },
  { kind: 'POSTCODE', pattern: POSTCODE, canonical: (s) => s.replace(/\s/g, '').toUpperCase() },
  { kind: 'NI', pattern: NI, canonical: (s) => s.replace(/\s/g, '').toUpperCase() },
];

/** Email addresses, postcodes and National Insurance numbers. */
export function findTextPatterns(text: string): PersonalDataMatch[] {
  return PATTERNS.flatMap(({ kind, pattern, canonical }) =>
    [...text.matchAll(pattern)].map((m) => ({
      kind,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      canonical: canonical(m[0]),
    })),
  );
}
