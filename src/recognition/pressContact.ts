import type { Recognition } from './recognizer';
import { withOutOfScopeAtLeast, withTopicFirst } from './topicFirst';

const SCAM_TOPICS = new Set(['scam-contact', 'report-scam']);
const STAFF_MEDIA = 'staff-media-enquiries';

/**
 * "someone fae the standard emailed me wanting info on the cyber attack", "a guy from the daily record
 * messaged me on linkedin": a newspaper or a journalist getting in touch is the press, not a scammer, though
 * the recogniser hears "emailed me" and "do i reply" and ranks a scammer's contact first (it does not know
 * the local papers' names), or declines. In Teams it is how staff handle media enquiries; on the website no
 * answer is the writer's (the public are not told how staff deal with the press): the scam answer is declined.
 */
export function pressGotInTouch(text: string): boolean {
  const t = text.toLowerCase();
  return THE_PRESS.test(t) && GOT_IN_TOUCH.test(t) && !CLAIMED.test(t);
}

export function withPressContactRead(recognition: Recognition, text: string, audience: 'public' | 'staff', levels: { readonly inScope: number; readonly answer: number; readonly outOfScope: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top || KEPT.has(top.topicId) || !pressGotInTouch(text)) return recognition;
  if (audience === 'public') return SCAM_TOPICS.has(top.topicId) ? withOutOfScopeAtLeast(recognition, levels.outOfScope) : recognition;
  return recognition.ranked.some((s) => s.topicId === STAFF_MEDIA) ? withTopicFirst(recognition, STAFF_MEDIA, Math.max(top.score, levels.answer), KEPT, levels.inScope) : recognition;
}

/** Asked first whatever else the message says: the crisis answer, a person. */
const KEPT: ReadonlySet<string> = new Set(['crisis', 'human']);
/** Scotland's and the region's papers and broadcasters, and the press by name. */
const THE_PRESS =
  /\b(?:daily record|(?:fae|frae|from|at|with|in) the (?:record|standard)|(?:dumfries|d&g|dg) standard|dng ?24|galloway (?:gazette|news)|annandale (?:herald|observer)|stranraer free press|border telegraph|the herald|the scotsman|the courier|the sun|daily mail|the times|bbc|stv|itv|newspaper|local paper|journalists?|reporters?|journos?|the press|the media)\b/;
/** …got in touch with the writer. */
const GOT_IN_TOUCH = /\b(?:e-?mailed|messaged|dmd|texted|rang|phoned|called|contacted|got in touch with|approached|doorstepped) (?:me|us)\b|\b(?:wants?|wanting|asking for|asked for|after) (?:a )?(?:comment|quote|interview|info|information|a word)\b/;
/** "pretending to be a reporter": a scammer's pretence is still a scammer's contact. */
const CLAIMED = /\b(?:claim\w* to be|pretend\w* to be|posing as|said (?:he|she|they) (?:was|were) (?:a|from))\b/;
