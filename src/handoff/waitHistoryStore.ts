import type { Storage } from 'botbuilder';
import type { Clock } from './clock';
import type { Handoff } from './handoffRecord';
import { storageKeys } from './queueIndex';
import { CreateOnce, readDocument, type RetryOptions, updateDocument } from './storedDocument';
import { addWaitSample, estimateWait, type WaitEstimate, waitHistorySchema, type WaitHistoryOptions } from './waitEstimate';

export interface WaitHistoryStoreOptions {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly retry: RetryOptions;
  readonly history: WaitHistoryOptions;
}

/** Recent waits from queueing to claim, shared by every instance, for "about 5 minutes" estimates. */
export class WaitHistoryStore {
  private readonly createOnce = new CreateOnce();

  constructor(private readonly options: WaitHistoryStoreOptions) {}

  /** The median wait-to-claim of recent hand-offs, or `unknown` without recent history. */
  async estimate(): Promise<WaitEstimate> {
    const history = await readDocument(this.options.storage, storageKeys.waitHistory, waitHistorySchema);
    return estimateWait(history?.value, this.options.clock.now(), this.options.history);
  }

  /** Adds a just-claimed hand-off's wait. */
  async record(handoff: Handoff): Promise<void> {
    const claimedAt = handoff.claimedAt as string;
    const sample = { waitMs: Math.max(0, Date.parse(claimedAt) - Date.parse(handoff.waitingSince)), claimedAt };
    await updateDocument({
      storage: this.options.storage,
      key: storageKeys.waitHistory,
      schema: waitHistorySchema,
      create: { empty: { samples: [] }, once: this.createOnce },
      retry: this.options.retry,
      change: (history) => ({ write: addWaitSample(history, sample, this.options.history), result: undefined }),
    });
  }
}
