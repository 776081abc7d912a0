import type { Storage } from 'botbuilder';
import { StoredUpdater } from '../directline/storedUpdate';
import { createIfAbsent } from '../storage/createOnly';
import { addDays, type DayIndex, dayIndexKey, dayIndexKeys, dayIndexSchema, dayIndexShard, dayOf, PURGE_CURSOR_KEY, purgeCursorSchema, type TranscriptRef } from './transcriptDocuments';
import { ListedOnDays } from './listedOnDays';

/** Days a single purge run walks at most, so a cursor far in the past cannot make one run endless. */
export const MAX_DAYS_PER_RUN = 400;
/** Day indexes are created this many days ahead, so instances appending never race to create one. */
const DAYS_AHEAD = 2;

/**
 * The transcripts' index per UTC day (in shards), listing the conversations written that day, and the
 * purge cursor (the oldest day not yet purged): how the purge and the listing find transcripts
 * without listing the store. Every change is an eTag read-modify-write, safe across instances.
 */
export class TranscriptDayIndexes {
  private readonly updater: StoredUpdater;
  /** The day whose purge cursor this process has already checked. */
  private cursorCheckedFor: string | undefined;
  /** Conversations this process has listed in a day's index: their later pages need not read it again. */
  private readonly listed = new ListedOnDays();

  constructor(
    private readonly storage: Storage,
    private readonly now: () => Date,
  ) {
    this.updater = new StoredUpdater(storage);
  }

  /** Creates today's and the next days' index documents before anyone needs them. */
  async prepare(): Promise<void> {
    const today = dayOf(this.now());
    const days = daysBetween(today, addDays(today, DAYS_AHEAD));
    const keys = days.flatMap((day) => dayIndexKeys(day).slice(1));
    const existing = await this.storage.read(keys);
    const missing = keys.filter((key) => existing[key] === undefined);
    // Create-only: an index another instance created meanwhile (with a transcript in it) is kept, or
    // that transcript would never be found by the purge.
    await Promise.all(missing.map((key) => createIfAbsent(this.storage, key, { transcripts: [] })));
    // So the purge also walks (and removes) these indexes when no transcript is ever written.
    await this.updater.update(PURGE_CURSOR_KEY, purgeCursorSchema, (c) =>
      c !== undefined ? { keep: true, result: undefined } : { write: { oldestDay: today }, result: undefined },
    );
  }

  /** Every indexed day from the purge cursor to `last` (none before anything is indexed). */
  async daysUntil(last: string): Promise<string[]> {
    const cursor = await this.updater.read(PURGE_CURSOR_KEY, purgeCursorSchema);
    return cursor === undefined ? [] : daysBetween(cursor.oldestDay, last);
  }

  /** Every day that may list a transcript: from the purge cursor to the days prepared ahead. */
  daysIndexed(): Promise<string[]> {
    return this.daysUntil(addDays(dayOf(this.now()), DAYS_AHEAD));
  }

  /** The transcripts the days' indexes list, in day order (a transcript moved on by the purge may appear twice). */
  async transcriptsOn(days: readonly string[]): Promise<TranscriptRef[]> {
    const keys = days.flatMap(dayIndexKeys);
    const indexes = await this.storage.read(keys);
    return keys.flatMap((key) => {
      const parsed = dayIndexSchema.safeParse(indexes[key]);
      return parsed.success ? parsed.data.transcripts : [];
    });
  }

  /** `add`, unless this process already listed the conversation on that day (for an earlier page). */
  async list(day: string, ref: TranscriptRef): Promise<void> {
    if (this.listed.has(day, ref)) return;
    await this.add(day, ref);
    this.listed.add(day, ref);
  }

  /** Lists the transcript on `day`, and moves the purge cursor back to that day if it is later. */
  async add(day: string, ref: TranscriptRef): Promise<void> {
    await this.updater.update(dayIndexKey(day, dayIndexShard(ref.channelId, ref.conversationId)), dayIndexSchema, (index): { write: DayIndex; result: void } | { keep: true; result: void } => {
      const transcripts = index?.transcripts ?? [];
      if (transcripts.some((t) => t.channelId === ref.channelId && t.conversationId === ref.conversationId)) return { keep: true, result: undefined };
      return { write: { transcripts: [...transcripts, ref] }, result: undefined };
    });
    if (this.cursorCheckedFor === day) return;
    await this.updater.update(PURGE_CURSOR_KEY, purgeCursorSchema, (c) =>
      c !== undefined && c.oldestDay <= day ? { keep: true, result: undefined } : { write: { oldestDay: day }, result: undefined },
    );
    this.cursorCheckedFor = day;
  }

  /**
   * The purge is done with these days (every transcript they list is gone or moved): their indexes go,
   * and the cursor moves past them. A crash before this redoes the same days.
   */
  async removeDays(days: readonly string[], next: string): Promise<void> {
    await this.storage.delete(days.flatMap(dayIndexKeys));
    // What this process remembers of the indexes and the cursor no longer holds for these days.
    this.listed.forgetDays(days);
    this.cursorCheckedFor = undefined;
    await this.updater.update(PURGE_CURSOR_KEY, purgeCursorSchema, (c) =>
      c !== undefined && c.oldestDay >= next ? { keep: true, result: undefined } : { write: { oldestDay: next }, result: undefined },
    );
  }
}

/** Every day from `first` to `last`, inclusive; empty when `first` is after `last`. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last && days.length <= MAX_DAYS_PER_RUN + 10; day = addDays(day, 1)) days.push(day);
  return days;
}
