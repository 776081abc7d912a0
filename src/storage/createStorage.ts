import { MemoryStorage, type Storage } from 'botbuilder';
import { z } from 'zod';
import { FileStorage } from './fileStorage';

export { checkStorage, type StorageCheck } from './checkStorage';

/** For the config schema to reuse, so the accepted kinds are listed once. */
export const storageOptionsSchema = z.object({
  kind: z.enum(['memory', 'file']),
  /** Directory for `file`; ignored by `memory`. */
  path: z.string().min(1),
});
export type StorageOptions = z.infer<typeof storageOptionsSchema>;

/**
 * Builds the `Storage` chosen by config. `memory` is botbuilder's own MemoryStorage (it already meets
 * our contract, see test/storage); `file` is durable on the local disk.
 */
export function createStorage(options: StorageOptions): Storage {
  switch (options.kind) {
    case 'memory':
      return new MemoryStorage();
    case 'file':
      return new FileStorage({ directory: options.path });
    default:
      return unreachable(options.kind);
  }
}

/** Makes adding a kind to the schema without a case here a compile error. */
function unreachable(kind: never): never {
  throw new Error(`Unknown storage kind: ${String(kind)}`);
}
