import { createHmac, randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { describeError } from '../observability/describeError';
import type { Logger } from '../observability/logger';
import type { RateLimiter, RemoteHits } from './rateLimiter';
import { StoredUpdater } from './storedUpdate';

export interface SharedRateCountsOptions {
  readonly storage: Storage;
  /** Keys (client addresses, conversation ids) are published as HMACs under this secret, never as themselves. */
  readonly keySecret: string;
  readonly logger: Logger;
  readonly now?: () => number;
  /** How often counts are published and read; the lag of the shared limit. */
  readonly intervalMs?: number;
  readonly instanceId?: string;
}

/** One instance's published counts: per limiter name, hits per hashed key in its window. */
const countsSchema = z.object({
  publishedAt: z.number(),
  limiters: z.record(z.string(), z.record(z.string(), z.number())),
});
/** Who else is out there; each instance refreshes its own entry now and then. */
const instancesSchema = z.object({ instances: z.record(z.string(), z.number()) });

const INSTANCES_KEY = 'ratelimit-instances';
const countsKey = (instanceId: string) => `ratelimit-counts/${instanceId}`;
/** Most keys one limiter publishes: the busiest ones (only busy keys can be near a limit). */
const MAX_KEYS = 5_000;
/** An instance not seen for this long is taken off the list (stopped, crashed, scaled in). */
const INSTANCE_TTL_MS = 120_000;
const ANNOUNCE_EVERY_MS = 30_000;

/**
 * Makes in-memory rate limits hold across instances that share storage, without a storage write
 * per request: every `intervalMs` each instance writes its own counts document (one writer, no
 * contention) and reads the others'. The list of instances is one document changed under eTags.
 */
export class SharedRateCounts {
  private readonly limiters = new Map<string, RateLimiter>();
  /** Per limiter name: hashed key → hits at the other instances. */
  private remote = new Map<string, Map<string, number>>();
  private readonly updater: StoredUpdater;
  private readonly now: () => number;
  private readonly instanceId: string;
  private timer: NodeJS.Timeout | undefined;
  private lastAnnounced = -Infinity;
  private syncing: Promise<void> | undefined;

  constructor(private readonly options: SharedRateCountsOptions) {
    this.updater = new StoredUpdater(options.storage);
    this.now = options.now ?? Date.now;
    this.instanceId = options.instanceId ?? randomUUID();
  }

  /** Shares `limiter`'s counts under `name` (the same name on every instance). */
  register(name: string, limiter: RateLimiter): void {
    this.limiters.set(name, limiter);
    const remote: RemoteHits = { hitsFor: (key) => this.remote.get(name)?.get(this.hash(key)) ?? 0 };
    limiter.shareWith(remote);
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.syncLogged(), this.options.intervalMs ?? 2_000);
    this.timer.unref();
    void this.syncLogged();
  }

  /** Stops publishing and takes this instance off the list, so its counts stop counting at once. */
  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.syncing?.catch(() => undefined);
    try {
      await this.options.storage.delete([countsKey(this.instanceId)]);
      await this.updater.update(INSTANCES_KEY, instancesSchema, (list) => {
        if (list?.instances[this.instanceId] === undefined) return { keep: true, result: undefined };
        const { [this.instanceId]: _gone, ...rest } = list.instances;
        return { write: { instances: rest }, result: undefined };
      });
    } catch (error) {
      this.options.logger.warn({ err: describeError(error) }, 'rate counts: could not leave the instance list');
    }
  }

  /** Publishes this instance's counts and reads everyone else's. */
  syncOnce(): Promise<void> {
    this.syncing ??= this.sync().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async sync(): Promise<void> {
    const now = this.now();
    await this.options.storage.write({ [countsKey(this.instanceId)]: { publishedAt: now, limiters: this.ownCounts() } });
    if (now - this.lastAnnounced >= ANNOUNCE_EVERY_MS) {
      await this.updater.update(INSTANCES_KEY, instancesSchema, (list) => {
        const alive = Object.fromEntries(Object.entries(list?.instances ?? {}).filter(([, seen]) => now - seen < INSTANCE_TTL_MS));
        return { write: { instances: { ...alive, [this.instanceId]: now } }, result: undefined };
      });
      this.lastAnnounced = now;
    }
    const list = await this.updater.read(INSTANCES_KEY, instancesSchema);
    const others = Object.keys(list?.instances ?? {}).filter((id) => id !== this.instanceId);
    const docs = others.length === 0 ? {} : await this.options.storage.read(others.map(countsKey));
    const merged = new Map<string, Map<string, number>>();
    for (const id of others) {
      const parsed = countsSchema.safeParse(docs[countsKey(id)]);
      if (!parsed.success) continue;
      for (const [name, counts] of Object.entries(parsed.data.limiters)) {
        const limiter = this.limiters.get(name);
        // Counts older than the window (plus a little lag) are from an instance that stopped publishing.
        if (limiter === undefined || now - parsed.data.publishedAt > limiter.windowMs + 3 * (this.options.intervalMs ?? 2_000)) continue;
        const into = merged.get(name) ?? new Map<string, number>();
        for (const [key, n] of Object.entries(counts)) into.set(key, (into.get(key) ?? 0) + n);
        merged.set(name, into);
      }
    }
    this.remote = merged;
  }

  private ownCounts(): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    for (const [name, limiter] of this.limiters) {
      const busiest = [...limiter.recentHits()].sort((a, b) => b[1] - a[1]).slice(0, MAX_KEYS);
      out[name] = Object.fromEntries(busiest.map(([key, n]) => [this.hash(key), n]));
    }
    return out;
  }

  private hash(key: string): string {
    return createHmac('sha256', this.options.keySecret).update(key).digest('base64url').slice(0, 22);
  }

  private async syncLogged(): Promise<void> {
    try {
      await this.syncOnce();
    } catch (error) {
      // Limits fall back to this instance's own counts until storage answers again.
      this.options.logger.warn({ err: describeError(error) }, 'rate counts: sync failed');
    }
  }
}

export interface ShareRateLimitsOptions {
  readonly config: { readonly StorageKind: string; readonly DirectLineTokenSecret?: string | undefined };
  readonly storage: Storage;
  readonly logger: Logger;
  /** The limiters to share, by a name that is the same on every instance. */
  readonly limiters: Readonly<Record<string, RateLimiter>>;
}

/**
 * Shares the limiters through storage when instances share it (blob, cosmos) and have the shared
 * secret to hash keys with; otherwise (one instance, or file/memory storage) limits stay local.
 */
export function shareRateLimits(options: ShareRateLimitsOptions): SharedRateCounts | undefined {
  const { config } = options;
  if ((config.StorageKind !== 'blob' && config.StorageKind !== 'cosmos') || config.DirectLineTokenSecret === undefined) return undefined;
  const shared = new SharedRateCounts({ storage: options.storage, keySecret: config.DirectLineTokenSecret, logger: options.logger });
  for (const [name, limiter] of Object.entries(options.limiters)) shared.register(name, limiter);
  shared.start();
  return shared;
}
