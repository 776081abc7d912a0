import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { StoredUpdater } from '../directline/storedUpdate';
import type { Clock } from '../handoff/clock';
import type { Redactor } from '../privacy/redact';

/** Why the bot could not simply answer: no topic matched, or it asked "did you mean". */
export const unansweredKindSchema = z.enum(['fallback', 'clarify']);
export type UnansweredKind = z.infer<typeof unansweredKindSchema>;

/** One redacted message, counted each time it is seen that day. */
export const unansweredEntrySchema = z.object({
  text: z.string(),
  kind: unansweredKindSchema,
  count: z.number().int().min(1),
  /** Topics a "did you mean" offered (clarify only). */
  offered: z.array(z.string()).optional(),
  lastSeen: z.string(),
});
export type UnansweredEntry = z.infer<typeof unansweredEntrySchema>;

const daySchema = z.object({
  entries: z.array(unansweredEntrySchema),
  /** Messages not kept because the day already held `maxEntriesPerDay` different ones. */
  dropped: z.number().int().min(0),
});
type Day = z.infer<typeof daySchema>;

export interface UnansweredMessage {
  readonly text: string;
  readonly kind: UnansweredKind;
  readonly offered?: readonly string[];
}

export interface UnansweredLogOptions {
  readonly storage: Storage;
  readonly clock: Clock;
  /** Every text is redacted before it is kept; nothing a person typed is stored as written. */
  readonly redact: Redactor;
  readonly maxEntriesPerDay?: number;
  readonly maxChars?: number;
  /** Days kept; older ones are deleted when a new day starts. */
  readonly retentionDays?: number;
  /**
   * Messages are gathered this long before one write (default 1000 ms): the day's item is read and
   * rewritten whole, so under load one write a second instead of one per turn. A crash loses at most
   * this much of a count; `flush` writes at once.
   */
  readonly batchMs?: number;
}

const dayKey = (day: string) => `unanswered/day/${day}`;
const DAY_MS = 86_400_000;

/** A UTC calendar day, `YYYY-MM-DD`. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The `count` days up to and including today, newest first. */
export function recentDays(clock: Clock, count: number): string[] {
  const today = clock.now().getTime();
  return Array.from({ length: count }, (_, i) => dayOf(new Date(today - i * DAY_MS)));
}

/** Trimmed, one line, at most `maxChars`, compared without case: what makes two messages "the same". */
export function normalizeForLog(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= maxChars ? flat : `${flat.slice(0, maxChars - 1)}…`;
}

/**
 * Messages the bot could not answer outright, redacted, counted per day in `Storage` (one item per
 * UTC day, bounded in size, deleted after `retentionDays`): the knowledge base's active learning.
 * `record` never waits for storage, so a turn is not slowed; writes are batched and `flush` waits
 * for them (tests, shutdown).
 */
export class UnansweredLog {
  private readonly updater: StoredUpdater;
  private readonly maxEntriesPerDay: number;
  private readonly maxChars: number;
  private readonly retentionDays: number;
  private readonly batchMs: number;
  private pending: (UnansweredMessage & { at: Date })[] = [];
  private writing: Promise<void> = Promise.resolve();
  private scheduled = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: UnansweredLogOptions) {
    this.updater = new StoredUpdater(options.storage);
    this.maxEntriesPerDay = options.maxEntriesPerDay ?? 500;
    this.maxChars = options.maxChars ?? 200;
    this.retentionDays = options.retentionDays ?? 30;
    this.batchMs = options.batchMs ?? 1000;
  }

  /** Queues one message; it is redacted now, so nothing unredacted waits in memory either. */
  record(message: UnansweredMessage): void {
    const text = normalizeForLog(this.options.redact(message.text), this.maxChars);
    if (text.length === 0) return;
    this.pending.push({ ...message, text, at: this.options.clock.now() });
    if (this.scheduled) return;
    this.scheduled = true;
    this.timer = setTimeout(() => this.startWrite(), this.batchMs);
    // A pending batch does not keep the process alive; shutdown flushes it.
    this.timer.unref();
  }

  /** Resolves once everything recorded so far is in storage. */
  async flush(): Promise<void> {
    // A message recorded while a write is under way sets a new timer: start that batch too, rather
    // than wait on a timer (or spin on a settled promise while it never fires).
    for (;;) {
      if (this.timer !== undefined) {
        clearTimeout(this.timer);
        this.startWrite();
      }
      if (!this.scheduled && this.pending.length === 0) break;
      await this.writing;
    }
    await this.writing;
  }

  private startWrite(): void {
    this.timer = undefined;
    this.writing = this.writing.then(() => this.writePending());
  }

  /** The entries of the given days, as stored. */
  async read(days: readonly string[]): Promise<{ day: string; entries: UnansweredEntry[]; dropped: number }[]> {
    const found = await Promise.all(days.map(async (day) => ({ day, stored: await this.updater.read(dayKey(day), daySchema) })));
    return found.filter((d) => d.stored !== undefined).map(({ day, stored }) => ({ day, entries: stored?.entries ?? [], dropped: stored?.dropped ?? 0 }));
  }

  private async writePending(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    const byDay = new Map<string, typeof batch>();
    for (const message of batch) byDay.set(dayOf(message.at), [...(byDay.get(dayOf(message.at)) ?? []), message]);
    for (const [day, messages] of byDay) {
      try {
        const created = await this.updater.update<Day, boolean>(dayKey(day), daySchema, (current) => ({
          write: this.merge(current ?? { entries: [], dropped: 0 }, messages),
          result: current === undefined,
        }));
        if (created) await this.deleteExpired(day);
      } catch {
        // Analytics must never break a conversation; a lost batch only lowers a count.
      }
    }
  }

  private merge(day: Day, messages: readonly (UnansweredMessage & { at: Date })[]): Day {
    const entries = day.entries.map((e) => ({ ...e }));
    const keyOf = (e: { kind: UnansweredKind; text: string }) => `${e.kind}\u0000${e.text.toLowerCase()}`;
    const byKey = new Map(entries.map((e) => [keyOf(e), e]));
    let dropped = day.dropped;
    for (const message of messages) {
      const same = byKey.get(keyOf(message));
      if (same) {
        same.count += 1;
        same.lastSeen = message.at.toISOString();
        if (message.offered) same.offered = [...message.offered];
      } else if (entries.length < this.maxEntriesPerDay) {
        const entry = { text: message.text, kind: message.kind, count: 1, lastSeen: message.at.toISOString(), ...(message.offered ? { offered: [...message.offered] } : {}) };
        entries.push(entry);
        byKey.set(keyOf(entry), entry);
      } else {
        dropped += 1;
      }
    }
    return { entries, dropped };
  }

  /** On a day's first write, the days that have just passed out of retention (a week of them, in case some were skipped). */
  private async deleteExpired(day: string): Promise<void> {
    const start = Date.parse(`${day}T00:00:00Z`);
    const expired = Array.from({ length: 7 }, (_, i) => dayKey(dayOf(new Date(start - (this.retentionDays + i) * DAY_MS))));
    await this.options.storage.delete(expired);
  }
}
