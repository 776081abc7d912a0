import type { Audience } from '../knowledge/topicSchema';

export interface ScoredTopic {
  readonly topicId: string;
  /** 0–1; comparable across topics of one recognition, calibrated so thresholds mean something. */
  readonly score: number;
}

export interface Recognition {
  /** Topics visible to the audience, best first. */
  readonly ranked: readonly ScoredTopic[];
  /** How likely the text is outside what the bot covers, 0–1. */
  readonly outOfScope: number;
}

/** The one port every recogniser implements (embedded, CLU, orchestrated). */
export interface Recognizer {
  recognize(text: string, audience: Audience): Promise<Recognition>;
}
