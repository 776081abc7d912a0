import type { Recognition } from './recognizer';
import { isEverydayScam } from './everydayScam';
import { ASKS_TO_REPORT, toldOfScamContact } from './scamContactWording';
import { withTopicFirst } from './topicFirst';

const SCAM_CONTACT = 'scam-contact';
const REPORT_SCAM = 'report-scam';

/**
 * The ranking for a message telling of a scammer's contact: the scam-contact answer takes the top score
 * and what the scammer claims (CAMHS, compensation, the hackers) drops clear below it, so the answer is
 * what to do about the contact, not the claim. Unchanged when a kept topic (the crisis answer, a person,
 * the helpline, small talk) ranks first, or how to report it is asked ("how do i report it").
 */
export function withScamContactFirst(recognition: Recognition, text: string, kept: ReadonlySet<string>, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top) return recognition;
  const scam = recognition.ranked.find((s) => s.topicId === SCAM_CONTACT);
  const lower = text.toLowerCase();
  // "should i pay them": the board's ransom is not the writer's to pay; someone is asking them for money.
  if (top.topicId === RANSOM && scam && ASKED_TO_PAY.test(lower)) return withTopicFirst(recognition, SCAM_CONTACT, Math.max(top.score, levels.answer), kept, levels.inScope);
  // A scam the recogniser already heard, with where to send it asked in so many words ("where am i supposed to
  // send the nhs one"): how to report it.
  if (top.topicId === SCAM_CONTACT && ASKS_WHERE_TO_REPORT.test(lower) && recognition.ranked.some((s) => s.topicId === REPORT_SCAM))
    return withTopicFirst(recognition, REPORT_SCAM, Math.max(top.score, levels.answer), kept, levels.inScope);
  if (!toldOfScamContact(text)) return recognition;
  // In Teams, how staff report it may already lead ("a call on the ward phone from a guy saying he was IT"): it is
  // then the answer, however unsure the recogniser was.
  if (top.topicId === STAFF_REPORT_SUSPICIOUS && !isEverydayScam(text)) return withTopicFirst(recognition, STAFF_REPORT_SUSPICIOUS, Math.max(top.score, levels.answer), kept, levels.inScope);
  // The helpline is kept when asked for by name ("i rang the helpline and they wanted my dob"), not when "a strange
  // number keeps ringing me" reads as a phone-number question. A greeting only opens the message ("Good afternoon.
  // I have received…"): the contact told is what it is about.
  const keptTop = kept.has(top.topicId) && top.topicId !== GREETING && (top.topicId !== HELPLINE || NAMES_HELPLINE.test(text));
  if (!scam || keptTop) return recognition;
  // A contact told with "how do i report it" asks how to report it; so does "who do i tell", "how does one report"
  // or a message pasted in with "who do i send this to", however the recogniser ranked it.
  // So does a link clicked on a work device ("midwife here, clicked a link in a dodgy email on my work phone": dev37,
  // dev40): the board's IT must hear of it, which the report answer says and the contact answer does not.
  const reported = top.topicId === REPORT_SCAM && (ASKS_TO_REPORT.test(lower) || ON_A_WORK_DEVICE.test(lower));
  const topicId = reported || ASKS_WHERE_TO_REPORT.test(lower) ? REPORT_SCAM : SCAM_CONTACT;
  // However low the recogniser put it, or however out of scope the rest reads ("somebody on messenger sent
  // me a screenshot of my a&e notes"): being contacted with one's own records is this topic.
  return withTopicFirst(recognition, topicId, Math.max(top.score, levels.answer), kept, levels.inScope);
}

const HELPLINE = 'helpline';
const GREETING = 'greeting';
const RANSOM = 'ransom';
/** "should i pay them", "do i just pay up": not "where do i pay for parking". */
const ASKED_TO_PAY = /\b(?:should|shall|must) (?:i|we) (?:just )?(?:pay|send)\b|^\W*(?:do|will) (?:i|we) (?:just )?pay\b/;
const STAFF_REPORT_SUSPICIOUS = 'staff-report-suspicious';
const NAMES_HELPLINE = /\bhelp ?lines?\b/i;
const ON_A_WORK_DEVICE = /\b(?:work|works|nhs|ward|board) (?:phone|mobile|e-?mail|laptop|computer|pc|account|inbox|ipad|tablet)\b/;
/** Where or how to report, asked in so many words ("who do i tell", "how does one report this", "whaur dae a send it"). */
const ASKS_WHERE_TO_REPORT =
  /\b(?:(?:who|where|whaur|wher) (?:do|dae|should|shud|can|would) (?:i|a|we|one) (?:send|report|forward|tell|pass)|who (?:do|should) (?:i|we) (?:let know|inform|notify)|how (?:do|can|should|does|would|dae) (?:i|we|one|a) (?:go about )?report(?:ing)?|to whom (?:do|should|can|would|might) (?:i|we|one) (?:send|report|forward)|(?:who|where|whaur) (?:am i|are we) (?:supposed|meant|meaning|expected) to (?:send|report|forward|tell|pass))\b/;
