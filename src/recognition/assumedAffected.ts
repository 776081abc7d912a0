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
  /\b(?:assum\w*|supposing|suppose|say|lets say|if|so|right so|ok so)(?: that)? (?:(?:i am|im|i was|we are|were) in (?:it|the leak|there)|(?:my|our) (?:data|details|info\w*|records?|stuff) (?:is|was|are|were|might be|may be|has been|have been|could be) (?:probably |likely |definitely |almost certainly )?(?:out|in it|in there|leaked|taken|published|stolen|copied|on the dark web))\b/;
/** …then asking what next. */
const THEN_WHAT = /\b(?:then what|(?:what|wot|wat|whit) now|what next|so what now|what (?:am i|are we) (?:supposed|meant) to do|what (?:do|should|can|shall) (?:i|we) do)\b/;
