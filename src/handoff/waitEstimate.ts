import { z } from 'zod';

export const waitSampleSchema = z.object({
  /** From joining the queue to being claimed by an agent. */
  waitMs: z.number().nonnegative(),
  claimedAt: z.string().datetime({ offset: true }),
});
export type WaitSample = z.infer<typeof waitSampleSchema>;

export const waitHistorySchema = z.object({ samples: z.array(waitSampleSchema) });
export type WaitHistory = z.infer<typeof waitHistorySchema>;

export interface WaitHistoryOptions {
  /** How many of the latest claims to keep and use. */
  readonly maxSamples: number;
  /** Claims older than this say nothing about today's wait. */
  readonly maxAgeMs: number;
}

export const defaultWaitHistory: WaitHistoryOptions = { maxSamples: 20, maxAgeMs: 7 * 24 * 3_600_000 };

/** `unknown` when there is nothing recent to go on; otherwise whole minutes, at least 1. */
export type WaitEstimate = { kind: 'unknown' } | { kind: 'estimate'; minutes: number; basedOn: number };

/** Adds one claim's wait, keeping only the latest `maxSamples`. */
export function addWaitSample(history: WaitHistory | undefined, sample: WaitSample, options: WaitHistoryOptions): WaitHistory {
  return { samples: [...(history?.samples ?? []), sample].slice(-options.maxSamples) };
}

/**
 * The median wait-to-claim of recent hand-offs. The median, not the mean, so one chat left waiting
 * over lunch does not make every later estimate look hopeless. Visitors who gave up before being
 * claimed are not in the history, so in a busy spell this errs on the short side.
 */
export function estimateWait(history: WaitHistory | undefined, now: Date, options: WaitHistoryOptions): WaitEstimate {
  const recent = (history?.samples ?? [])
    .filter((s) => now.getTime() - Date.parse(s.claimedAt) <= options.maxAgeMs)
    .slice(-options.maxSamples)
    .map((s) => s.waitMs);
  if (recent.length === 0) return { kind: 'unknown' };
  return { kind: 'estimate', minutes: Math.max(1, Math.ceil(median(recent) / 60_000)), basedOn: recent.length };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
