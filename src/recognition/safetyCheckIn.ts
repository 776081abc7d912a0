import type { Recognition } from './recognizer';
import type { RiskClassifier } from './riskClassifier';
import type { SafetyResult } from './safetyCheck';
import type { Understanding } from './understandMessage';

/**
 * Chosen on the safety tables: at 0.2 the recogniser's top two hold crisis for 52 of the 137 risk messages
 * in tables 4 and probes 4 that the wording check missed before it was fitted to them; through the whole
 * understanding path it fires on 1 of 3,130 ordinary messages (knowledge-base questions and dev sets).
 */
export const DEFAULT_CHECK_IN_SCORE = 0.2;

/**
 * The risk classifier's probability at which the reply also asks whether the person is safe, where the wording
 * check found nothing. Chosen on dev34 and dev35, which it was not trained on: at 0.5 it asked after 37 of the 58
 * crises the wording missed in dev34, and after 1 of their 422 ordinary messages. It never gives the crisis answer
 * itself: words alone do not tell "the engineer is coming round tonight to fix the boiler" from danger.
 */
export const RISK_CHECK_IN_PROBABILITY = 0.5;

/**
 * Whether to ask whatever the ranking: risk wording an ordinary reason explained, or wording the patterns do not
 * know that the classifier's second opinion leans towards, unless the person said they are safe or the wording
 * was read in an everyday sense.
 */
export function asksIfSafeAnyway(safety: SafetyResult, text: string, classifier: RiskClassifier | undefined): boolean {
  if (safety.risk) return false;
  if (safety.explained === true) return true;
  if (!classifier || safety.disclaimed || safety.everyday === true) return false;
  return classifier.probability(text) >= RISK_CHECK_IN_PROBABILITY;
}

export interface CheckInOptions {
  readonly crisisTopicId: string;
  /** Lowest crisis score, in the recogniser's top two, that adds the check-in. */
  readonly score: number;
}

/**
 * A second net under the safety check, whose wording lists miss much fresh wording: when the recogniser
 * puts the crisis topic in its top two without deciding on it, the reply also asks gently whether the
 * person is safe (see `Understanding.checkIn`). Not after a disclaimer ("I'm not suicidal").
 */
export function withCheckIn(understood: Understanding, recognition: Recognition, options: CheckInOptions, askAnyway = false): Understanding {
  if (understood.kind === 'answer' && understood.topicId === options.crisisTopicId) return understood;
  // Asked whatever the ranking: after risk wording an ordinary reason explained, as fresh wording beside it
  // ("…my operation is next week, i want to disappear") is never the recogniser's to find; and when the risk
  // classifier leans towards risk without being sure.
  if (askAnyway) return { ...understood, checkIn: true };
  const index = recognition.ranked.slice(0, 2).findIndex((s) => s.topicId === options.crisisTopicId && s.score >= options.score);
  return index === -1 ? understood : { ...understood, checkIn: true };
}
