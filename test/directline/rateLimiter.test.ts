import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RateLimiter } from '../../src/directline/rateLimiter';

/** The rule written the plain way: hits in the last window, counted afresh each time. */
function referenceLimiter(limit: number, windowMs: number) {
  const hits = new Map<string, number[]>();
  return (key: string, now: number): { ok: boolean; retryAfterSeconds?: number } => {
    const recent = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
    hits.set(key, recent);
    if (recent.length >= limit) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((recent[0] ?? now) + windowMs - now) / 1000)) };
    recent.push(now);
    return { ok: true };
  };
}

describe('rate limiter (sliding window)', () => {
  it('refuses the hit over the limit, says when to retry, and allows again once the oldest hit leaves the window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(limiter.take('203.0.113.7'), { ok: true });
      now += 10_000;
    }
    assert.deepEqual(limiter.take('203.0.113.7'), { ok: false, retryAfterSeconds: 30 });
    assert.deepEqual(limiter.take('198.51.100.2'), { ok: true }, 'another key has its own allowance');
    now += 30_000;
    assert.deepEqual(limiter.take('203.0.113.7'), { ok: true });
    assert.deepEqual(limiter.recentHits().get('203.0.113.7'), 3);
  });

  it('decides exactly as the plain rule does over long runs of hits on a few keys', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 150 }),
        fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c'), gapMs: fc.integer({ min: 0, max: 3_000 }) }), { maxLength: 600 }),
        (limit, steps) => {
          let now = 0;
          const limiter = new RateLimiter({ limit, windowMs: 60_000, now: () => now });
          const reference = referenceLimiter(limit, 60_000);
          for (const { key, gapMs } of steps) {
            now += gapMs;
            assert.deepEqual(limiter.take(key), reference(key, now));
          }
        },
      ),
      { seed: 20261129, numRuns: 200 },
    );
  });
});
