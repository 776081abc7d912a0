import { decide, type DecisionThresholds } from './decide';
import type { Recognition } from './recognizer';
import { withTopicAnswered } from './topicFirst';

const AM_I_AFFECTED = 'am-i-affected';

/**
 * Whether a message tells of a letter about the person's data or the leak, which is the board's: "i got a
 * letter from the health board saying i was in a data breach", "the hospital sent me a letter saying my data
 * was high risk", "my mum got a letter about the hack". The board writes to the people at high risk
 * (facts.md), and the am-i-affected answer says so. A letter that demands something is a scammer's
 * (`contactedByScammer`); one asked about as maybe fake is left to the recogniser; one from the council, a
 * school or a bank is another organisation's.
 */
export function isLetterFromTheBoard(text: string): boolean {
  const t = text.toLowerCase();
  return isLetterAboutTheData(t) && !DOUBTED.test(t);
}

/** A letter about the person's data or the leak that asks nothing of them, from no sender but the board. */
function isLetterAboutTheData(t: string): boolean {
  return LETTER.test(t) && ABOUT_DATA.test(t) && !DEMAND.test(t) && !ANOTHER_SENDER.test(t) && !ABOUT_CARE.test(t) && !namesAnotherSender(t);
}

/** "from the dvla", "the council sent": a sender named that is not the board. */
function namesAnotherSender(t: string): boolean {
  for (const m of t.matchAll(SENDER)) if (!THE_BOARD.has((m[1] ?? m[2]) as string)) return true;
  return false;
}

const SENDER = /\bletters? (?:\w+ )?from (?:the |my |a |an |our )?([a-z&]+)|\b([a-z&'’]+) (?:has |have |)(?:sent|wrote|posted)\b/g;
/** The board, its places, and words that name no one ("they sent me", "it came through the door"). */
const THE_BOARD = new Set(['health', 'board', 'nhs', 'hospital', 'infirmary', 'dgri', 'dumfries', 'hospitals', 'they', 'theyve', "they've", 'they’ve', 'them', 'someone', 'somebody', 'i', 'ive', "i've", 'i’ve', 'we', 'weve', "we've", 'we’ve', 'just', 'finally', 'also', 'was', 'been', 'had', 'it', 'who']);

const LETTER = /\b(?:got|had|received|recieved|sent|came|come|getting|get) (?:\w+ ){0,3}letters?\b|\bletters? (?:came|arrived|from|through|saying|says|said|about)\b/;
const ABOUT_DATA = /\b(?:data|details|info(?:rmation)?|records?|notes|breach\w*|leak\w*|hack\w*|cyber|attack|stolen|published|high[ -]risk)\b/;
/** What a scammer's letter asks for. */
const DEMAND = /\b(?:pay\w*|money|bitcoin|transfer|unless|sell|sold|ring (?:a|this|the) number|call (?:a|this|the) number|click)\b/;
/** Asked about as maybe not the board's at all. */
const DOUBTED = /\b(?:genuine|real|legit\w*|fake|scam\w*|dodgy|proper|trust)\b/;
/** An appointment letter ("a letter for my eye clinic… do i still go"): whether care goes on is the question. */
const ABOUT_CARE = /\b(?:appointments?|appts?|clinic|scan|operation|op|surgery|treatment|dialysis|chemo\w*|still go|still on)\b/;
const ANOTHER_SENDER = /\b(?:council|school|nursery|college|uni|university|dentist|bank|employer|work|gp practice|optician|pharmacy)\b/;

/**
 * The ranking with am-i-affected first when the message tells of a letter from the board about the person's
 * data and the recogniser would not have answered it (it hears "letter" as a scammer's or declines it).
 */
export function withLetterFromTheBoardRead(recognition: Recognition, text: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  if (isLetterDoubted(text) && !ABOUT_A_LETTER.has(recognition.ranked[0]?.topicId ?? '')) return withTopicAnswered(recognition, AM_I_AFFECTED, kept, thresholds);
  if (decide(recognition, thresholds).kind === 'answer' || !isLetterFromTheBoard(text)) return recognition;
  return withTopicAnswered(recognition, AM_I_AFFECTED, kept, thresholds);
}

/**
 * "got a letter that says its from the health board about the cyber attack, how do i know its genuine": a letter
 * about the leak that asks nothing of them, doubted. The recogniser heard the attack and answered what happened
 * (dev40); am-i-affected says the board writes to those at high risk and gives the helpline to check. Answers
 * that already fit (a scam's contact, how to report it, the helpline) are kept.
 */
function isLetterDoubted(text: string): boolean {
  const t = text.toLowerCase();
  return isLetterAboutTheData(t) && FROM_THE_BOARD.test(t) && DOUBTED.test(t);
}
const FROM_THE_BOARD = /\b(?:health board|the board|nhs|the hospital|dgri|infirmary)\b/;
const ABOUT_A_LETTER = new Set([AM_I_AFFECTED, 'scam-contact', 'report-scam', 'helpline', 'crisis', 'human']);
