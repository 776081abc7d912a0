import type { Storage } from 'botbuilder';
import { z } from 'zod';
import {
  activitiesSince,
  fullPages,
  headStart,
  keptFrom,
  type LoggedActivity,
  loggedActivitiesSchema,
  PAGE_SIZE,
  type Page,
  pageSchema,
  readPlan,
  stalePages,
  storedPages,
  withoutPagesBefore,
} from './activityLogPages';
import { StoredUpdater } from './storedUpdate';

export type { LoggedActivity } from './activityLogPages';

const conversationSchema = z.object({
  id: z.string(),
  userId: z.string(),
  createdAt: z.number(),
  /** The latest expiry of any token issued for it; after this nobody can read or post. */
  expiresAt: z.number(),
  /** Whether the bot has been told the user joined (sent once, on the first start). */
  started: z.boolean(),
  /** Watermark of the next activity appended: the count of activities ever logged. */
  nextWatermark: z.number().int(),
  /**
   * The newest activities, oldest first; the first has watermark `nextWatermark - activities.length`.
   * Normally up to one page: full pages move out to documents of their own (activityLogPages.ts).
   */
  activities: loggedActivitiesSchema,
  /** The lowest page that may still be stored; absent on an earlier version's single-document log (up to 200 activities, no pages). */
  pagesFrom: z.number().int().nonnegative().optional(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** Open conversations and when each expires, so the cap holds across instances and expired logs get deleted. */
const indexSchema = z.object({ conversations: z.record(z.string(), z.number()) });

/**
 * The open conversations are listed in shard documents by conversation id, so a new conversation
 * rewrites one short list rather than one listing every open conversation (a spike of visitors on
 * several instances would otherwise all retry on one document). The unsharded index of earlier
 * versions is still counted, extended and swept; nothing new is added to it.
 */
const INDEX_SHARDS = 16;
const LEGACY_INDEX_KEY = 'directline/index';
const indexKey = (shard: number) => `directline/index/${shard}`;
const INDEX_KEYS = [LEGACY_INDEX_KEY, ...Array.from({ length: INDEX_SHARDS }, (_, shard) => indexKey(shard))];
const conversationKey = (id: string) => `directline/conversation/${id}`;
const pageKey = (id: string, page: number) => `directline/conversation/${id}/page/${page}`;

/** FNV-1a of the id: the same shard on every instance. */
function shardKeyOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return indexKey((hash >>> 0) % INDEX_SHARDS);
}
/** Grace before an expired conversation is deleted, for clocks that differ a little between instances. */
const SWEEP_GRACE_MS = 60_000;
/**
 * Appends stop this long after a conversation expired, inside the sweep's grace: a write in flight
 * when a sweep deletes the conversation would store it again (an eTag on a key no longer stored
 * writes it), listed in no index and so kept for ever. Its tokens have expired: nobody can read it.
 */
const WRITE_GRACE_MS = SWEEP_GRACE_MS / 2;
const writable = (c: Conversation, now: number): boolean => c.expiresAt + WRITE_GRACE_MS >= now;

export type CreateOutcome = { kind: 'created'; conversation: Conversation } | { kind: 'full'; retryAfterSeconds: number };

export interface ConversationStoreOptions {
  readonly storage: Storage;
  readonly maxOpen: number;
  readonly now?: () => number;
}

/**
 * The local Direct Line's state: conversations and their activity logs with watermarks, all in
 * `Storage` with eTags so instances sharing a store see the same conversations. Each log is a head
 * document (the conversation and its newest page) plus full pages of their own (activityLogPages.ts).
 * Expired conversations are deleted with every page (what people typed is not kept) when a new one is created.
 */
export class ConversationStore {
  private readonly updater: StoredUpdater;
  private readonly now: () => number;

  constructor(private readonly options: ConversationStoreOptions) {
    this.updater = new StoredUpdater(options.storage);
    this.now = options.now ?? Date.now;
  }

  /**
   * Opens a conversation unless `maxOpen` unexpired ones are open already. The count is read from
   * every shard before this one is written, so instances creating at the same moment can overshoot
   * the cap by a few: it protects capacity, it is not a quota.
   */
  async create(input: { id: string; userId: string; expiresAt: number }): Promise<CreateOutcome> {
    const now = this.now();
    const indexes = await this.sweep(now);
    const open = indexes.flatMap((index) => Object.values(index)).filter((expiresAt) => expiresAt > now);
    if (open.length >= this.options.maxOpen) {
      const soonest = Math.min(...open);
      return { kind: 'full', retryAfterSeconds: Math.max(1, Math.ceil((soonest - now) / 1000)) };
    }
    await this.updater.update(shardKeyOf(input.id), indexSchema, (index) => ({
      write: { conversations: { ...(index?.conversations ?? {}), [input.id]: input.expiresAt } },
      result: undefined,
    }));
    const conversation: Conversation = { ...input, createdAt: now, started: false, nextWatermark: 0, activities: [], pagesFrom: 0 };
    await this.options.storage.write({ [conversationKey(input.id)]: { ...conversation, eTag: '*' } });
    return { kind: 'created', conversation };
  }

  /**
   * Reads every index document and takes conversations expired past the grace off them, deleting
   * their logs (what people typed is not kept); returns each index's remaining entries.
   */
  private async sweep(now: number): Promise<Record<string, number>[]> {
    const items = await this.options.storage.read(INDEX_KEYS);
    const indexes: Record<string, number>[] = [];
    for (const key of INDEX_KEYS) {
      const parsed = indexSchema.safeParse(items[key]);
      const listed = parsed.success ? parsed.data.conversations : {};
      const expired = (expiresAt: number) => expiresAt + SWEEP_GRACE_MS < now;
      if (!Object.values(listed).some(expired)) {
        indexes.push(listed);
        continue;
      }
      // Deleted before they are taken off the index: an instance dying in between leaves them listed
      // for the next sweep, rather than unlisted and kept for ever.
      const gone = new Set(Object.keys(listed).filter((id) => expired(listed[id] as number)));
      await this.deleteConversations([...gone]);
      const live = await this.updater.update<z.infer<typeof indexSchema>, Record<string, number>>(key, indexSchema, (index) => {
        const live: Record<string, number> = {};
        let removed = false;
        for (const [id, expiresAt] of Object.entries(index?.conversations ?? {})) {
          if (gone.has(id) && expired(expiresAt)) removed = true;
          else live[id] = expiresAt;
        }
        return removed ? { write: { conversations: live }, result: live } : { keep: true, result: live };
      });
      indexes.push(live);
    }
    return indexes;
  }

  /**
   * Deletes conversations with every page of their logs (read from their heads in one storage read),
   * and the page the head is filling: a reply appended after this read may move it out before the delete.
   */
  private async deleteConversations(ids: string[]): Promise<void> {
    const heads = await this.options.storage.read(ids.map(conversationKey));
    const keys = ids.flatMap((id) => {
      const head = conversationSchema.safeParse(heads[conversationKey(id)]);
      const pages = head.success && head.data.pagesFrom !== undefined ? [...storedPages(head.data), Math.floor(head.data.nextWatermark / PAGE_SIZE)] : [];
      return [...pages.map((page) => pageKey(id, page)), conversationKey(id)];
    });
    await this.options.storage.delete(keys);
  }

  get(id: string): Promise<Conversation | undefined> {
    return this.updater.read(conversationKey(id), conversationSchema);
  }

  /** Marks the conversation started; `firstStart` is true for exactly one caller. */
  markStarted(id: string): Promise<{ conversation: Conversation; firstStart: boolean } | undefined> {
    return this.updater.update<Conversation, { conversation: Conversation; firstStart: boolean } | undefined>(conversationKey(id), conversationSchema, (c) => {
      if (c === undefined) return { keep: true, result: undefined };
      if (c.started) return { keep: true, result: { conversation: c, firstStart: false } };
      const next = { ...c, started: true };
      return { write: next, result: { conversation: next, firstStart: true } };
    });
  }

  /** Records a later expiry after a token refresh. */
  async extend(id: string, expiresAt: number): Promise<Conversation | undefined> {
    const conversation = await this.updater.update<Conversation, Conversation | undefined>(conversationKey(id), conversationSchema, (c) => {
      if (c === undefined) return { keep: true, result: undefined };
      const next = { ...c, expiresAt: Math.max(c.expiresAt, expiresAt) };
      return { write: next, result: next };
    });
    if (conversation === undefined) return undefined;
    // Listed where it was created: the shard, or the unsharded index of an earlier version.
    const legacy = await this.updater.read(LEGACY_INDEX_KEY, indexSchema);
    const key = legacy?.conversations[id] !== undefined ? LEGACY_INDEX_KEY : shardKeyOf(id);
    await this.updater.update(key, indexSchema, (index) => ({
      write: { conversations: { ...(index?.conversations ?? {}), [id]: conversation.expiresAt } },
      result: undefined,
    }));
    return conversation;
  }

  /**
   * Adds an activity to the log with the next id; undefined when the conversation does not exist
   * (or expired more than WRITE_GRACE_MS ago).
   * Only the head is rewritten, so the cost does not grow with the log; when the head's page is full
   * it moves out (`moveOutFullPages`). An earlier version's single-document log becomes paged here.
   */
  async append(id: string, activity: Record<string, unknown>): Promise<{ id: string; watermark: number } | undefined> {
    const appended = await this.updater.update<Conversation, { id: string; watermark: number; head: Conversation } | undefined>(conversationKey(id), conversationSchema, (c) => {
      if (c === undefined || !writable(c, this.now())) return { keep: true, result: undefined };
      const watermark = c.nextWatermark;
      const logged: LoggedActivity = { ...activity, id: `${id}|${String(watermark).padStart(7, '0')}`, timestamp: new Date(this.now()).toISOString() };
      const from = Math.max(headStart(c), keptFrom(watermark + 1));
      const head: Conversation = {
        ...c,
        activities: [...c.activities.slice(from - headStart(c)), logged],
        nextWatermark: watermark + 1,
        pagesFrom: c.pagesFrom ?? Math.floor(from / PAGE_SIZE),
      };
      return { write: head, result: { id: logged.id, watermark, head } };
    });
    if (appended === undefined) return undefined;
    // The activity is logged whatever happens here: if moving the page out fails, the head keeps it
    // (readers are fine with that) and the next append moves it out.
    if (fullPages(appended.head).length > 0) await this.moveOutFullPages(id, appended.head).catch(() => undefined);
    return { id: appended.id, watermark: appended.watermark };
  }

  /**
   * Moves the full pages out of a head this instance has just written (so it is committed), then
   * deletes pages that fell out of the 200 kept. The order keeps every reader's log whole:
   * - Page n is written only from a committed head that holds all its activities (or all an earlier
   *   version's log still kept), and logged activities never change, so every write of page n, by
   *   racing instances or after a crash, stores the same activities.
   * - The page is stored before the head that no longer holds it is written (under its eTag), so no
   *   committed head ever points past a page that is not there.
   * - A reader takes from pages only watermarks below its head's first (never one twice, even if a
   *   crash left a page written and the head still holding it), and pages below the head are complete
   *   and unchanging, except old ones deleted oldest first, for which it gives only the run that ends
   *   at the head (see activitiesSince): nothing skipped, nothing repeated.
   * - Stale pages are deleted before the head stops listing them, so a crash leaves them for the
   *   next move-out or the sweep to delete, never orphaned.
   * - If the conversation was swept while its pages were being written (a reply to one that had just
   *   expired), the pages this wrote are deleted again: nothing lists them any more. Past
   *   WRITE_GRACE_MS the head is not rewritten (a sweep may be deleting it) and they are deleted too.
   */
  private async moveOutFullPages(id: string, head: Conversation): Promise<void> {
    const pages = fullPages(head);
    const stale = stalePages(head);
    const written = pages.map(({ page }) => pageKey(id, page));
    await this.options.storage.write(Object.fromEntries(pages.map(({ page, content }) => [pageKey(id, page), { ...content, eTag: '*' }])));
    if (stale.length > 0) await this.options.storage.delete(stale.map((page) => pageKey(id, page)));
    const upTo = ((pages[pages.length - 1]?.page ?? 0) + 1) * PAGE_SIZE;
    const deletedUpTo = (stale[stale.length - 1] ?? -1) + 1;
    const swept = await this.updater.update<Conversation, boolean>(conversationKey(id), conversationSchema, (c) => {
      if (c === undefined || !writable(c, this.now())) return { keep: true, result: true };
      // Another instance may have moved them already; the head's first activity only ever moves forward.
      return headStart(c) >= upTo ? { keep: true, result: false } : { write: withoutPagesBefore(c, upTo, deletedUpTo), result: false };
    });
    if (swept) await this.options.storage.delete(written);
  }

  /**
   * Activities from `watermark` on (or the oldest still kept), and the watermark to ask from next
   * time. A poll that is up to date reads only the head; one behind also reads, in one storage read,
   * the pages that hold what it missed.
   */
  async since(id: string, watermark: number): Promise<{ activities: LoggedActivity[]; watermark: number } | undefined> {
    const c = await this.get(id);
    if (c === undefined) return undefined;
    const plan = readPlan(c, watermark);
    let pages: (Page | undefined)[] = [];
    if (plan.pages.length > 0) {
      const items = await this.options.storage.read(plan.pages.map((page) => pageKey(id, page)));
      pages = plan.pages.map((page) => {
        const parsed = pageSchema.safeParse(items[pageKey(id, page)]);
        return parsed.success ? parsed.data : undefined;
      });
    }
    return { activities: activitiesSince(c, plan.from, pages), watermark: c.nextWatermark };
  }
}
