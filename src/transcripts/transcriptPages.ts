import type { Storage } from 'botbuilder';
import { StoredUpdater } from '../directline/storedUpdate';
import {
  type TranscriptDocument,
  transcriptDocumentSchema,
  type TranscriptPage,
  transcriptPageKey,
  transcriptPageSchema,
  type TranscriptRef,
} from './transcriptDocuments';

type ConversationIds = { readonly channelId: string; readonly conversationId: string };

export interface TranscriptPagesOptions {
  readonly storage: Storage;
  readonly now: () => Date;
  /** Activities kept per transcript; a longer conversation keeps its first ones and is marked truncated. */
  readonly maxActivities: number;
  /** Activities per stored page document at most: a larger append takes several pages. */
  readonly perDocument: number;
}

/**
 * One conversation's transcript as stored: a small head document and one page per append (a turn's
 * activities). An append moves the head on by a page (an eTag read-modify-write of the head alone,
 * so two instances appending at once take different pages, on every store) and writes its
 * activities there: a turn reads and rewrites no earlier activities. (Appending to the last page of
 * a few turns re-read and rewrote it each turn, and the eTag check parsed it again: most of a turn's
 * transcript cost. A single document per conversation before that rewrote the whole conversation.)
 * Every page is listed on the head before it is written, so removing the head's pages removes the
 * transcript; a page listed but never written (its writer stopped) reads as nothing.
 */
export class TranscriptPages {
  private readonly storage: Storage;
  private readonly updater: StoredUpdater;
  private readonly now: () => Date;
  private readonly maxActivities: number;
  private readonly perDocument: number;

  constructor(options: TranscriptPagesOptions) {
    this.storage = options.storage;
    this.updater = new StoredUpdater(options.storage);
    this.now = options.now;
    this.maxActivities = options.maxActivities;
    this.perDocument = Math.max(1, options.perDocument);
  }

  /**
   * Appends already-redacted activities to the conversation's transcript at `key`: the head is moved
   * on by a page under its eTag (so two instances appending at once take different pages), then the
   * activities are written as that page, and nothing earlier is read or rewritten. Before the head is
   * written it is announced through `index` with the time of this write (the store lists it in that
   * day's index), so the purge can always find it: a purge deleting the transcript between this
   * append's read of the head and its write would otherwise have the write store the head again,
   * listed nowhere and kept for ever.
   */
  async append(key: string, ids: ConversationIds, stored: readonly Record<string, unknown>[], index: (ref: TranscriptRef, at: string) => Promise<void>): Promise<void> {
    const updated = this.now().toISOString();
    // Gone now, the transcript was deleted before this append and starts again; gone while this
    // append takes or writes its page, it was deleted meanwhile and that wins.
    let head: TranscriptDocument = (await this.head(key)) ?? (await this.create(key, ids, updated, index));
    let remaining = stored;
    while (remaining.length > 0) {
      // Heads written before they counted their activities are counted once, from their pages.
      const counted = head.count ?? (await this.countOf(head));
      await index({ ...ids, created: head.created }, updated);
      const taken = await this.updater.update<TranscriptDocument, { page: number; take: number; head: TranscriptDocument } | 'full' | undefined>(key, transcriptDocumentSchema, (doc) => {
        if (doc === undefined) return { keep: true, result: undefined };
        const count = doc.count ?? counted;
        const take = Math.min(this.maxActivities - count, this.perDocument, remaining.length);
        if (take <= 0) return { keep: true, result: 'full' };
        const page = doc.pages ?? 0;
        const next: TranscriptDocument = { ...doc, pages: page + 1, count: count + take, updated: later(doc.updated, updated) };
        return { write: next, result: { page, take, head: next } };
      });
      if (taken === undefined) return;
      if (taken === 'full') return this.markTruncated(key, ids, head, updated, index);
      const pageKey = transcriptPageKey(ids.channelId, ids.conversationId, taken.page);
      // The page is this append's alone: the head was moved past it under its eTag.
      await this.storage.write({ [pageKey]: { activities: remaining.slice(0, taken.take), updated, eTag: '*' } });
      const listing = await this.head(key);
      if (listing === undefined || (listing.pages ?? 0) <= taken.page) {
        // Deleted or purged while this append was on its way: a page no head lists is never purged.
        await this.storage.delete([pageKey]);
        return;
      }
      head = taken.head;
      remaining = remaining.slice(taken.take);
    }
  }

  /** A new transcript's head, listing no pages yet; indexed first, so the purge can find it. */
  private async create(key: string, ids: ConversationIds, updated: string, index: (ref: TranscriptRef, at: string) => Promise<void>): Promise<TranscriptDocument> {
    await index({ ...ids, created: updated }, updated);
    const fresh: TranscriptDocument = { ...ids, created: updated, updated, pages: 0, count: 0 };
    return this.updater.update<TranscriptDocument, TranscriptDocument>(key, transcriptDocumentSchema, (doc) => (doc !== undefined ? { keep: true, result: doc } : { write: fresh, result: fresh }));
  }

  /**
   * More activities than a transcript keeps: nothing more is stored, but the conversation goes on,
   * so `updated` still moves and the purge (and the conversation state deleted with the transcript)
   * waits for it to go quiet.
   */
  private async markTruncated(key: string, ids: ConversationIds, head: TranscriptDocument, updated: string, index: (ref: TranscriptRef, at: string) => Promise<void>): Promise<void> {
    await index({ ...ids, created: head.created }, updated);
    await this.updater.update(key, transcriptDocumentSchema, (doc) =>
      doc === undefined || (doc.truncated && doc.updated >= updated) ? { keep: true, result: undefined } : { write: { ...doc, truncated: true, updated: later(doc.updated, updated) }, result: undefined },
    );
  }

  /** Activities stored under a head written before heads counted them (one read, once per such transcript). */
  private async countOf(head: TranscriptDocument): Promise<number> {
    const pages = await this.readPages(head, pageNumbers(head));
    return (head.activities?.length ?? 0) + pages.reduce((sum, page) => sum + (page?.activities.length ?? 0), 0);
  }

  /** The head at `key`, or undefined when there is no (readable) transcript. */
  head(key: string): Promise<TranscriptDocument | undefined> {
    return this.updater.read(key, transcriptDocumentSchema);
  }

  /** Every stored activity of a transcript, oldest first: the head's own (older format), then each page's. */
  async activities(head: TranscriptDocument): Promise<Record<string, unknown>[]> {
    const pages = await this.readPages(head, pageNumbers(head));
    return [...(head.activities ?? []), ...pages.flatMap((p) => p?.activities ?? [])];
  }

  private readPages(head: TranscriptDocument, numbers: readonly number[]): Promise<(TranscriptPage | undefined)[]> {
    const keys = numbers.map((n) => transcriptPageKey(head.channelId, head.conversationId, n));
    return this.storage.read(keys).then((items) => keys.map((k) => parsedPage(items[k])));
  }

  /**
   * When each transcript was last written: its head, or its last page once that has been appended to.
   * The last pages are read together, so a purge batch costs one read, not one per transcript.
   */
  async lastUpdated(heads: readonly TranscriptDocument[]): Promise<string[]> {
    const lastKeys = heads.map((h) => ((h.pages ?? 0) > 0 ? transcriptPageKey(h.channelId, h.conversationId, (h.pages ?? 0) - 1) : undefined));
    const wanted = lastKeys.filter((k): k is string => k !== undefined);
    const items = wanted.length > 0 ? await this.storage.read(wanted) : {};
    return heads.map((head, i) => {
      const key = lastKeys[i];
      const page = key === undefined ? undefined : parsedPage(items[key]);
      return page !== undefined && page.updated > head.updated ? page.updated : head.updated;
    });
  }

  /**
   * Pages first, head last: a purge interrupted half-way finds the head again and finishes. Also the
   * page after the last, which a crash may have left created but not yet listed. The pages go again
   * after the head: an append that wrote one in between and still saw the head does not remove it.
   */
  async remove(key: string, head: TranscriptDocument | undefined): Promise<void> {
    const pageKeys = head === undefined ? [] : [...pageNumbers(head), head.pages ?? 0].map((n) => transcriptPageKey(head.channelId, head.conversationId, n));
    if (pageKeys.length > 0) await this.storage.delete(pageKeys);
    await this.storage.delete([key]);
    if (pageKeys.length > 0) await this.storage.delete(pageKeys);
  }
}

function later(a: string, b: string): string {
  return a > b ? a : b;
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
