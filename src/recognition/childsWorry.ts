import { decide, type DecisionThresholds } from './decide';
import { A_CHILD, FEELING, THE_LEAK, WORRIED } from './feelingAboutTheLeak';
import type { Recognition } from './recognizer';
import { withTopicAnswered } from './topicFirst';

const CHILDREN_CAMHS = 'children-camhs';
const SUPPORT = 'emotional-support';

/**
 * "how do i talk to my teenager about the hack, theyre really anxious": a child or young person upset about
 * the leak. The recogniser hears the feeling and ranks emotional support first, or declines; the CAMHS answer
 * (support for a worried child, and what was published about children) is what every dev set's writers
 * wanted for such messages. Only with that answer among the top three, and not when the parent says the
 * worry is their own ("she's fine, its me thats stressed").
 */
export function withChildsWorryAnswered(recognition: Recognition, text: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  const t = text.toLowerCase();
  if (!A_CHILD.test(t) || !(FEELING.test(t) || WORRIED.test(t)) || !THE_LEAK.test(t) || THE_PARENTS_OWN.test(t)) return recognition;
  const [top] = recognition.ranked;
  if (!top || kept.has(top.topicId) || !recognition.ranked.slice(0, 3).some((s) => s.topicId === CHILDREN_CAMHS)) return recognition;
  // A near tie of support and the CAMHS answer is left to the understanding, which answers CAMHS and offers support beside it.
  const decision = decide(recognition, thresholds);
  const answers = decision.kind === 'none' || (decision.kind === 'answer' && decision.topicId === SUPPORT);
  return answers ? withTopicAnswered(recognition, CHILDREN_CAMHS, kept, thresholds) : recognition;
}

// "worried my ex could use the hack to find where me and the kids live" (dev41): the worry is the parent's, of a person.
const THE_PARENTS_OWN = /\b(?:worried|scared|afraid|frightened|terrified|feart) (?:that )?(?:my|an|the|our) (?:ex|ex partner|ex husband|ex wife|partner|husband|wife|abuser|stalker|neighbour|family) (?:could|might|will|would|can|may|is going to)\b|\b(?:its|it is|it's) me (?:thats|that is|that's|who is|whos|who's)\b|\b(?:(?:she|he|they)(?:s|'s| is| are)?|theyre|they're) (?:actually |really )?(?:fine|ok|okay|alright|not bothered)\b/;
