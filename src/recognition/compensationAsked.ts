import type { Recognition } from './recognizer';
import { withTopicFirst } from './topicFirst';

const COMPENSATION = 'compensation';
/** The answers a story about someone's records pulls the recogniser towards, which compensation asked outright leads. */
const STORY_TOPICS = new Set(['am-i-affected', 'data-published', 'what-to-do', 'what-happened']);

/**
 * "She was an inpatient several times last year. If her information was in the published files, is there any
 * compensation she would be entitled to": compensation asked in so many words, after a story about whose
 * records may be out. The recogniser weighs the story and answers whether they are affected (dev40); with
 * compensation in its top three, that answer leads. A scammer's offer of compensation is read before this
 * (`contactedByScammer`) and puts scam-contact first, which this leaves alone.
 */
export function withCompensationAsked(recognition: Recognition, text: string, kept: ReadonlySet<string>, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top || !STORY_TOPICS.has(top.topicId) || !recognition.ranked.slice(1, 3).some((s) => s.topicId === COMPENSATION)) return recognition;
  const t = text.toLowerCase().replace(/[’']/g, '');
  return ASKS_COMPENSATION.test(t) ? withTopicFirst(recognition, COMPENSATION, Math.max(top.score, levels.answer), kept, levels.inScope) : recognition;
}

const ASKS_COMPENSATION =
  /\b(?:is there (?:any |some )?compensation|(?:is|are|am|would|will) (?:i|we|she|he|they|my \w+) (?:be )?entitled to (?:any |some )?(?:compensation|money|a payout|damages)|compensation (?:i|we|she|he|they) (?:would|could|might|will) be entitled to|(?:can|could|should|do) (?:i|we|she|he|they) (?:get|claim|apply for|ask for) (?:any |some )?compensation|(?:a|any) compensation scheme)\b/;
