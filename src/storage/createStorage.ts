import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { createBlobStorage } from './blobStorage';
import { createCosmosStorage } from './cosmosStorage';
import { FileStorage } from './fileStorage';
import { InProcessStorage } from './inProcessStorage';

export { checkStorage, type StorageCheck } from './checkStorage';

/** What `createStorage` accepts: one shape per kind (src/index.ts maps config onto it). */
export const storageOptionsSchema = z.discriminatedUnion('kind', [
  /** `path` is accepted and ignored, so callers can hand memory and file the same shape. */
  z.object({ kind: z.literal('memory'), path: z.string().optional() }),
  /** `path`: the directory that holds one file per key. */
  z.object({ kind: z.literal('file'), path: z.string().min(1) }),
  z.object({ kind: z.literal('blob'), connectionString: z.string().min(1), containerName: z.string().min(1) }),
  z.object({
    kind: z.literal('cosmos'),
    endpoint: z.string().min(1),
    authKey: z.string().min(1),
    databaseId: z.string().min(1),
    containerId: z.string().min(1),
  }),
]);
export type StorageOptions = z.infer<typeof storageOptionsSchema>;

/**
 * Builds the `Storage` chosen by config. `memory` is held in this process (`InProcessStorage`, in
 * place of botbuilder's MemoryStorage); `file` is durable on the local disk; `blob` and `cosmos` are shared
 * between instances (scale-out) and wrapped to keep the same contract. Nothing connects until first use.
 */
export function createStorage(options: StorageOptions): Storage {
  switch (options.kind) {
    case 'memory':
      return new InProcessStorage();
    case 'file':
      return new FileStorage({ directory: options.path });
    case 'blob':
      return createBlobStorage(options);
    case 'cosmos':
      return createCosmosStorage(options);
    default:
      return unreachable(options);
  }
}

/** Makes adding a kind to the schema without a case here a compile error. */
function unreachable(options: never): never {
  throw new Error(`Unknown storage kind: ${String((options as { kind?: unknown }).kind)}`);
}
