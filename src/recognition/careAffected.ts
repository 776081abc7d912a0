import type { DecisionThresholds } from './decide';
import type { Recognition } from './recognizer';
import { declinedWithTopicNear, withTopicAnswered } from './topicFirst';

const CARE_IMPACT = 'care-impact';

/**
 * "will my dialysis sessions be affected", "my scan is next tuesday, do we just turn up": whether a person's
 * own care goes ahead, asked in words the recogniser seldom saw (the treatment named, no appointment or
 * hack said), so it declined them though it ranked the care answer near the top. Asked about going ahead
 * or being affected; not why care went wrong, nor moving an appointment (the board's own business), nor care
 * elsewhere, nor a patient's question relayed by staff (which the dev sets' writers declined).
 */
export function withCareGoingAheadAnswered(recognition: Recognition, text: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  const t = text.toLowerCase().replace(/[’']/g, '');
  const answers = CARE.test(t) && GOING_AHEAD.test(t) && !NOT_GOING_AHEAD.test(t) && !ELSEWHERE_OR_RELAYED.test(t) && declinedWithTopicNear(recognition, CARE_IMPACT, 3, thresholds);
  return answers ? withTopicAnswered(recognition, CARE_IMPACT, kept, thresholds) : recognition;
}

/** The person's own care, named. */
const CARE =
  /\b(?:appointments?|appt|scans?|x-?rays?|mri|operations?|(?<!co[- ])op|surgery|dialysis|chemo(?:therapy)?|radiotherapy|treatment|sessions|clinic|bloods|blood tests?|prescriptions?|infusions?|physio|check ?up|procedure|biopsy|endoscopy|colonoscopy|home visits?|district nurses?|community nurses?|carers? visits?)\b/;
/** …and whether it goes ahead. */
const GOING_AHEAD =
  /\b(?:be affected|affected|affect(?:ing)?|go(?:ing)? ahead|still (?:on|going ahead|happening|go|going|get|be able to get|getting)|proceed(?:ing)?|as planned|just turn up|turn up as normal|still come|still attend|working again|back to normal)\b/;
/** Moving it, complaining about it, asking why it went wrong, or whether snow or a strike stops it: the board's ordinary business. */
const NOT_GOING_AHEAD =
  /\b(?:move|change|rearrange|reschedule|cancel (?:my|it)|complain\w*|complaint|why (?:was|did|has)|clash\w*|book(?:ing)? (?:an?|my)|how do i (?:get|book|make)|snow\w*|storms?|strikes?|flood\w*|icy|weather|power cuts?)\b/;
/** Care elsewhere (another incident: the London blood tests), or a patient's question relayed by staff. */
const ELSEWHERE_OR_RELAYED = /\b(?:synnovis|london|england|glasgow|lanarkshire|ayrshire|carlisle|patients?(?: \w+){0,4} (?:ask\w*|wants? to know|wondering))\b/;

/**
 * "my blood test results are taking ages, is that cos of the cyber attack": the person's care or results
 * late, and the attack asked about as the cause. The recogniser hears "results" and "blood" and ranks what
 * was published, or declines a treatment it never saw ("my biopsy results are taking forever"); the answer
 * is how care was affected.
 */
export function withCareDelayAnswered(recognition: Recognition, text: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  const top = recognition.ranked[0]?.topicId;
  if (top === undefined || top === CARE_IMPACT || kept.has(top)) return recognition;
  const t = text.toLowerCase().replace(/[’']/g, '');
  const answers = (CARE.test(t) || RESULTS.test(t)) && DELAYED.test(t) && THE_ATTACK.test(t) && !NOT_GOING_AHEAD.test(t) && !ELSEWHERE_OR_RELAYED.test(t) && !LEAKED.test(t);
  return answers ? withTopicAnswered(recognition, CARE_IMPACT, kept, thresholds) : recognition;
}

const RESULTS = /\b(?:results?|referrals?|meds|medication|letters? from (?:the|my) (?:hospital|consultant|clinic))\b/;
const DELAYED = /\b(?:taking (?:ages|forever|so long|too long|a long time|longer|a while)|delay(?:ed|s)?|late|slow(?:er)?|held up|still waiting|been waiting|not (?:come|came|arrived|back)|havent (?:come|arrived|heard|had|got))\b/;
const THE_ATTACK = /\b(?:hack\w*|attack|cyber\w*|breach|ransomware|it (?:problems?|issues?))\b/;
/** Data asked after, not care: "were my results leaked, is that why they are late". */
const LEAKED = /\b(?:leak\w*|published|stolen|dark ?web|online|out there)\b/;
