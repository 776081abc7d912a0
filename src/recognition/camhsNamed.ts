import type { DecisionThresholds } from './decide';
import type { Recognition } from './recognizer';
import { ABOUT_THE_SERVICE } from './careNotData';
import { declinedWithTopicNear, withSwapped, withTopicAnswered } from './topicFirst';

const CHILDREN_CAMHS = 'children-camhs';

/**
 * "im 16 and was at camhs, will my school find out": a young person (or a parent) naming CAMHS, worried who
 * will see it. Their age, their school and their fear read as out of scope to the recogniser, though it
 * ranks the CAMHS answer near the top; every dev set's writer wanted that answer. CAMHS data was among
 * what was published, so naming it is about the leak, unless the question is about care itself (a
 * referral, the waiting list), which the bot declines.
 */
export function withCamhsAnswered(recognition: Recognition, text: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  const t = text.toLowerCase();
  const answers = CAMHS.test(t) && !ASKS_ABOUT_CARE.test(t) && !ABOUT_THE_SERVICE.test(t) && declinedWithTopicNear(recognition, CHILDREN_CAMHS, 2, thresholds);
  return answers ? withTopicAnswered(recognition, CHILDREN_CAMHS, kept, thresholds) : recognition;
}

const CAMHS = /\b(?:camhs|cahms|camh|child and adolescent mental health)\b/;

const AM_I_AFFECTED = 'am-i-affected';
/**
 * "my kids have never been near camhs, could their details be in it anyway": CAMHS named only to rule it out
 * asks whether they are affected at all. The recogniser hears "camhs" and "kids" and ranks the CAMHS answer
 * first; with whether one is affected in its top three, the two swap places.
 */
export function withCamhsRuledOut(recognition: Recognition, text: string): Recognition {
  const [top] = recognition.ranked;
  if (top?.topicId !== CHILDREN_CAMHS || !NOT_AT_CAMHS.test(text.toLowerCase()) || !recognition.ranked.slice(1, 3).some((s) => s.topicId === AM_I_AFFECTED)) return recognition;
  return withSwapped(recognition, CHILDREN_CAMHS, AM_I_AFFECTED);
}
const NOT_AT_CAMHS = /\b(?:never (?:been )?(?:near|to|at|with|under|in|seen by|used|went to)|not (?:been )?(?:near|to|at|with|under|in|seen by)|nothing to do with|no (?:connection|link) (?:to|with)) (?:the )?(?:camhs|cahms|camh|child and adolescent mental health)\b/;
/** Care, not data: "how do i refer my son to camhs", "the camhs waiting list", an appointment. */
const ASKS_ABOUT_CARE = /\b(?:refer\w*|waiting|wait|list|appointments?|appts?|get (?:in|into|seen)|seen (?:by|at)|be seen|see someone|help for (?:my|her|his)|opening|open|hours|phone number|number for|contact (?:camhs|them)|discharged?|assessment|diagnos\w*|adhd|autism)\b/;
