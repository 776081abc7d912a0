import type { Recognition } from './recognizer';
import { withTopicFirst } from './topicFirst';

const WHAT_TO_DO = 'what-to-do';

/**
 * "ok so assume im in it. then what": the person has taken the answer on whether they are affected (assume
 * some of your data is out) and asks the next thing, what to do. The recogniser hears "assume" and "in it"
 * and gives that answer again. "the leaflet says assume my data is out, does that mean it definitely is"
 * still asks whether they are affected.
 */
export function withWhatToDoWhenAssumed(recognition: Recognition, text: string, kept: ReadonlySet<string>, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top || kept.has(top.topicId) || !recognition.ranked.some((s) => s.topicId === WHAT_TO_DO)) return recognition;
  const t = text.toLowerCase().replace(/[’']/g, '');
  return ASSUMED.test(t) && THEN_WHAT.test(t) ? withTopicFirst(recognition, WHAT_TO_DO, Math.max(top.score, levels.answer), kept, levels.inScope) : recognition;
}

/** Taking it as so that one is affected: "assume im in it", "say my data is out there", "so my info is probably out there". */
const ASSUMED =
  /\b(?:assum\w*|supposing|suppose|say|lets say|if|so|right so|ok so)(?: that)? (?:(?:i am|im|i was|we are|were) in (?:it|the leak|there)|(?:its|it is|it has|thats|that is) (?:been )?(?:leaked|published|stolen|out there|out)|(?:my|our) (?:data|details|info\w*|records?|stuff) (?:is|was|are|were|might be|may be|has been|have been|could be) (?:probably |likely |definitely |almost certainly )?(?:out|in it|in there|leaked|taken|published|stolen|copied|on the dark web))\b/;
/** …then asking what next. */
const THEN_WHAT = /\b(?:then what|(?:what|wot|wat|whit) now|now (?:what|wot|wat|whit)|what next|so what now|what (?:am i|are we) (?:supposed|meant) to do|what (?:do|should|can|shall) (?:i|we) do)\b/;

const AM_I_AFFECTED = 'am-i-affected';
const DATA_PUBLISHED = 'data-published';

/**
 * "will hr contact us if our info was leaked", "will someone contact me if my records were published": asking
 * whether one will be told is asking whether one is affected (who gets contacted, and how). The recogniser
 * hears the staff, the records or "contact me" and ranks what was published or a scammer's contact first;
 * with whether one is affected in its top three, that answer leads. `kept` holds what may still lead (the
 * crisis answer, a person, and in Teams the staff topics: "staff-data" tells staff how they will hear).
 */
export function withToldIfAffectedAnswered(recognition: Recognition, text: string, kept: ReadonlySet<string>, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top || kept.has(top.topicId) || !recognition.ranked.slice(0, 3).some((s) => s.topicId === AM_I_AFFECTED)) return recognition;
  // First already but short of an answer, it is lifted over what was published ("im a nurse, will they tell us one by
  // one if…"); a near tie with another topic (a child at CAMHS) stays a choice.
  if (top.topicId === AM_I_AFFECTED && recognition.ranked[1]?.topicId !== DATA_PUBLISHED) return recognition;
  return asksIfTold(text) ? withTopicFirst(recognition, AM_I_AFFECTED, Math.max(top.score, levels.answer), kept, levels.inScope) : recognition;
}

/** Whether the message asks if the person will be told their data was in it: am-i-affected's question (who is contacted, and how). */
export function asksIfTold(text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, '');
  return TOLD_IF.test(t) && OWN_DATA.test(t);
}

/** "will they tell us if", "will hr contact staff if", "would someone write to me whether", "do employees get told individually if" (dev37). */
const TOLD_IF =
  /\b(?:will|would|do|does|are|is|should|shall) (?:they|you|someone|somebody|anyone|the (?:board|nhs|hospital|health board|police)|hr|human resources|nhs(?: dg| d and g)?|my (?:gp|doctor|manager|employer)) (?:be |be going to |going to |gonna )?(?:contact(?:ing)?|tell(?:ing)?|inform(?:ing)?|let (?:me|us|them|staff|people|patients|everyone) know|writ(?:e|ing) to|get(?:ting)? in touch(?: with)?|notify(?:ing)?|phon(?:e|ing)|call(?:ing)?|e-?mail(?:ing)?|let on)(?: (?:me|us|them|staff|people|patients|everyone|each person|each of us))?(?: (?:individually|one by one|personally|directly|separately|in person))? (?:if|whether)\b|\b(?:do|will|would|are|does|is) (?:staff|employees|workers|we|people|patients|us|i|everyone|each (?:person|of us)) (?:get|getting|be|being|going to be|going to get) (?:told|contacted|informed|notified|written to|phoned|emailed)(?: (?:individually|one by one|personally|directly|separately|in person))? (?:if|whether)\b/;
/** …about the person's own data: "if our info was leaked", "if my records were published". */
const OWN_DATA = /\b(?:(?:my|our|their|his|her) (?:\w+ )?(?:info\w*|data|details|records?|notes|files?|stuff)|(?:i|we|im|were|they|he|she) (?:was |were |am |are |is )?(?:affected|in it|in the leak))\b/;
