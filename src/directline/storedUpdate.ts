import type { Storage } from 'botbuilder';
import type { z } from 'zod';
import { CREATE_ONLY } from '../storage/createOnly';
import { KeyedQueue } from '../storage/keyedQueue';

export type UpdateStep<T, R> = { write: T; result: R } | { remove: true; result: R } | { keep: true; result: R };

/**
 * Two instances appending to one busy conversation can each lose several races in a row; with five tries
 * and a short fixed pause, a slow disk under load ran out of tries (a flaky two-instance test).
 */
const ATTEMPTS = 10;
/** Pause before retry n: random up to 5 ms · 2^n (full jitter), at most 200 ms, so contenders fall out of step. */
const backoffMs = (attempt: number) => 2 + Math.random() * Math.min(200, 5 * 2 ** attempt);

/**
 * Read-modify-write of one Storage item under its eTag: serialised per key inside this process,
 * retried when another instance wrote first. An absent item is written with CREATE_ONLY, so when two
 * instances both find it absent the second write conflicts and redoes its step on the first one's
 * item instead of overwriting it. The item is parsed with its schema; an unreadable item counts as
 * absent rather than wedging the conversation (but is replaced under its eTag).
 */
export class StoredUpdater {
  private readonly queue = new KeyedQueue();

  constructor(private readonly storage: Storage) {}

  async read<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
    return (await this.readWithETag(key, schema)).value;
  }

  update<T, R>(key: string, schema: z.ZodType<T>, step: (current: T | undefined) => UpdateStep<T, R>): Promise<R> {
    return this.queue.run(key, async () => {
      let lastError: unknown;
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const { value, eTag } = await this.readWithETag(key, schema);
        const next = step(value);
        if ('keep' in next) return next.result;
        try {
          if ('remove' in next) await this.storage.delete([key]);
          else await this.storage.write({ [key]: { ...next.write, eTag: eTag ?? CREATE_ONLY } });
          return next.result;
        } catch (error) {
          // Most likely an eTag conflict with another instance: read again and redo the step.
          lastError = error;
          await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
        }
      }
      throw lastError;
    });
  }

  private async readWithETag<T>(key: string, schema: z.ZodType<T>): Promise<{ value: T | undefined; eTag: string | undefined }> {
    const item = (await this.storage.read([key]))[key] as Record<string, unknown> | undefined;
    if (item === undefined) return { value: undefined, eTag: undefined };
    const { eTag, ...rest } = item;
    const parsed = schema.safeParse(rest);
    return { value: parsed.success ? parsed.data : undefined, eTag: typeof eTag === 'string' ? eTag : undefined };
  }
}
