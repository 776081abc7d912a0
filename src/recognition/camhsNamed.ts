import type { DecisionThresholds } from './decide';
import { bestFirst } from './rankOrder';
import type { Recognition } from './recognizer';
import { ABOUT_THE_SERVICE } from './careNotData';
import { declinedWithTopicNear, withSwapped, withTopicAnswered } from './topicFirst';
import { A_CHILD } from './feelingAboutTheLeak';

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

/**
 * "my pal was drinking heavy for years… hes worried his alcohol clinic notes got leaked": no child, no young person
 * and no CAMHS in the message, yet the recogniser ranked the CAMHS answer first (dev41) from "worried" and "notes".
 * That answer is about children's and young people's records; for an adult it answers nothing asked. It drops
 * clear below the next topic, which leads only on its own score (here too low: declined).
 */
export function withCamhsOnlyForAChild(recognition: Recognition, text: string): Recognition {
  const [top, second] = recognition.ranked;
  if (top?.topicId !== CHILDREN_CAMHS || second === undefined) return recognition;
  const t = text.toLowerCase();
  if (CAMHS.test(t) || A_CHILD.test(t) || YOUNG.test(t)) return recognition;
  const ranked = recognition.ranked.map((s) => (s === top ? { topicId: CHILDREN_CAMHS, score: Math.max(0, second.score - DROPPED_BELOW) } : s));
  return { ...recognition, ranked: ranked.sort(bestFirst) };
}

/** Clear below the next topic, so it is never the answer nor one of the choices. */
const DROPPED_BELOW = 0.11;

const YOUNG = /\b(?:child\w*|kid\w*|daughters|sons|teen\w*|bairn\w*|wean\w*|young|youth|youngster|pupils?|students?|under (?:16|18|sixteen|eighteen)|minors?|adolescen\w*|juvenile|baby|babies|toddler|infant|nephew|niece|grandkids?|grandchild(?:ren)?|little (?:one|ones|boy|girl)|lad|lass|lassie|laddie|boy|girl|boys|girls|family|parents?|mum|dad|mother|father)\b/;
