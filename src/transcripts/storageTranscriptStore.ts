import type { Activity, PagedResult, Storage, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { StoredUpdater } from '../directline/storedUpdate';
import { KeyedQueue } from '../storage/keyedQueue';
import {
  addDays,
  type DayIndex,
  dayIndexKey,
  dayIndexKeys,
  dayIndexShard,
  dayIndexSchema,
  dayOf,
  PURGE_CURSOR_KEY,
  purgeCursorSchema,
  type TranscriptDocument,
  transcriptDocumentSchema,
  transcriptKey,
  type TranscriptPage,
  transcriptPageKey,
  transcriptPageSchema,
  type TranscriptRef,
} from './transcriptDocuments';

export interface StorageTranscriptStoreOptions {
  /** Where transcripts live: a folder, a Blob container or a Cosmos DB container of their own. */
  readonly storage: Storage;
  readonly now?: () => Date;
  /** Activities kept per transcript; a longer conversation keeps its first ones and is marked truncated. */
  readonly maxActivities?: number;
  /** Items per page for the TranscriptStore listing calls. */
  readonly pageSize?: number;
  /** Activities per stored page document: an append rewrites at most this many. */
  readonly activitiesPerDocument?: number;
}

/** Days a single purge run walks at most, so a cursor far in the past cannot make one run endless. */
const MAX_DAYS_PER_RUN = 400;
/** Day indexes are created this many days ahead, so instances appending never race to create one. */
const DAYS_AHEAD = 2;
/** Transcripts read at once during a purge. */
const BATCH = 50;
/** A bot turn is two or three activities: a page holds about five turns. */
const ACTIVITIES_PER_DOCUMENT = 12;

/**
 * A botbuilder `TranscriptStore` over any `Storage` (memory, file, Blob, Cosmos DB): per conversation
 * a head document and pages of a few activities each, so a turn's append rewrites one short page
 * (with a single document per conversation every turn rewrote the whole conversation: slow for long
 * hand-offs, and a whole blob upload per message on Azure); and one index document per UTC day
 * listing the conversations started that day, which is how the purge finds old transcripts without
 * listing the store.
 *
 * Appends to one conversation run one at a time in this process and under eTags across instances.
 * (botbuilder-azure-blobs' BlobsTranscriptStore matches conversation ids by prefix, so reading or
 * deleting conversation `c1` also reads or deletes `c10`'s activities; this store keys them exactly.)
 */
export class StorageTranscriptStore implements TranscriptStore {
  private readonly storage: Storage;
  private readonly updater: StoredUpdater;
  private readonly queue = new KeyedQueue();
  /** Activities queued for a conversation and not yet being written. */
  private readonly waiting = new Map<string, { activities: Record<string, unknown>[]; done: Promise<void> }>();
  private readonly pending = new Set<Promise<void>>();
  private readonly now: () => Date;
  private readonly maxActivities: number;
  private readonly pageSize: number;
  private readonly perDocument: number;
  /** The day whose purge cursor this process has already checked. */
  private cursorCheckedFor: string | undefined;

  constructor(options: StorageTranscriptStoreOptions) {
    this.storage = options.storage;
    this.updater = new StoredUpdater(options.storage);
    this.now = options.now ?? (() => new Date());
    this.maxActivities = options.maxActivities ?? 1000;
    this.pageSize = options.pageSize ?? 20;
    this.perDocument = Math.max(1, options.activitiesPerDocument ?? ACTIVITIES_PER_DOCUMENT);
  }

  /** Appends one (already redacted) activity to its conversation's transcript. */
  logActivity(activity: Activity): Promise<void> {
    const channelId = activity.channelId;
    const conversationId = activity.conversation?.id;
    if (typeof channelId !== 'string' || typeof conversationId !== 'string') return Promise.resolve();
    const key = transcriptKey(channelId, conversationId);
    const stored = JSON.parse(JSON.stringify(activity)) as Record<string, unknown>;
    // A turn's activities arrive together (the middleware logs them in one go): while one waits its
    // turn in the queue, later ones for the same conversation join it, so they cost one read and write.
    const waiting = this.waiting.get(key);
    if (waiting !== undefined) {
      waiting.activities.push(stored);
      return waiting.done;
    }
    const batch: { activities: Record<string, unknown>[]; done: Promise<void> } = { activities: [stored], done: Promise.resolve() };
    this.waiting.set(key, batch);
    const done = this.queue.run(key, () => {
      this.waiting.delete(key);
      return this.append(key, { channelId, conversationId }, batch.activities);
    });
    batch.done = done;
    this.pending.add(done);
    void done.catch(() => undefined).then(() => this.pending.delete(done));
    return done;
  }

  /** Waits for every append started so far (graceful shutdown). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  async getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    const head = await this.updater.read(transcriptKey(channelId, conversationId), transcriptDocumentSchema);
    const pages = head === undefined ? [] : await this.readPages(head, pageNumbers(head));
    const activities = [...(head?.activities ?? []), ...pages.flatMap((p) => p?.activities ?? [])]
      .map((a) => ({ ...a, timestamp: typeof a.timestamp === 'string' ? new Date(a.timestamp) : undefined }) as unknown as Activity)
      .filter((a) => startDate === undefined || (a.timestamp !== undefined && a.timestamp >= startDate));
    return this.page(activities, continuationToken);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    const cursor = await this.updater.read(PURGE_CURSOR_KEY, purgeCursorSchema);
    const today = dayOf(this.now());
    const days = cursor === undefined ? [] : daysBetween(cursor.oldestDay, addDays(today, DAYS_AHEAD));
    const refs = await this.indexedOn(days);
    const seen = new Set<string>();
    const infos: TranscriptInfo[] = [];
    for (const ref of refs) {
      if (ref.channelId !== channelId || seen.has(ref.conversationId)) continue;
      seen.add(ref.conversationId);
      infos.push({ channelId, id: ref.conversationId, created: new Date(ref.created) });
    }
    return this.page(infos, continuationToken);
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    const key = transcriptKey(channelId, conversationId);
    const head = await this.updater.read(key, transcriptDocumentSchema);
    await this.removeTranscript(key, head);
  }

  /** Creates today's and the next days' index documents before anyone needs them. */
  async prepareDays(): Promise<void> {
    const today = dayOf(this.now());
    const days = daysBetween(today, addDays(today, DAYS_AHEAD));
    const keys = days.flatMap((day) => dayIndexKeys(day).slice(1));
    const existing = await this.storage.read(keys);
    const missing = keys.filter((key) => existing[key] === undefined);
    if (missing.length > 0) await this.storage.write(Object.fromEntries(missing.map((key) => [key, { transcripts: [] }])));
    // So the purge also walks (and removes) these indexes when no transcript is ever written.
    await this.updater.update(PURGE_CURSOR_KEY, purgeCursorSchema, (c) =>
      c !== undefined ? { keep: true, result: undefined } : { write: { oldestDay: today }, result: undefined },
    );
  }

  /**
   * Deletes every transcript last written before `cutoff`. Walks the day indexes from the oldest
   * not yet purged to the day before `cutoff`'s; a transcript started then but still being written
   * after `cutoff` moves to the index of its last write. Safe to run on several instances at once.
   */
  async purgeOlderThan(cutoff: Date): Promise<{ deleted: number }> {
    const cursor = await this.updater.read(PURGE_CURSOR_KEY, purgeCursorSchema);
    if (cursor === undefined) return { deleted: 0 };
    const days = daysBetween(cursor.oldestDay, addDays(dayOf(cutoff), -1)).slice(0, MAX_DAYS_PER_RUN);
    const lastDay = days.at(-1);
    if (lastDay === undefined) return { deleted: 0 };
    const refs = await this.indexedOn(days);
    let deleted = 0;
    for (let i = 0; i < refs.length; i += BATCH) {
      const batch = refs.slice(i, i + BATCH);
      const docs = await this.storage.read(batch.map((r) => transcriptKey(r.channelId, r.conversationId)));
      const expired: TranscriptDocument[] = [];
      for (const ref of batch) {
        const key = transcriptKey(ref.channelId, ref.conversationId);
        const doc = transcriptDocumentSchema.safeParse(docs[key]);
        if (!doc.success) continue;
        const updated = await this.lastUpdated(doc.data);
        if (Date.parse(updated) < cutoff.getTime()) expired.push(doc.data);
        else await this.addToDay(dayOf(new Date(updated)), ref);
      }
      for (const head of expired) await this.removeTranscript(transcriptKey(head.channelId, head.conversationId), head);
      deleted += expired.length;
    }
    // Only after every transcript they list is gone or moved; a crash before here redoes the same days.
    await this.storage.delete(days.flatMap(dayIndexKeys));
    const next = addDays(lastDay, 1);
    await this.updater.update(PURGE_CURSOR_KEY, purgeCursorSchema, (c) =>
      c !== undefined && c.oldestDay >= next ? { keep: true, result: undefined } : { write: { oldestDay: next }, result: undefined },
    );
    return { deleted };
  }

  private async append(key: string, ids: { channelId: string; conversationId: string }, stored: readonly Record<string, unknown>[]): Promise<void> {
    const updated = this.now().toISOString();
    let head = await this.updater.read(key, transcriptDocumentSchema);
    if (head === undefined) {
      // Indexed before it exists: a transcript the purge cannot find would be kept for ever.
      await this.addToDay(dayOf(new Date(updated)), { ...ids, created: updated });
      await this.createPage(ids, 0);
      head = await this.updater.update(key, transcriptDocumentSchema, (doc) =>
        doc !== undefined ? { keep: true, result: doc } : { write: { ...ids, created: updated, updated, pages: 1 }, result: { ...ids, created: updated, updated, pages: 1 } },
      );
    }
    let remaining = stored;
    while (remaining.length > 0) {
      const pages = head.pages ?? 0;
      if (pages === 0) {
        const moved = await this.addPage(key, ids, 0);
        if (moved === undefined) return;
        head = moved;
        continue;
      }
      const last = pages - 1;
      const before = (head.activities?.length ?? 0) + last * this.perDocument;
      const taken = await this.updater.update(transcriptPageKey(ids.channelId, ids.conversationId, last), transcriptPageSchema, (page) => {
        const activities = page?.activities ?? [];
        const room = Math.min(this.perDocument - activities.length, this.maxActivities - before - activities.length);
        if (room <= 0) return { keep: true, result: { count: 0, full: before + activities.length >= this.maxActivities } };
        const take = remaining.slice(0, room);
        return { write: { activities: [...activities, ...take], updated } satisfies TranscriptPage, result: { count: take.length, full: false } };
      });
      remaining = remaining.slice(taken.count);
      if (taken.count > 0 && !(await this.lists(key, last))) {
        // Deleted or purged while this append was on its way: a page no head lists is never purged.
        await this.storage.delete([transcriptPageKey(ids.channelId, ids.conversationId, last)]);
        return;
      }
      if (taken.full) {
        await this.updater.update(key, transcriptDocumentSchema, (doc) =>
          doc === undefined || doc.truncated ? { keep: true, result: undefined } : { write: { ...doc, truncated: true }, result: undefined },
        );
        return;
      }
      if (remaining.length > 0 && taken.count === 0) {
        const moved = await this.addPage(key, ids, pages);
        if (moved === undefined) return;
        head = moved;
      }
    }
  }

  /** Whether the transcript's head (still) lists page `n`. */
  private async lists(key: string, n: number): Promise<boolean> {
    const head = await this.updater.read(key, transcriptDocumentSchema);
    return head !== undefined && (head.pages ?? 0) > n;
  }

  /**
   * Moves the head on to one more page, unless another instance already did; returns the head as now
   * stored, or undefined when the transcript was deleted meanwhile (the append then stops).
   */
  private async addPage(key: string, ids: { channelId: string; conversationId: string }, pagesSeen: number): Promise<TranscriptDocument | undefined> {
    const head = await this.updater.read(key, transcriptDocumentSchema);
    if (head === undefined || (head.pages ?? 0) > pagesSeen) return head;
    await this.createPage(ids, pagesSeen);
    const moved = await this.updater.update(key, transcriptDocumentSchema, (doc) => {
      if (doc === undefined || (doc.pages ?? 0) > pagesSeen) return { keep: true, result: doc };
      const next = { ...doc, pages: pagesSeen + 1, updated: this.now().toISOString() };
      return { write: next, result: next };
    });
    if (moved === undefined) await this.storage.delete([transcriptPageKey(ids.channelId, ids.conversationId, pagesSeen)]);
    return moved;
  }

  /**
   * Writes page `n` empty unless it exists, before the head lists it. Appends go only to listed pages,
   * so they always carry the page's eTag: two instances filling the same new page cannot overwrite
   * each other (a first write has no eTag to check; the Storage contract has no "create only").
   */
  private async createPage(ids: { channelId: string; conversationId: string }, n: number): Promise<void> {
    await this.updater.update(transcriptPageKey(ids.channelId, ids.conversationId, n), transcriptPageSchema, (page) =>
      page !== undefined ? { keep: true, result: undefined } : { write: { activities: [], updated: this.now().toISOString() } satisfies TranscriptPage, result: undefined },
    );
  }

  /** The transcripts the days' indexes list, in day order (a transcript moved on by the purge may appear twice). */
  private async indexedOn(days: readonly string[]): Promise<TranscriptRef[]> {
    const keys = days.flatMap(dayIndexKeys);
    const indexes = await this.storage.read(keys);
    return keys.flatMap((key) => {
      const parsed = dayIndexSchema.safeParse(indexes[key]);
      return parsed.success ? parsed.data.transcripts : [];
    });
  }

  private readPages(head: TranscriptDocument, numbers: readonly number[]): Promise<(TranscriptPage | undefined)[]> {
    const keys = numbers.map((n) => transcriptPageKey(head.channelId, head.conversationId, n));
    return this.storage.read(keys).then((items) => keys.map((k) => parsedPage(items[k])));
  }

  /** When the transcript was last written: its head, or its last page once that has been appended to. */
  private async lastUpdated(head: TranscriptDocument): Promise<string> {
    const last = (head.pages ?? 0) - 1;
    if (last < 0) return head.updated;
    const [page] = await this.readPages(head, [last]);
    return page !== undefined && page.updated > head.updated ? page.updated : head.updated;
  }

  /**
   * Pages first, head last: a purge interrupted half-way finds the head again and finishes. Also the
   * page after the last, which a crash may have left created but not yet listed. The pages go again
   * after the head: an append that wrote one in between and still saw the head does not remove it.
   */
  private async removeTranscript(key: string, head: TranscriptDocument | undefined): Promise<void> {
    const pageKeys = head === undefined ? [] : [...pageNumbers(head), head.pages ?? 0].map((n) => transcriptPageKey(head.channelId, head.conversationId, n));
    if (pageKeys.length > 0) await this.storage.delete(pageKeys);
    await this.storage.delete([key]);
    if (pageKeys.length > 0) await this.storage.delete(pageKeys);
  }

  private async addToDay(day: string, ref: TranscriptRef): Promise<void> {
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

  private page<T>(items: T[], continuationToken: string | undefined): PagedResult<T> {
    const offset = Math.max(0, Number.parseInt(continuationToken ?? '0', 10) || 0);
    const next = offset + this.pageSize;
    return { items: items.slice(offset, next), continuationToken: next < items.length ? String(next) : '' };
  }
}

function pageNumbers(head: TranscriptDocument): number[] {
  return Array.from({ length: head.pages ?? 0 }, (_, i) => i);
}

function parsedPage(value: unknown): TranscriptPage | undefined {
  if (value === undefined) return undefined;
  const { eTag: _eTag, ...rest } = value as Record<string, unknown>;
  const parsed = transcriptPageSchema.safeParse(rest);
  return parsed.success ? parsed.data : undefined;
}

/** Every day from `first` to `last`, inclusive; empty when `first` is after `last`. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last && days.length <= MAX_DAYS_PER_RUN + 10; day = addDays(day, 1)) days.push(day);
  return days;
}
