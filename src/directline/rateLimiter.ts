export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

/** Hits other instances counted for a key in the current window (see sharedRateCounts.ts). */
export interface RemoteHits {
  hitsFor(key: string): number;
}

/** Prune idle keys once the map holds this many, so a flood of addresses cannot grow it without end. */
const PRUNE_AT = 10_000;

/**
 * Sliding-window counter per key (a conversation, a client address). The decision is made in
 * memory, without I/O: a write per request to shared storage would cost more than the flood it
 * stops. When instances share storage, `shareWith` adds the hits the other instances published
 * (every couple of seconds), so the limit holds across instances to within that lag.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly now: () => number;
  private remote: RemoteHits | undefined;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Counts one hit for `key` if it is under the limit. */
  take(key: string): RateDecision {
    const now = this.now();
    const since = now - this.options.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length + (this.remote?.hitsFor(key) ?? 0) >= this.options.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > PRUNE_AT) this.prune(since);
    return { ok: true };
  }

  /** Counts hits published by other instances too. */
  shareWith(remote: RemoteHits): void {
    this.remote = remote;
  }

  /** This instance's hits per key in the current window, for publishing to the others. */
  recentHits(): Map<string, number> {
    const since = this.now() - this.options.windowMs;
    const counts = new Map<string, number>();
    for (const [key, times] of this.hits) {
      const n = times.filter((t) => t > since).length;
      if (n > 0) counts.set(key, n);
    }
    return counts;
  }

  get windowMs(): number {
    return this.options.windowMs;
  }

  private prune(since: number): void {
    for (const [key, times] of this.hits) {
      if ((times[times.length - 1] ?? 0) <= since) this.hits.delete(key);
    }
  }
}
