import type { Config } from './config';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { Logger } from './observability/logger';
import { EmbeddedRecognizer } from './recognition/embeddedRecognizer';
import type { Recognizer } from './recognition/recognizer';
import { CircuitBreaker } from './recognition/clu/circuitBreaker';
import { type Clock, systemClock } from './recognition/clu/clock';
import { CluClient } from './recognition/clu/cluClient';
import { cluSettingsOf } from './recognition/clu/cluConfig';
import { CluRecognizer } from './recognition/clu/cluRecognizer';
import { OrchestratedRecognizer } from './recognition/clu/orchestratedRecognizer';
import { ThrottledFailureLog } from './recognition/clu/throttledFailureLog';

export const RECOGNIZER_MODES = ['embedded', 'clu', 'orchestrated'] as const;
export type RecognizerMode = (typeof RECOGNIZER_MODES)[number];

export interface BuildRecognizerOptions {
  readonly config: Config;
  readonly knowledgeBase: KnowledgeBase;
  readonly logger: Logger;
  /** Default: orchestrated when CLU is configured, embedded otherwise. `clu` alone is for evaluation. */
  readonly mode?: RecognizerMode;
  readonly clock?: Clock;
  /** An embedded recogniser already built over the same knowledge base (it takes a moment to train). */
  readonly embedded?: Recognizer;
}

/** Chooses and builds the recogniser from config; CLU is never used without the embedded safety net except in `clu` mode. */
export function buildRecognizer(options: BuildRecognizerOptions): Recognizer {
  const { config, knowledgeBase, logger } = options;
  const embedded = options.embedded ?? new EmbeddedRecognizer(knowledgeBase, { maxChars: config.MaxMessageChars });
  const settings = cluSettingsOf(config);
  const mode = options.mode ?? (settings ? 'orchestrated' : 'embedded');
  if (mode === 'embedded') return embedded;
  if (!settings) throw new Error(`recogniser mode "${mode}" needs the CLU settings; check cluSettingsOf(config) first`);

  const clock = options.clock ?? systemClock;
  const clu = new CluRecognizer({
    predictor: new CluClient(settings),
    knowledgeBase,
    confidenceThreshold: settings.confidenceThreshold,
    logger,
  });
  if (mode === 'clu') return clu;
  return new OrchestratedRecognizer({
    clu,
    embedded,
    breaker: new CircuitBreaker({ clock }),
    failureLog: new ThrottledFailureLog({ logger, clock }),
    clock,
    confidenceThreshold: settings.confidenceThreshold,
  });
}
