import type { Storage } from 'botbuilder';
import { createStorage } from '../../src/storage/createStorage';
import { type RunningAzurite, startAzurite } from '../support/azurite';
import { makeTempDirectory } from './tempDirectory';

/** Two Storage objects over one store, as two instances of the bot see it. */
export interface SharedStore {
  open: () => Storage;
  cleanup: () => Promise<void>;
}

/**
 * Runs `body` once per store that instances can share: one MemoryStorage (two instances in one
 * process), a directory opened by separate FileStorage objects, and a blob container on Azurite
 * opened by separate clients. Azurite starts once for the suite.
 */
export function describeOnSharedStores(title: string, body: (makeStore: () => Promise<SharedStore>) => void): void {
  describe(title, () => {
    describe('on memory', () => {
      body(async () => {
        const storage = createStorage({ kind: 'memory' });
        return { open: () => storage, cleanup: async () => undefined };
      });
    });

    describe('on file', () => {
      body(async () => {
        const temp = await makeTempDirectory();
        return { open: () => createStorage({ kind: 'file', path: temp.path }), cleanup: temp.cleanup };
      });
    });

    describe('on blob (Azurite)', () => {
      let azurite: RunningAzurite;
      let containers = 0;
      before(async () => {
        azurite = await startAzurite();
      });
      after(async () => {
        await azurite?.stop();
      });
      body(async () => {
        const containerName = `shared-${process.pid}-${++containers}`;
        return {
          open: () => createStorage({ kind: 'blob', connectionString: azurite.connectionString, containerName }),
          cleanup: async () => undefined,
        };
      });
    });
  });
}
