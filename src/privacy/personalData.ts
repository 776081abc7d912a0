/** The kinds of personal data the redactor finds; each is replaced by `[KIND]`. */
export const personalDataKinds = ['EMAIL', 'DATE', 'CARD', 'CHI', 'PHONE', 'NI', 'POSTCODE', 'NUMBER'] as const;

export type PersonalDataKind = (typeof personalDataKinds)[number];

/** One finding: where it is, what it is, and a canonical form to compare against an allow-list. */
export interface PersonalDataMatch {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
  /** Same value, same form however it was written: national digits, `yyyy-mm-dd`, lower-case email… */
  readonly canonical: string;
}

/** Where two findings overlap on the same span, the earlier kind in this list names it. */
export function kindRank(kind: PersonalDataKind): number {
  return personalDataKinds.indexOf(kind);
}
