import { findPersonalData } from './findPersonalData';
import type { PersonalDataKind } from './personalData';

export type { PersonalDataKind, PersonalDataMatch } from './personalData';
export { findPersonalData } from './findPersonalData';

export interface RedactOptions {
  /**
   * Canonical values that are public and stay as written (see `publishedValues`): the helpline
   * and other numbers, addresses and dates the bot itself publishes. Use it for the bot's own
   * text only; a person's text is redacted in full.
   */
  readonly keep?: ReadonlySet<string>;
}

/** Replaces text in one step; the same options every time. */
export type Redactor = (text: string) => string;

/**
 * Replaces CHI numbers, UK phone numbers, email addresses, postcodes, full dates (a date of birth
 * looks like any other date), card numbers, National Insurance numbers and other long digit runs
 * with typed placeholders: `[CHI]`, `[PHONE]`, `[EMAIL]`, `[POSTCODE]`, `[DATE]`, `[CARD]`, `[NI]`,
 * `[NUMBER]`. Ordinary numbers (years, counts, times, prices) stay.
 */
export function redact(text: string, options: RedactOptions = {}): string {
  return replacePersonalData(text, options.keep, (kind) => `[${kind}]`);
}

/**
 * The text with each piece of personal data blanked (a space), for reading rather than keeping: a
 * CHI number or a date of birth says nothing about what the person is asking, and it need not
 * reach a recogniser at all (CLU is a cloud service). Values in `keep` (the helpline number, the
 * phishing-report address) stay: they do say what the question is about.
 */
export function withoutPersonalData(text: string, keep?: ReadonlySet<string>): string {
  return replacePersonalData(text, keep, () => ' ');
}

function replacePersonalData(text: string, keep: ReadonlySet<string> | undefined, replacement: (kind: PersonalDataKind) => string): string {
  const matches = findPersonalData(text);
  if (matches.length === 0) return text;
  let out = '';
  let from = 0;
  for (const match of matches) {
    if (keep?.has(match.canonical)) continue;
    out += `${text.slice(from, match.start)}${replacement(match.kind)}`;
    from = match.end;
  }
  return out + text.slice(from);
}

export function createRedactor(options: RedactOptions = {}): Redactor {
  return (text) => redact(text, options);
}

/**
 * The canonical form of every personal-data-shaped value in the bot's own published texts (its
 * answers and messages), for `RedactOptions.keep`: the helpline number is public, not personal.
 */
export function publishedValues(texts: Iterable<string>): ReadonlySet<string> {
  const values = new Set<string>();
  for (const text of texts) for (const match of findPersonalData(text)) values.add(match.canonical);
  return values;
}
