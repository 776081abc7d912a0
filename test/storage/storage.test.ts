import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { createStorage } from '../../src/storage/createStorage';
import { describeStorageContract } from './storageContract';
import { makeTempDirectory } from './tempDirectory';

describeStorageContract('memory', async () => ({
  storage: createStorage({ kind: 'memory', path: 'unused' }),
  cleanup: async () => undefined,
}));

describeStorageContract('file', async () => {
  const temp = await makeTempDirectory();
  // Nested so that a key escaping with ../ or ../../ would land inside `temp`, where we look.
  const storeDirectory = join('a', 'b', 'store');
  return {
    storage: createStorage({ kind: 'file', path: join(temp.path, storeDirectory) }),
    cleanup: temp.cleanup,
    filesOutside: async () => {
      const parents = new Set(['a', join('a', 'b'), storeDirectory]);
      const entries = await readdir(temp.path, { recursive: true });
      return entries.filter((entry) => !parents.has(entry) && !entry.startsWith(`${storeDirectory}${sep}`));
    },
  };
});
