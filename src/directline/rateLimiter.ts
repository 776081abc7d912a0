export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

/** Prune idle keys once the map holds this many, so a flood of addresses cannot grow it without end. */
const PRUNE_AT = 10_000;

/**
 * Sliding-window counter per key (a conversation, a client address). In memory on purpose: a limit
 * per instance is still a limit, and sharing counters through Storage would cost a write per request.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Counts one hit for `key` if it is under the limit. */
  take(key: string): RateDecision {
    const now = this.now();
    const since = now - this.options.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.options.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > PRUNE_AT) this.prune(since);
    return { ok: true };
  }

  private prune(since: number): void {
    for (const [key, times] of this.hits) {
      if ((times[times.length - 1] ?? 0) <= since) this.hits.delete(key);
    }
  }
}
