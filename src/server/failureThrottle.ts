import type { RateDecision } from '../directline/rateLimiter';

export interface FailureThrottleOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

/** Forget idle keys once this many are held, so a flood of addresses cannot grow the map without end. */
const PRUNE_AT = 10_000;

/**
 * Counts failures (wrong passwords) per key in a sliding window. Unlike a request limit, a key is
 * checked before the attempt and charged only when it fails, so a blocked address cannot keep
 * guessing: even a right guess is refused until the window passes.
 */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: FailureThrottleOptions) {
    this.now = options.now ?? Date.now;
  }

  check(key: string): RateDecision {
    const recent = this.recent(key, this.now());
    if (recent.length < this.options.limit) return { ok: true };
    const oldest = recent[recent.length - this.options.limit] ?? this.now();
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.options.windowMs - this.now()) / 1000)) };
  }

  fail(key: string): void {
    const now = this.now();
    const recent = this.recent(key, now);
    recent.push(now);
    // Only the newest `limit` failures decide anything; older ones need not be kept.
    this.failures.set(key, recent.slice(-this.options.limit));
    if (this.failures.size > PRUNE_AT) this.prune(now);
  }

  private recent(key: string, now: number): number[] {
    const since = now - this.options.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  private prune(now: number): void {
    const since = now - this.options.windowMs;
    for (const [key, times] of this.failures) {
      if ((times[times.length - 1] ?? 0) <= since) this.failures.delete(key);
    }
  }
}
