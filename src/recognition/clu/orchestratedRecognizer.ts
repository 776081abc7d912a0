import type { Audience } from '../../knowledge/topicSchema';
import { decide, type DecisionThresholds, DEFAULT_THRESHOLDS } from '../decide';
import type { Recognition, Recognizer } from '../recognizer';
import type { CircuitBreaker } from './circuitBreaker';
import type { Clock } from './clock';
import { CluError } from './cluError';
import type { ThrottledFailureLog } from './throttledFailureLog';

export interface OrchestratedRecognizerOptions {
  /** Throws `CluError` when CLU gives no usable prediction. */
  readonly clu: Recognizer;
  readonly embedded: Recognizer;
  readonly breaker: CircuitBreaker;
  readonly failureLog: ThrottledFailureLog;
  readonly clock: Clock;
  /** CLU is "unsure" when its best visible topic scores below this (`CluConfidenceThreshold`). */
  readonly confidenceThreshold: number;
  /** The bot's decision thresholds: the embedded answer is "confident" when they would answer it outright. */
  readonly thresholds?: DecisionThresholds;
}

/**
 * CLU first, the embedded recogniser as safety net (the safety check has already run, locally):
 * - CLU fails (timeout, network, 401/403, 429, 5xx, malformed body) → the embedded recognition.
 *   Failures feed a circuit breaker, and a 429 holds CLU off until its Retry-After, so during an
 *   outage messages skip CLU instead of each waiting for it.
 * - CLU is unsure (best topic below the threshold) and the embedded recogniser would answer one
 *   topic outright → the embedded recognition. Two recognisers trained on the same questions rarely
 *   err the same way, so this recovers answers CLU was too cautious about (see README for figures).
 * - Otherwise → CLU's recognition.
 */
export class OrchestratedRecognizer implements Recognizer {
  private readonly thresholds: DecisionThresholds;

  constructor(private readonly options: OrchestratedRecognizerOptions) {
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  }

  async recognize(text: string, audience: Audience): Promise<Recognition> {
    const { breaker, embedded } = this.options;
    if (!breaker.tryAcquire()) return embedded.recognize(text, audience);

    let clu: Recognition;
    try {
      clu = await this.options.clu.recognize(text, audience);
    } catch (error) {
      if (!(error instanceof CluError)) {
        breaker.recordFailure(); // frees a half-open trial slot before the bug surfaces
        throw error;
      }
      if (error.code === 'throttled' && error.retryAfterMs !== undefined) breaker.openUntil(this.options.clock.now() + error.retryAfterMs);
      else breaker.recordFailure();
      this.options.failureLog.report(error, breaker.state);
      return embedded.recognize(text, audience);
    }
    breaker.recordSuccess();

    if ((clu.ranked[0]?.score ?? 0) >= this.options.confidenceThreshold) return clu;
    const local = await embedded.recognize(text, audience);
    return decide(local, this.thresholds).kind === 'answer' ? local : clu;
  }
}
