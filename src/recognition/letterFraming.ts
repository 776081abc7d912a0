/**
 * "Dear Sir or Madam, I wish to enquire whether my personal details have been compromised… Yours faithfully,
 * Margaret Grieve": a message written as a letter. The salutation and the sign-off with its name are the
 * letter's form, not its question, and to the recogniser they read as out of scope (a name, "faithfully");
 * they are taken out of the text it reads.
 */
export function withoutLetterFraming(text: string): string {
  const plain = text.replace(SALUTATION, '').replace(SIGN_OFF, '');
  // Only the frame is taken: a message that is nothing but a greeting or a sign-off is left as written.
  return plain.trim().split(/\s+/).length >= 4 ? plain : text;
}

const SALUTATION = /^\s*(?:dear|to) (?:sir(?:s| or madam|\/madam)?|madam|sir\/madam|whom it may concern|all|team|nhs(?: [a-z&]+){0,3}|the (?:team|board|health board))\s*[,:;.-]?\s*/i;
const SIGN_OFF =
  /[\s,.;!]*\b(?:yours (?:faithfully|sincerely|truly)|(?:kind|best|warm|many) regards|regards|best wishes|with thanks|many thanks)\b[\s,.]*(?:(?:mrs?|ms|miss|dr|rev)\.? )?(?:[a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,3})?[\s.!]*$/i;
