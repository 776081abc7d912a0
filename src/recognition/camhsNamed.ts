import type { DecisionThresholds } from './decide';
import type { Recognition } from './recognizer';
import { declinedWithTopicNear, withTopicAnswered } from './topicFirst';

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
  const answers = CAMHS.test(t) && !ASKS_ABOUT_CARE.test(t) && declinedWithTopicNear(recognition, CHILDREN_CAMHS, 2, thresholds);
  return answers ? withTopicAnswered(recognition, CHILDREN_CAMHS, kept, thresholds) : recognition;
}

const CAMHS = /\b(?:camhs|cahms|camh|child and adolescent mental health)\b/;
/** Care, not data: "how do i refer my son to camhs", "the camhs waiting list", an appointment. */
const ASKS_ABOUT_CARE = /\b(?:refer\w*|waiting|wait|list|appointments?|appts?|get (?:in|into|seen)|seen (?:by|at)|be seen|see someone|help for (?:my|her|his)|opening|open|hours|phone number|number for|contact (?:camhs|them)|discharged?|assessment|diagnos\w*|adhd|autism)\b/;
