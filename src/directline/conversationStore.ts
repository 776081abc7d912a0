import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { StoredUpdater } from './storedUpdate';

/** An activity as the log keeps it: plain JSON with the id and timestamp the log gave it. */
export type LoggedActivity = Record<string, unknown> & { id: string };

function isLoggedActivity(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
}

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
  /** The newest activities, oldest first; the first has watermark `nextWatermark - activities.length`. */
  // Checked, not copied: a record-and-object schema rebuilt every logged activity on each read, and
  // the log is read on every post, reply and poll.
  activities: z.custom<LoggedActivity[]>((v) => Array.isArray(v) && v.every(isLoggedActivity), 'activities must be objects with an id'),
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

/** FNV-1a of the id: the same shard on every instance. */
function shardKeyOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return indexKey((hash >>> 0) % INDEX_SHARDS);
}
/** Older activities drop off the log; a client that far behind has long since shown them. */
const MAX_LOGGED = 200;
/** Grace before an expired conversation is deleted, for clocks that differ a little between instances. */
const SWEEP_GRACE_MS = 60_000;

export type CreateOutcome = { kind: 'created'; conversation: Conversation } | { kind: 'full'; retryAfterSeconds: number };

export interface ConversationStoreOptions {
  readonly storage: Storage;
  readonly maxOpen: number;
  readonly now?: () => number;
}

/**
 * The local Direct Line's state: conversations and their activity logs with watermarks, all in
 * `Storage` with eTags so instances sharing a store see the same conversations. Expired
 * conversations are deleted (what people typed is not kept) when a new one is created.
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
    const conversation: Conversation = { ...input, createdAt: now, started: false, nextWatermark: 0, activities: [] };
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
      const { live, gone } = await this.updater.update<z.infer<typeof indexSchema>, { live: Record<string, number>; gone: string[] }>(key, indexSchema, (index) => {
        const live: Record<string, number> = {};
        const gone: string[] = [];
        for (const [id, expiresAt] of Object.entries(index?.conversations ?? {})) {
          if (expired(expiresAt)) gone.push(id);
          else live[id] = expiresAt;
        }
        return gone.length > 0 ? { write: { conversations: live }, result: { live, gone } } : { keep: true, result: { live, gone } };
      });
      if (gone.length > 0) await this.options.storage.delete(gone.map(conversationKey));
      indexes.push(live);
    }
    return indexes;
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

  /** Adds an activity to the log with the next id; undefined when the conversation does not exist. */
  append(id: string, activity: Record<string, unknown>): Promise<{ id: string; watermark: number } | undefined> {
    return this.updater.update<Conversation, { id: string; watermark: number } | undefined>(conversationKey(id), conversationSchema, (c) => {
      if (c === undefined) return { keep: true, result: undefined };
      const watermark = c.nextWatermark;
      const logged: LoggedActivity = { ...activity, id: `${id}|${String(watermark).padStart(7, '0')}`, timestamp: new Date(this.now()).toISOString() };
      const activities = [...c.activities, logged].slice(-MAX_LOGGED);
      return { write: { ...c, activities, nextWatermark: watermark + 1 }, result: { id: logged.id, watermark } };
    });
  }

  /** Activities from `watermark` on, and the watermark to ask from next time. */
  async since(id: string, watermark: number): Promise<{ activities: LoggedActivity[]; watermark: number } | undefined> {
    const c = await this.get(id);
    if (c === undefined) return undefined;
    const first = c.nextWatermark - c.activities.length;
    return { activities: c.activities.slice(Math.max(0, watermark - first)), watermark: c.nextWatermark };
  }
}
