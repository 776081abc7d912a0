import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { isVisibleTo } from '../../knowledge/knowledgeBase';
import type { Audience, Topic } from '../../knowledge/topicSchema';
import type { Recognition, ScoredTopic } from '../recognizer';
import { type CluPrediction, NONE_INTENT } from './cluPrediction';

export interface MappingOptions {
  readonly topics: ReadonlyMap<string, Pick<Topic, 'audience'>>;
  readonly audience: Audience;
  /** Below this, CLU's best visible topic does not count as recognised. */
  readonly confidenceThreshold: number;
}

export interface MappedPrediction {
  readonly recognition: Recognition;
  /** Intents the deployed model knows and the knowledge base does not (a stale or foreign CLU project). */
  readonly unknownIntents: readonly string[];
}

/**
 * CLU intents → the recogniser port's ranking. The audience rule is the embedded recogniser's:
 * a topic the person may not see is never ranked, so a confident staff intent for a member of the
 * public leaves only the low-scoring rest, which reads as out of scope.
 */
export function predictionToRecognition(prediction: CluPrediction, options: MappingOptions): MappedPrediction {
  const unknownIntents: string[] = [];
  const ranked: ScoredTopic[] = [];
  for (const intent of prediction.intents) {
    if (intent.category === NONE_INTENT) continue;
    const topic = options.topics.get(intent.category);
    if (!topic) unknownIntents.push(intent.category);
    else if (isVisibleTo(topic, options.audience)) ranked.push({ topicId: intent.category, score: intent.confidence });
  }
  ranked.sort((a, b) => b.score - a.score || (a.topicId < b.topicId ? -1 : 1));
  const best = ranked[0]?.score ?? 0;
  const none = prediction.intents.find((i) => i.category === NONE_INTENT)?.confidence ?? 0;
  const outOfScope = prediction.topIntent === NONE_INTENT || best < options.confidenceThreshold ? 1 : none;
  return { recognition: { ranked, outOfScope }, unknownIntents };
}

export function topicAudiences(knowledgeBase: KnowledgeBase): ReadonlyMap<string, Pick<Topic, 'audience'>> {
  return new Map(knowledgeBase.topics.map((t) => [t.id, t]));
}
