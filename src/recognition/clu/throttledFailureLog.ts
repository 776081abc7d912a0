import type { Logger } from '../../observability/logger';
import type { Clock } from './clock';
import type { CluError } from './cluError';

export interface ThrottledFailureLogOptions {
  readonly logger: Logger;
  readonly clock: Clock;
  /** At most one line per this many milliseconds, however many messages fail. */
  readonly intervalMs?: number;
}

/** Logs a CLU outage once a minute with a count, not once per message. */
export class ThrottledFailureLog {
  private lastLoggedAt = Number.NEGATIVE_INFINITY;
  private unlogged = 0;
  private readonly intervalMs: number;

  constructor(private readonly options: ThrottledFailureLogOptions) {
    this.intervalMs = options.intervalMs ?? 60_000;
  }

  report(error: CluError, breakerState: string): void {
    this.unlogged++;
    const now = this.options.clock.now();
    if (now - this.lastLoggedAt < this.intervalMs) return;
    this.options.logger.warn(
      { code: error.code, status: error.status, failures: this.unlogged, breaker: breakerState, retryAfterMs: error.retryAfterMs },
      `CLU unavailable (${error.code}); answering with the embedded recogniser`,
    );
    this.lastLoggedAt = now;
    this.unlogged = 0;
  }
}
