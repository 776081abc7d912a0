import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { StorageError } from './storageError';

export type StorageCheck = { ok: true } | { ok: false; error: Error };

export interface CheckStorageOptions {
  /** A readiness probe must answer promptly; a hung store counts as not ready. */
  timeoutMs?: number;
}

/**
 * Readiness probe: writes a unique probe item, reads it back, deletes it. Never throws; failures
 * come back as `{ ok: false, error }` so `/readyz` can report them.
 */
export async function checkStorage(storage: Storage, options: CheckStorageOptions = {}): Promise<StorageCheck> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  // Unique per call so concurrent probes, or several instances on one store, never conflict.
  const key = `readiness-probe/${randomUUID()}`;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(probeFailed(`did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([roundTrip(storage, key), timeout]);
    return { ok: true };
  } catch (error) {
    // Best effort: do not leave probe items behind when the round trip broke half-way.
    void Promise.resolve()
      .then(() => storage.delete([key]))
      .catch(() => undefined);
    return { ok: false, error: error instanceof Error ? error : probeFailed(String(error)) };
  } finally {
    clearTimeout(timer);
  }
}

async function roundTrip(storage: Storage, key: string): Promise<void> {
  const value = randomUUID();
  await storage.write({ [key]: { value } });
  const items = await storage.read([key]);
  if (items[key]?.value !== value) {
    throw probeFailed('read back something other than what it wrote');
  }
  await storage.delete([key]);
}

function probeFailed(problem: string): StorageError {
  return new StorageError({ code: 'probe_failed', message: `Storage: readiness probe ${problem}.` });
}
