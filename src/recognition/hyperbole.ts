/**
 * "this is killing me lol, when was it", "dying to know who did it", "been on hold that long its killing
 * me": hyperbole around a plain question. The safety check, which runs first on the message as written,
 * reads these as ordinary; to the recogniser "killing" and "dying" are the crisis answer's words and "lol" an
 * out-of-scope one, so a clear question was declined. They are taken out of the text it reads. A feeling
 * told this way ("this worry is killing me", "killing me with worry") is kept: it is what to answer.
 */
export function withoutHyperbole(text: string): string {
  const plain = text.replace(DYING_TO_KNOW, '').replace(KILLING_ME_LOL, '').replace(WAITING_IS_KILLING_ME, '');
  return plain === text ? text : plain.replace(LAUGH_AT_THE_END, '');
}

const DYING_TO_KNOW = /\b(?:i(?:'| a)?m |im )?dying to know\b/gi;
/** Said with a laugh: "this is killing me lol". */
const KILLING_ME_LOL = /\b(?:(?:this|it|that|its|it's|it is|this is|that is|thats|that's) )?(?:(?:is|s|has been) )?killing me(?: (?:lol|haha+|lmao|rofl))+\b/gi;
/** The laugh that ends a message taken for hyperbole: "dying to know when this all kicked off lol". */
const LAUGH_AT_THE_END = /\s+(?:lol|haha+|lmao|rofl)\W*$/i;
/** The wait for the phone line: "been on hold that long its killing me", "the hold music is killing me". */
const WAITING_IS_KILLING_ME = /\b(?:(?:its|it's|it is|is|has been|this is) )?killing me\b(?<=\b(?:hold|holding|wait|waiting|queue|queueing|hold music|ringing)\b.{0,30})/gi;
