import type { TranscriptRef } from './transcriptDocuments';

/** Days remembered: today's, and yesterday's for appends around midnight. */
const DAYS_KEPT = 2;
/** Entries remembered per day; past this the day starts again empty (only an optimisation is lost). */
const MAX_PER_DAY = 100_000;

/**
 * The conversations this process knows to be listed in a day's index (it listed them itself), so
 * each later page of a conversation does not read and rewrite the index shard again. An entry leaves
 * a day's index only when the purge deletes the whole day, which it does only once the day is past
 * the retention: never a day an append still lists under (appends list under the day they write).
 * The purge in this process also tells `forgetDays`, so even a clock set back cannot be misled here.
 */
export class ListedOnDays {
  private readonly days = new Map<string, Set<string>>();

  has(day: string, ref: TranscriptRef): boolean {
    return this.days.get(day)?.has(entry(ref)) ?? false;
  }

  add(day: string, ref: TranscriptRef): void {
    let listed = this.days.get(day);
    if (listed === undefined || listed.size >= MAX_PER_DAY) {
      listed = new Set();
      this.days.set(day, listed);
      // Only the latest days: an older one is never appended under again.
      for (const old of [...this.days.keys()].sort().slice(0, -DAYS_KEPT)) this.days.delete(old);
    }
    listed.add(entry(ref));
  }

  /** The purge deleted these days' indexes. */
  forgetDays(days: readonly string[]): void {
    for (const day of days) this.days.delete(day);
  }
}

function entry(ref: TranscriptRef): string {
  return `${ref.channelId}\n${ref.conversationId}`;
}
