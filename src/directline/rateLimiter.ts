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
  /** Per key, its hit times in order; those before `start` have left the window (dropped in bulk). */
  private readonly hits = new Map<string, { times: number[]; start: number }>();
  private readonly now: () => number;
  private remote: RemoteHits | undefined;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Counts one hit for `key` if it is under the limit. */
  take(key: string): RateDecision {
    const now = this.now();
    const since = now - this.options.windowMs;
    let window = this.hits.get(key);
    if (window === undefined) {
      window = { times: [], start: 0 };
      this.hits.set(key, window);
    }
    // Times only grow, so the expired ones are at the front: skip them rather than copy the rest
    // (a busy address behind one proxy can have thousands in the window).
    const { times } = window;
    while (window.start < times.length && (times[window.start] as number) <= since) window.start++;
    if (window.start > 64 && window.start * 2 > times.length) {
      times.splice(0, window.start);
      window.start = 0;
    }
    const recent = times.length - window.start;
    if (recent + (this.remote?.hitsFor(key) ?? 0) >= this.options.limit) {
      const oldest = times[window.start] ?? now;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000)) };
    }
    times.push(now);
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
    for (const [key, { times, start }] of this.hits) {
      let n = 0;
      for (let i = times.length - 1; i >= start && (times[i] as number) > since; i--) n++;
      if (n > 0) counts.set(key, n);
    }
    return counts;
  }

  get windowMs(): number {
    return this.options.windowMs;
  }

  private prune(since: number): void {
    for (const [key, { times }] of this.hits) {
      if ((times[times.length - 1] ?? 0) <= since) this.hits.delete(key);
    }
  }
}
