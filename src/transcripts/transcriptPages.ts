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

/** Heads remembered between appends, the most recently used. */
const HEADS_REMEMBERED = 10_000;
/**
 * How long a remembered head is used. Only a transcript quiet for days is purged, so within this
 * time a head can only be behind by pages another instance added; the append notices either.
 */
const HEAD_REMEMBERED_MS = 10 * 60_000;

export interface TranscriptPagesOptions {
  readonly storage: Storage;
  readonly now: () => Date;
  /** Activities kept per transcript; a longer conversation keeps its first ones and is marked truncated. */
  readonly maxActivities: number;
  /** Activities per stored page document: an append rewrites at most this many. */
  readonly perDocument: number;
}

/**
 * One conversation's transcript as stored: a head document and pages of a few activities each, so a
 * turn's append rewrites one short page (with a single document per conversation every turn
 * rewrote the whole conversation: slow for long hand-offs, and a whole blob upload per message on
 * Azure). Every page is reachable from its head, so removing the head's pages removes the transcript.
 * Writes are eTag read-modify-writes, safe with several instances appending at once.
 */
export class TranscriptPages {
  private readonly storage: Storage;
  private readonly updater: StoredUpdater;
  private readonly now: () => Date;
  private readonly maxActivities: number;
  private readonly perDocument: number;
  /** Each transcript's head as this process's last append found it listing its page, and when. */
  private readonly remembered = new Map<string, { head: TranscriptDocument; at: number }>();

  constructor(options: TranscriptPagesOptions) {
    this.storage = options.storage;
    this.updater = new StoredUpdater(options.storage);
    this.now = options.now;
    this.maxActivities = options.maxActivities;
    this.perDocument = Math.max(1, options.perDocument);
  }

  /**
   * Appends already-redacted activities to the conversation's transcript at `key`. Before the head is
   * written (created, moved on to a new page, marked truncated) the transcript is announced through
   * `index` with the time of this write (the store lists it in that day's index), so the purge can
   * always find it: a purge deleting the transcript between this append's read of the head and its
   * write would otherwise have the write store the head again, listed nowhere and kept for ever.
   */
  async append(key: string, ids: ConversationIds, stored: readonly Record<string, unknown>[], index: (ref: TranscriptRef, at: string) => Promise<void>, recall = true): Promise<void> {
    const updated = this.now().toISOString();
    // The head as the last append left it saves a read on most turns. It can only be behind what is
    // stored: pages another instance added (its last page is then full, and addPage reads the head),
    // or deleted (its last page is then gone, and the append starts again from what is stored).
    let recalled = recall ? this.recall(key) : undefined;
    let head = recalled ?? (await this.head(key));
    if (head === undefined) {
      await index({ ...ids, created: updated }, updated);
      await this.createPage(ids, 0);
      head = await this.updater.update(key, transcriptDocumentSchema, (doc) =>
        doc !== undefined ? { keep: true, result: doc } : { write: { ...ids, created: updated, updated, pages: 1 }, result: { ...ids, created: updated, updated, pages: 1 } },
      );
    }
    let remaining = stored;
    while (remaining.length > 0) {
      const pages = head.pages ?? 0;
      if (pages === 0) {
        const moved = await this.addPage(key, ids, 0, () => index({ ...ids, created: (head as TranscriptDocument).created }, updated));
        if (moved === undefined) return this.forget(key);
        head = moved;
        recalled = undefined;
        continue;
      }
      const last = pages - 1;
      const before = (head.activities?.length ?? 0) + last * this.perDocument;
      const taken = await this.updater.update<TranscriptPage, { count: number; full: boolean; gone?: true }>(transcriptPageKey(ids.channelId, ids.conversationId, last), transcriptPageSchema, (page) => {
        // A listed page is written before its head lists it: gone, the transcript was deleted.
        if (page === undefined && recalled !== undefined) return { keep: true, result: { count: 0, full: false, gone: true } };
        const activities = page?.activities ?? [];
        const room = Math.min(this.perDocument - activities.length, this.maxActivities - before - activities.length);
        if (room <= 0) return { keep: true, result: { count: 0, full: before + activities.length >= this.maxActivities } };
        const take = remaining.slice(0, room);
        return { write: { activities: [...activities, ...take], updated } satisfies TranscriptPage, result: { count: take.length, full: false } };
      });
      if (taken.gone) {
        this.forget(key);
        return this.append(key, ids, remaining, index, false);
      }
      if (taken.count > 0) {
        const listing = await this.head(key);
        if (listing === undefined || (listing.pages ?? 0) <= last) {
          // Deleted or purged while this append was on its way: a page no head lists is never purged.
          await this.storage.delete([transcriptPageKey(ids.channelId, ids.conversationId, last)]);
          return this.forget(key);
        }
        head = listing;
        recalled = undefined;
        this.remember(key, listing);
      }
      remaining = remaining.slice(taken.count);
      if (taken.full) {
        this.forget(key);
        // Nothing more is stored, but the conversation goes on: `updated` still moves, so the purge
        // (and the conversation state deleted with the transcript) waits for it to go quiet.
        await index({ ...ids, created: head.created }, updated);
        await this.updater.update(key, transcriptDocumentSchema, (doc) =>
          doc === undefined || (doc.truncated && doc.updated >= updated)
            ? { keep: true, result: undefined }
            : { write: { ...doc, truncated: true, updated: doc.updated > updated ? doc.updated : updated }, result: undefined },
        );
        return;
      }
      if (remaining.length > 0 && taken.count === 0) {
        const moved = await this.addPage(key, ids, pages, () => index({ ...ids, created: (head as TranscriptDocument).created }, updated));
        if (moved === undefined) return this.forget(key);
        head = moved;
        recalled = undefined;
      }
    }
  }

  private recall(key: string): TranscriptDocument | undefined {
    const entry = this.remembered.get(key);
    if (entry === undefined) return undefined;
    const age = this.now().getTime() - entry.at;
    return age >= 0 && age <= HEAD_REMEMBERED_MS ? entry.head : undefined;
  }

  private remember(key: string, head: TranscriptDocument): void {
    this.remembered.delete(key);
    this.remembered.set(key, { head, at: this.now().getTime() });
    if (this.remembered.size > HEADS_REMEMBERED) this.remembered.delete(this.remembered.keys().next().value as string);
  }

  private forget(key: string): void {
    this.remembered.delete(key);
  }

  /**
   * Moves the head on to one more page, unless another instance already did; returns the head as now
   * stored, or undefined when the transcript was deleted meanwhile (the append then stops).
   */
  private async addPage(key: string, ids: ConversationIds, pagesSeen: number, index: () => Promise<void>): Promise<TranscriptDocument | undefined> {
    const head = await this.head(key);
    if (head === undefined || (head.pages ?? 0) > pagesSeen) return head;
    await index();
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
  private async createPage(ids: ConversationIds, n: number): Promise<void> {
    await this.updater.update(transcriptPageKey(ids.channelId, ids.conversationId, n), transcriptPageSchema, (page) =>
      page !== undefined ? { keep: true, result: undefined } : { write: { activities: [], updated: this.now().toISOString() } satisfies TranscriptPage, result: undefined },
    );
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
    this.forget(key);
    const pageKeys = head === undefined ? [] : [...pageNumbers(head), head.pages ?? 0].map((n) => transcriptPageKey(head.channelId, head.conversationId, n));
    if (pageKeys.length > 0) await this.storage.delete(pageKeys);
    await this.storage.delete([key]);
    if (pageKeys.length > 0) await this.storage.delete(pageKeys);
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
