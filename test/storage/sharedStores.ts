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
 * opened by separate clients. Azurite starts once for the suite; each test gets a fresh, empty store,
 * and `open()` gives one more instance's view of it.
 */
export function describeOnSharedStores(title: string, body: (open: () => Storage) => void): void {
  const eachTest = (makeStore: () => Promise<SharedStore>) => {
    let store: SharedStore | undefined;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store?.cleanup();
    });
    body(() => {
      if (store === undefined) throw new Error('open() is for use inside a test');
      return store.open();
    });
  };
  describe(title, () => {
    describe('on memory', () => {
      eachTest(async () => {
        const storage = createStorage({ kind: 'memory' });
        return { open: () => storage, cleanup: async () => undefined };
      });
    });

    describe('on file', () => {
      eachTest(async () => {
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
      eachTest(async () => {
        const containerName = `shared-${process.pid}-${++containers}`;
        return {
          open: () => createStorage({ kind: 'blob', connectionString: azurite.connectionString, containerName }),
          cleanup: async () => undefined,
        };
      });
    });
  });
}
