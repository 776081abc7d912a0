import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Audience, Topic } from '../../knowledge/topicSchema';
import type { Logger } from '../../observability/logger';
import type { Recognition, Recognizer } from '../recognizer';
import type { CluPredictor } from './cluClient';
import { predictionToRecognition, topicAudiences } from './predictionToRecognition';

export interface CluRecognizerOptions {
  readonly predictor: CluPredictor;
  readonly knowledgeBase: KnowledgeBase;
  readonly confidenceThreshold: number;
  readonly logger: Logger;
}

/**
 * The Azure CLU recogniser: one prediction per message, mapped onto the knowledge base's topics.
 * Throws `CluError` when CLU gives no usable prediction; `OrchestratedRecognizer` turns that into
 * an embedded answer.
 */
export class CluRecognizer implements Recognizer {
  private readonly topics: ReadonlyMap<string, Pick<Topic, 'audience'>>;
  private readonly warnedIntents = new Set<string>();

  constructor(private readonly options: CluRecognizerOptions) {
    this.topics = topicAudiences(options.knowledgeBase);
  }

  async recognize(text: string, audience: Audience): Promise<Recognition> {
    const prediction = await this.options.predictor.predict(text);
    const { recognition, unknownIntents } = predictionToRecognition(prediction, {
      topics: this.topics,
      audience,
      confidenceThreshold: this.options.confidenceThreshold,
    });
    for (const intent of unknownIntents) {
      if (this.warnedIntents.has(intent)) continue;
      this.warnedIntents.add(intent);
      this.options.logger.warn({ intent }, 'CLU returned an intent that is not a topic in the knowledge base; ignoring it (re-export and retrain the CLU project)');
    }
    return recognition;
  }
}
