import { describeError } from '../observability/describeError';
import type { Logger } from '../observability/logger';

/** One purge: transcripts deleted, and expired ones kept because their conversation state could not be deleted. */
export interface PurgeResult {
  readonly deleted: number;
  readonly kept: number;
  /** When some were kept: the first few as `channelId/conversationId`, and the first error. */
  readonly keptConversations?: readonly string[];
  readonly keptBecause?: unknown;
}

/** What the retention timer needs of a store. */
export interface PurgeableTranscripts {
  prepareDays(): Promise<void>;
  purgeOlderThan(cutoff: Date): Promise<PurgeResult>;
}

export interface TranscriptRetentionOptions {
  readonly store: PurgeableTranscripts;
  readonly retentionDays: number;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** How often the purge runs; hourly by default, so a transcript outlives its retention by at most a day. */
  readonly intervalMs?: number;
}

const DAY_MS = 86_400_000;

/** Deletes transcripts older than `TranscriptRetentionDays`, on a timer that never keeps the process alive. */
export class TranscriptRetention {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PurgeResult> | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: TranscriptRetentionOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Runs once now and then every interval. */
  start(): void {
    if (this.timer !== undefined) return;
    void this.runLogged();
    this.timer = setInterval(() => void this.runLogged(), this.options.intervalMs ?? 3_600_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One purge; a call while one is running joins it. */
  runOnce(): Promise<PurgeResult> {
    this.running ??= this.purge().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async purge(): Promise<PurgeResult> {
    await this.options.store.prepareDays();
    const cutoff = new Date(this.now().getTime() - this.options.retentionDays * DAY_MS);
    return this.options.store.purgeOlderThan(cutoff);
  }

  private async runLogged(): Promise<void> {
    try {
      const { deleted, kept, keptConversations, keptBecause } = await this.runOnce();
      if (deleted > 0) this.options.logger.info({ deleted, retentionDays: this.options.retentionDays }, 'old transcripts deleted');
      if (kept > 0)
        this.options.logger.warn(
          { kept, conversations: keptConversations, err: describeError(keptBecause) },
          'expired transcripts kept: their conversation state could not be deleted; will retry tomorrow',
        );
    } catch (error) {
      this.options.logger.warn({ err: describeError(error) }, 'transcript purge failed; will retry');
    }
  }
}
