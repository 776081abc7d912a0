/**
 * People write their name, date of birth and address "so you can check": "hi my name is margaret
 * o'neill dob 14/03/1952 living in castle douglas, was my data stolen". The bot never checks, and
 * the names and streets themselves say nothing about the question; to the recogniser they are unknown
 * words that make the message read as out of scope. This takes them out of the text it reads, leaving
 * what was given ("my name is", "my address"); numbers, dates and postcodes are already gone
 * (`withoutPersonalData`).
 */
export function withoutIdentityDetails(text: string): string {
  if (!MAY_HOLD_DETAILS.test(text)) return text;
  const clauses = text.split(CLAUSE);
  // What is given stays said ("my name is", "my address"): it tells that the person wants checking.
  const kept = clauses.map((clause) => clause.replace(NAME_GIVEN, '$1').replace(STREET, 'my address').replace(POSTCODE_DISTRICT, ' '));
  const changed = kept.some((k, i) => k !== clauses[i]);
  // A clause that is a name alone ("Sandra Kerr, 12 Annan Road, …"), beside details given, is one too.
  const out = changed ? kept.map((k) => (NAME_ALONE.test(k) ? 'my name' : k)) : kept;
  const read = out.join(', ').replace(/(?:\s*,\s*){2,}/g, ', ').replace(/^\s*,\s*|\s*,\s*$/g, '').trim();
  // Nothing left to read: the details were the message.
  return read.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length >= 2 ? read : text;
}

/** A cheap first look, so most messages pass untouched. */
const MAY_HOLD_DETAILS = /\b(?:name|dob|d\.o\.b|birth|born|road|rd|street|st|avenue|ave|drive|crescent|terrace|lane|gardens|close|place|court|wynd|brae|[a-z]{1,2}\d{1,2}[a-z]?)\b/i;
const CLAUSE = /\s*[,.;\n]+\s*/;
/** Words that follow "my name is" and are not a name: "my name is in it", "my name is on the list". */
const NOT_A_NAME = String.raw`(?!(?:in|on|at|out|there|not|listed|included|part|among|one|still|and|but|dob|born|i|im|living|from|my|was|is|can|please|could|would|have|has|did|the|a|an|leaked|stolen|published|online|also|being|all|anywhere|mentioned|shown|visible|definitely|probably|def)\b)`;
/** "my name is margaret o'neill", "name: j smith", "i'm called ann": the intro stays, up to three name words go. */
const NAME_GIVEN = new RegExp(
  String.raw`\b(my name is|my names|my name's|name:|i am called|i'm called|im called)\s+(?:(?:mrs?|ms|miss|dr)\.?\s+)?${NOT_A_NAME}[a-z][a-z'’-]*(?:\s+${NOT_A_NAME}[a-z][a-z'’-]*){0,2}`,
  'gi',
);
/** "12 Annan Road", "5a high st": a house number, one to three words, a street word. */
const STREET = /\b\d{1,4}[a-z]?\s+(?:[a-z][a-z'’-]*\s+){1,3}(?:road|rd|street|st|avenue|ave|drive|dr|crescent|cres|terrace|lane|gardens|close|place|court|wynd|brae|row|park|view|way)\b/gi;
/** A postcode's first half alone ("DG1"): the full postcode is personal data already. */
const POSTCODE_DISTRICT = /^\s*[a-z]{1,2}\d{1,2}[a-z]?\s*$/i;
/** Two or three capitalised words and nothing else: "Sandra Kerr". */
const NAME_ALONE = /^\s*(?:Mrs?\.? |Ms\.? |Miss |Dr\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}\s*$/;
