import { ABOUT_DATA } from './leakWords';

// Questions about something other than the leak, asked in its words or beside it: the readings in
// careNotData.ts decline them when the recogniser took them for one of this bot's topics.

/**
 * Whether a message asks if an everyday way of paying or banking is safe, with nothing of the leak: "is it
 * safe to use public wifi for online banking", "should i use contactless". The what-to-do answer is about
 * protecting yourself after this leak; general online safety is for the fallback to point elsewhere. "now",
 * "still" or "after" ask whether the leak changed that, and keep the answer.
 */
export function isEverydayOnlineSafety(text: string): boolean {
  const t = text.toLowerCase();
  return EVERYDAY_PAYING.test(t) && SAFE_TO_USE.test(t) && !ABOUT_DATA.test(t.replace(EVERYDAY_PAYING_ALL, ' ').replace(/\bsafe(?:ly|ty)?\b/g, ' ')) && !CHANGED_SINCE.test(t);
}

const EVERYDAY_PAYING = /\b(?:public wi-?fi|free wi-?fi|online banking|internet banking|banking apps?|bank on my phone|contactless|apple pay|google pay|paypal|shop(?:ping)? online|online shopping|pay(?:ing)? online)\b/;
/** Each of those taken out before looking for the leak's words ("online" is one). */
const EVERYDAY_PAYING_ALL = new RegExp(EVERYDAY_PAYING.source, 'g');
const SAFE_TO_USE = /\b(?:safe|secure|risky|ok to|okay to|should i (?:use|trust))\b/;
const CHANGED_SINCE = /\b(?:now|still|anymore|any more|after|since|because)\b/;

/**
 * Whether the message sets the attack aside and asks about something else: "the hack's got everyone talking but
 * never mind that, whats good for a migraine", "different question, when does the pharmacy shut". What follows the
 * marker is the question; with nothing of the leak or of what this bot answers in it, it is declined.
 */
export function isLeakSetAside(text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, '');
  const marker = SET_ASIDE.exec(t);
  if (!marker) return false;
  const rest = t.slice(marker.index + marker[0].length);
  return rest.split(/\s+/).filter(Boolean).length >= 3 && !ABOUT_DATA.test(rest) && !OURS_ASKED.test(rest);
}

const SET_ASIDE =
  /\b(?:never mind (?:that|all that|all this|the (?:hack|leak|attack|breach)|it)|on (?:a|another) (?:different |separate )?note|(?:a |another )?(?:different|unrelated|separate|other) question|(?:its |it is |this is )?(?:nothing|naething) (?:to do|tae dae) (?:with|wi) (?:the|this) (?:hack|leak|attack|breach|cyber attack))\b[\s,.:;!-]*/;
/** What this bot answers, named in the question after the marker: it is not set aside after all. */
const OURS_ASKED = /\b(?:help ?lines?|numbers?|phone|call|ring|letters?|scam\w*|camhs|compensation|police|ransom|person|someone|somebody|human|staff|affected|worried|scared|support|talk|appointments?|care|a ?& ?e)\b/;
