import { findPersonalData } from '../privacy/findPersonalData';
import { isHelplineForAnotherNeed } from './careNotData';
import { declinedWithTopicNear, withSwapped, withTopicAnswered, withTopicFirst } from './topicFirst';
import type { DecisionThresholds } from './decide';
import type { Recognition } from './recognizer';

const HELPLINE = 'helpline';
const CARE_IMPACT = 'care-impact';
/** The line's number had and lost: "ive lost it", "i forgot the number", "cant find it". */
const LOST_IT = /\b(?:lost|forgot(?:ten)?|misplaced|(?:can ?not|cant|cannae|can't) find|deleted)\b/;

/**
 * "Could you kindly provide the telephone number for the dedicated helpline and its hours of operation?": the
 * board's line asked for as "the helpline" in words the recogniser reads as out of scope (formal wording, like
 * a question about another service's opening hours). With "the" before it and no other service named ("the
 * dementia helpline"), the line is this incident's: answered when the recogniser ranked it first.
 */
export function withOurHelplineAnswered(recognition: Recognition, text: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  const t = text.toLowerCase();
  // A call that went unanswered names no line: "when are you open" may rank the bot's own topics above it.
  // "…gave me the helpline number but ive lost it": the number asked for again, whatever else is named.
  if (THE_HELPLINE.test(t) && LOST_IT.test(t) && recognition.ranked.slice(1, 3).some((s) => s.topicId === HELPLINE) && !kept.has(recognition.ranked[0]?.topicId ?? ''))
    return withSwapped(recognition, recognition.ranked[0]?.topicId ?? '', HELPLINE);
  // "not the cyber helpline, the direct line for ward 7": named only to be set aside.
  // "the phone line" beside a GP, a ward or a bank is theirs ("how do i get a gp appointment, the phone line is always engaged").
  const lineNamed = THE_HELPLINE.test(t.replace(HELPLINE_RULED_OUT, ' ')) && !(ANOTHER_LINE.test(t) && !A_HELPLINE.test(t));
  // "i finish milking at 7, is the helpline still open after that" (dev42): its hours asked, read as whether a
  // service is still running. Another question answered first ("…who can help us? and is the helpline open") keeps the lead.
  if (lineNamed && HOURS_ASKED.test(t) && recognition.ranked[0]?.topicId === CARE_IMPACT && !isHelplineForAnotherNeed(t) && recognition.ranked.slice(1, 3).some((s) => s.topicId === HELPLINE))
    return withTopicAnswered(recognition, HELPLINE, kept, thresholds);
  const named = lineNamed ? 1 : triedToRingUs(t) ? 3 : 0;
  if (named === 0 || isHelplineForAnotherNeed(t) || !declinedWithTopicNear(recognition, HELPLINE, named, thresholds)) return recognition;
  return withTopicAnswered(recognition, HELPLINE, kept, thresholds);
}

/**
 * "i tried ringing at 7pm and naebody answered, what are the hours": a call that went unanswered, with no
 * other service named, is a call to this line (the recogniser reads "opening hours" as another service's).
 */
function triedToRingUs(t: string): boolean {
  return TRIED_TO_RING.test(t) && NO_ANSWER.test(t) && !ANOTHER_LINE.test(t);
}

const TRIED_TO_RING = /\b(?:(?:tried|trying|been) (?:phoning|ringing|calling|to (?:phone|ring|call|get through))|rang|phoned|called)\b/;
const NO_ANSWER =
  /\b(?:(?:no ?(?:body|one)|naebody|naeb(?:o|u)dy) (?:answer\w*|picked up|picking up|picks up)|no answer|not answering|(?:did not|didnt|didn't) answer|rings? out|rang out|engaged|(?:can not|cant|cannae|could not|couldnt) get through|no reply)\b/;
/** Another number the caller may mean: their GP, a ward, their bank. */
const ANOTHER_LINE = /\b(?:gp|surgery|practice|doctors?|health cent(?:re|er)|pharmacy|chemist|ward|dentist|bank|council|nhs ?24|111|999|police|school|office)\b/;

/** Whether it is open, and when. */
const HOURS_ASKED = /\b(?:(?:still |)open|opening|clos(?:e|es|ed|ing)|shut|hours|what times?|till|until|after (?:\d|that|work|six|seven|eight)|(?:at|on) (?:the )?weekends?|on (?:saturdays?|sundays?)|evenings?)\b/;

/** A helpline by that name, not just "the phone line". */
const A_HELPLINE = /\b(?:help ?line|hotline|enquiry line)\b/;

/** The helpline named only to set it aside: "not the cyber helpline", "never mind the hack helpline". */
export const HELPLINE_RULED_OUT = /\b(?:not|never mind|forget|no) (?:the |your )?(?:\w+ )?help ?line\b/g;

const THE_HELPLINE = /\b(?:the|your|yer|yous?r?) (?:dedicated |special |new |incident |cyber |data |hack |breach |enquiry |enquiries |)(?:help ?line|phone ?line|enquiry line|hotline)\b/;

/** The phone numbers in the helpline answer, as `findPersonalData` writes them (digits only). */
export function helplineNumbers(answer: string): ReadonlySet<string> {
  return new Set(findPersonalData(answer).flatMap((m) => (m.kind === 'PHONE' ? [m.canonical] : [])));
}

/**
 * "01387 216 777 is that the right number", "ive been trying 01387216777 all morning": the helpline's own
 * number is a name for the helpline, which the recogniser does not know (digits are not its words). Read
 * as "the helpline", so that the question around it still decides ("i rang the helpline and they said
 * i wasnt affected, can i get a copy of my records" still offers records).
 */
export function withOurNumberNamed(text: string, numbers: ReadonlySet<string>): string {
  if (numbers.size === 0 || !/\d/.test(text)) return text;
  // A call or text "from" the number may be a scammer showing it: the rest of the message decides.
  const ours = findPersonalData(text).filter((m) => m.kind === 'PHONE' && numbers.has(m.canonical) && !FROM_BEFORE.test(text.slice(0, m.start)));
  let out = text;
  for (const m of ours.reverse()) out = `${out.slice(0, m.start)} the helpline ${out.slice(m.end)}`;
  return out;
}

const FROM_BEFORE = /\bfrom (?:(?:the |a |this |that )?(?:number|no\.?|phone|mobile) )?(?:on )?$/i;

/**
 * "is there someone i can chat to on here rather than phoning the helpline", "id rather eat my own hat than phone that
 * helpline again, can i get a person on here" (dev43): the helpline named as what the
 * person would rather not do, beside a person asked for here. The person topic (the hand-off in this chat)
 * takes the helpline's place when it ranks in the top three.
 */
export function withPersonHereOverHelpline(recognition: Recognition, text: string, humanTopicId: string): Recognition {
  const [top] = recognition.ranked;
  if (top?.topicId !== HELPLINE || !NOT_THE_HELPLINE.test(text.toLowerCase()) || !A_PERSON_HERE.test(text.toLowerCase()) || !recognition.ranked.slice(0, 3).some((s) => s.topicId === humanTopicId)) return recognition;
  return withSwapped(recognition, HELPLINE, humanTopicId);
}

const NOT_THE_HELPLINE =
  /\b(?:rather|sooner) (?:[a-z]+ ){1,6}than (?:phon|ring|call|us)\w* (?:that |the |your )?(?:help ?line|phone ?line)\b|\b(?:rather than|instead of|without|(?:do not|dont|don't|would rather not|cant|can not|cannot)(?: want to| wanna)?) (?:(?:phon|ring|call|us)\w* )?(?:the |your )?(?:help ?line|phone ?line)\b|\b(?:on hold|engaged|no answer|not answering|nobody answers|cant get through|can not get through)\b.*\b(?:anyone|anybody|someone|somebody) else\b/;
const A_PERSON_HERE = /\b(?:someone|somebody|a person|a human|a real person|an agent|chat|message|talk|speak)\b/;

/**
 * "…i really just need a human being to talk to" (dev37): a person asked for in so many words, after a story the
 * recogniser reads as upset. With the person topic next to the top, it is the answer (not a choice beside
 * support); "human rights", "human error" and "human resources" are not people.
 */
export function withHumanBeingAskedFor(recognition: Recognition, text: string, humanTopicId: string, kept: ReadonlySet<string>, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top, second] = recognition.ranked;
  if (!top || !A_HUMAN_BEING.test(text.toLowerCase())) return recognition;
  // First already but tied with support ("not in danger, just upset and want to talk to an actual human", dev43), or next to the top.
  const humanNear = top.topicId === humanTopicId || (!kept.has(top.topicId) && second?.topicId === humanTopicId);
  return humanNear ? withTopicFirst(recognition, humanTopicId, Math.max(top.score, levels.answer), kept, levels.inScope) : recognition;
}

const A_HUMAN_BEING =
  /\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:human(?: being)?|real (?:person|human|people)|actual (?:person|human)|living person)\b(?! (?:rights|error|resources))|\b(?:a |an )(?:human being|real person|real human|actual person|actual human|living person) (?:to )?(?:talk|speak|chat)\b/;
