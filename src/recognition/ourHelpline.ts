import { isHelplineForAnotherNeed } from './careNotData';
import { declinedWithTopicNear, withTopicAnswered } from './topicFirst';
import type { DecisionThresholds } from './decide';
import type { Recognition } from './recognizer';

const HELPLINE = 'helpline';

/**
 * "Could you kindly provide the telephone number for the dedicated helpline and its hours of operation?": the
 * board's line asked for as "the helpline" in words the recogniser reads as out of scope (formal wording, like
 * a question about another service's opening hours). With "the" before it and no other service named ("the
 * dementia helpline"), the line is this incident's: answered when the recogniser ranked it first.
 */
export function withOurHelplineAnswered(recognition: Recognition, text: string, kept: ReadonlySet<string>, thresholds: DecisionThresholds): Recognition {
  const t = text.toLowerCase();
  if (!THE_HELPLINE.test(t) || isHelplineForAnotherNeed(t) || !declinedWithTopicNear(recognition, HELPLINE, 1, thresholds)) return recognition;
  return withTopicAnswered(recognition, HELPLINE, kept, thresholds);
}

const THE_HELPLINE = /\b(?:the|your|yer|yous?r?) (?:dedicated |special |new |incident |cyber |data |hack |breach |enquiry |enquiries |)(?:help ?line|phone ?line|enquiry line|hotline)\b/;
