import type { Activity, PagedResult, Storage, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { KeyedQueue } from '../storage/keyedQueue';
import { addDays, dayOf, type TranscriptDocument, transcriptDocumentSchema, transcriptKey, type TranscriptRef } from './transcriptDocuments';
import { jsonCopy } from '../storage/jsonCopy';
import { MAX_DAYS_PER_RUN, TranscriptDayIndexes } from './transcriptDayIndexes';
import { TranscriptPages } from './transcriptPages';
import type { PurgeResult } from './transcriptRetention';

/** How many kept conversations a purge names in its result (and so in the warning). */
const MAX_KEPT_NAMED = 20;

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
  /**
   * Told which conversations' transcripts the purge is about to delete, so what else is kept about
   * them (conversation state) goes with them. Runs first: if it fails, the transcripts stay and the
   * same conversations are tried again on the next run.
   */
  readonly onExpired?: (conversations: readonly ExpiredConversation[]) => Promise<void>;
}

/** A conversation whose transcript the purge deletes. */
export interface ExpiredConversation {
  readonly channelId: string;
  readonly conversationId: string;
}

/** Transcripts read at once during a purge. */
const BATCH = 50;
/** A bot turn is two or three activities: a page holds about five turns. */
const ACTIVITIES_PER_DOCUMENT = 12;

/**
 * A botbuilder `TranscriptStore` over any `Storage` (memory, file, Blob, Cosmos DB): each conversation
 * paged as `TranscriptPages` stores it, and listed on `TranscriptDayIndexes` (an index per UTC day),
 * which is how the purge finds old transcripts without listing the store.
 *
 * Appends to one conversation run one at a time in this process and under eTags across instances.
 * (botbuilder-azure-blobs' BlobsTranscriptStore matches conversation ids by prefix, so reading or
 * deleting conversation `c1` also reads or deletes `c10`'s activities; this store keys them exactly.)
 */
export class StorageTranscriptStore implements TranscriptStore {
  private readonly storage: Storage;
  private readonly queue = new KeyedQueue();
  /** Activities queued for a conversation and not yet being written. */
  private readonly waiting = new Map<string, { activities: Record<string, unknown>[]; done: Promise<void> }>();
  private readonly pending = new Set<Promise<void>>();
  private readonly pages: TranscriptPages;
  private readonly now: () => Date;
  private readonly pageSize: number;
  private readonly onExpired: ((conversations: readonly ExpiredConversation[]) => Promise<void>) | undefined;
  private readonly days: TranscriptDayIndexes;

  constructor(options: StorageTranscriptStoreOptions) {
    this.storage = options.storage;
    this.now = options.now ?? (() => new Date());
    this.days = new TranscriptDayIndexes(options.storage, this.now);
    this.pageSize = options.pageSize ?? 20;
    this.onExpired = options.onExpired;
    this.pages = new TranscriptPages({
      storage: options.storage,
      now: this.now,
      maxActivities: options.maxActivities ?? 1000,
      perDocument: options.activitiesPerDocument ?? ACTIVITIES_PER_DOCUMENT,
    });
  }

  /** Appends one (already redacted) activity to its conversation's transcript. */
  logActivity(activity: Activity): Promise<void> {
    const channelId = activity.channelId;
    const conversationId = activity.conversation?.id;
    if (typeof channelId !== 'string' || typeof conversationId !== 'string') return Promise.resolve();
    const key = transcriptKey(channelId, conversationId);
    const stored = jsonCopy(activity) as Record<string, unknown>;
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
      // Indexed before it exists, and under the day of each later head write: a transcript the purge cannot find would be kept for ever.
      return this.pages.append(key, { channelId, conversationId }, batch.activities, (ref, at) => this.days.list(dayOf(new Date(at)), ref));
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
    const head = await this.pages.head(transcriptKey(channelId, conversationId));
    const activities = (head === undefined ? [] : await this.pages.activities(head))
      .map((a) => ({ ...a, timestamp: typeof a.timestamp === 'string' ? new Date(a.timestamp) : undefined }) as unknown as Activity)
      .filter((a) => startDate === undefined || (a.timestamp !== undefined && a.timestamp >= startDate));
    return this.page(activities, continuationToken);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    const refs = await this.days.transcriptsOn(await this.days.daysIndexed());
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
    await this.pages.remove(key, await this.pages.head(key));
  }

  /** Creates today's and the next days' index documents before anyone needs them. */
  prepareDays(): Promise<void> {
    return this.days.prepare();
  }

  /**
   * Deletes every transcript last written before `cutoff`. Walks the day indexes from the oldest
   * not yet purged to the day before `cutoff`'s; a transcript started then but still being written
   * after `cutoff` moves to the index of its last write. Safe to run on several instances at once.
   * `onExpired` hears of each batch before it is deleted. A transcript whose conversation state could
   * not be deleted is kept (`kept`) and listed under the day after this run's last, so it is tried
   * again the next day rather than holding up every transcript after it.
   */
  async purgeOlderThan(cutoff: Date): Promise<PurgeResult> {
    const days = (await this.days.daysUntil(addDays(dayOf(cutoff), -1))).slice(0, MAX_DAYS_PER_RUN);
    const lastDay = days.at(-1);
    if (lastDay === undefined) return { deleted: 0, kept: 0 };
    const retryDay = addDays(lastDay, 1);
    const refs = await this.days.transcriptsOn(days);
    let deleted = 0;
    const kept = new Set<string>();
    let keptBecause: unknown;
    for (let i = 0; i < refs.length; i += BATCH) {
      const batch = refs.slice(i, i + BATCH);
      const docs = await this.storage.read(batch.map((r) => transcriptKey(r.channelId, r.conversationId)));
      const found = batch.flatMap((ref) => {
        const doc = transcriptDocumentSchema.safeParse(docs[transcriptKey(ref.channelId, ref.conversationId)]);
        return doc.success ? [{ ref, head: doc.data }] : [];
      });
      const lastUpdated = await this.pages.lastUpdated(found.map((f) => f.head));
      const expired: Array<{ ref: TranscriptRef; head: TranscriptDocument }> = [];
      for (const [j, { ref, head }] of found.entries()) {
        const updated = lastUpdated[j] as string;
        if (Date.parse(updated) < cutoff.getTime()) expired.push({ ref, head });
        else await this.days.add(dayOf(new Date(updated)), ref);
      }
      const { forgotten, error } = await this.forget(expired.map((e) => e.head));
      keptBecause ??= error;
      for (const { ref, head } of expired) {
        if (forgotten.has(head)) await this.pages.remove(transcriptKey(head.channelId, head.conversationId), head);
        else {
          await this.days.add(retryDay, ref);
          kept.add(`${ref.channelId}/${ref.conversationId}`);
        }
      }
      deleted += forgotten.size;
    }
    // Only after every transcript they list is gone or moved; a crash before here redoes the same days.
    await this.days.removeDays(days, retryDay);
    if (kept.size === 0) return { deleted, kept: 0 };
    // Named (ids only, the first few) so an operator can find a conversation that never purges.
    return { deleted, kept: kept.size, keptConversations: [...kept].slice(0, MAX_KEPT_NAMED), keptBecause };
  }

  /**
   * Tells `onExpired` of the batch; if that fails, of each conversation alone, so one whose state
   * cannot be deleted does not keep the others. Returns the transcripts whose state is gone.
   */
  private async forget(expired: readonly TranscriptDocument[]): Promise<{ forgotten: Set<TranscriptDocument>; error?: unknown }> {
    const onExpired = this.onExpired;
    if (expired.length === 0 || onExpired === undefined) return { forgotten: new Set(expired) };
    const ref = ({ channelId, conversationId }: TranscriptDocument) => ({ channelId, conversationId });
    try {
      await onExpired(expired.map(ref));
      return { forgotten: new Set(expired) };
    } catch (batchError) {
      const forgotten = new Set<TranscriptDocument>();
      let error: unknown;
      for (const head of expired) {
        try {
          await onExpired([ref(head)]);
          forgotten.add(head);
        } catch (oneError) {
          // Kept, and tried again on the next day's run.
          error ??= oneError;
        }
      }
      return { forgotten, error: error ?? batchError };
    }
  }

  private page<T>(items: T[], continuationToken: string | undefined): PagedResult<T> {
    const offset = Math.max(0, Number.parseInt(continuationToken ?? '0', 10) || 0);
    const next = offset + this.pageSize;
    return { items: items.slice(offset, next), continuationToken: next < items.length ? String(next) : '' };
  }
}
