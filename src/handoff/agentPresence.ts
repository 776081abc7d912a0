import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from './clock';
import { CreateOnce, defaultRetry, readDocument, type RetryOptions, updateDocument } from './storedDocument';

const presenceSchema = z.object({
  agents: z.record(
    z.object({
      status: z.enum(['online', 'offline']),
      lastSeenAt: z.string().datetime({ offset: true }),
    }),
  ),
});
type PresenceDocument = z.infer<typeof presenceSchema>;

const PRESENCE_KEY = 'agent/presence';

export interface AgentPresenceOptions {
  readonly storage: Storage;
  readonly clock: Clock;
  /** An online agent not seen for this long counts as offline (`AgentIdleMinutes`). */
  readonly idleMinutes: number;
  /** `touch` writes at most this often per agent, so every console request is not a storage write. */
  readonly touchIntervalMs?: number;
  readonly retry?: RetryOptions;
}

/**
 * Which agents are available, in `Storage` so every instance agrees. An agent is online from
 * `setStatus('online')` until `setStatus('offline')` or `idleMinutes` without being seen.
 */
export class AgentPresence {
  private readonly storage: Storage;
  private readonly clock: Clock;
  private readonly idleMs: number;
  private readonly touchIntervalMs: number;
  private readonly retry: RetryOptions;
  private readonly createOnce = new CreateOnce();

  constructor(options: AgentPresenceOptions) {
    this.storage = options.storage;
    this.clock = options.clock;
    this.idleMs = options.idleMinutes * 60_000;
    this.touchIntervalMs = options.touchIntervalMs ?? 60_000;
    this.retry = options.retry ?? defaultRetry;
  }

  async setStatus(agent: string, status: 'online' | 'offline'): Promise<void> {
    const lastSeenAt = this.clock.now().toISOString();
    await this.update((doc) => ({ agents: { ...doc.agents, [agent]: { status, lastSeenAt } } }));
  }

  /** The agent did something: an online agent stays online; an offline or idle one is not brought back. */
  async touch(agent: string): Promise<void> {
    const now = this.clock.now();
    const seen = (await readDocument(this.storage, PRESENCE_KEY, presenceSchema))?.value.agents[agent];
    if (seen === undefined || !this.isOnlineEntry(seen, now) || now.getTime() - Date.parse(seen.lastSeenAt) < this.touchIntervalMs) return;
    await this.update((doc) => {
      const current = doc.agents[agent];
      if (current === undefined || !this.isOnlineEntry(current, now)) return undefined;
      return { agents: { ...doc.agents, [agent]: { status: 'online', lastSeenAt: now.toISOString() } } };
    });
  }

  /** Names of agents online now, sorted. */
  async onlineAgents(): Promise<string[]> {
    const now = this.clock.now();
    const doc = await readDocument(this.storage, PRESENCE_KEY, presenceSchema);
    return Object.entries(doc?.value.agents ?? {})
      .filter(([, entry]) => this.isOnlineEntry(entry, now))
      .map(([name]) => name)
      .sort();
  }

  async isAnyoneOnline(): Promise<boolean> {
    return (await this.onlineAgents()).length > 0;
  }

  private isOnlineEntry(entry: PresenceDocument['agents'][string], now: Date): boolean {
    return entry.status === 'online' && now.getTime() - Date.parse(entry.lastSeenAt) < this.idleMs;
  }

  private async update(edit: (doc: PresenceDocument) => PresenceDocument | undefined): Promise<void> {
    await updateDocument({
      storage: this.storage,
      key: PRESENCE_KEY,
      schema: presenceSchema,
      create: { empty: { agents: {} }, once: this.createOnce },
      retry: this.retry,
      change: (doc) => {
        const next = edit(doc ?? { agents: {} });
        return next === undefined ? { result: undefined } : { write: next, result: undefined };
      },
    });
  }
}
