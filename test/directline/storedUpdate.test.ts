import assert from 'node:assert/strict';
import { z } from 'zod';
import { StoredUpdater } from '../../src/directline/storedUpdate';
import { describeOnSharedStores } from '../storage/sharedStores';
import { StorageWithHeldWrite } from '../storage/storageWithHeldWrite';

const KEY = 'directline/index/shard-7';
const indexSchema = z.object({ ids: z.array(z.string()) });

/** Adds one id to the shared index, as each instance does when it starts a conversation. */
function addId(updater: StoredUpdater, id: string): Promise<void> {
  return updater.update(KEY, indexSchema, (index) => ({ write: { ids: [...(index?.ids ?? []), id] }, result: undefined }));
}

describeOnSharedStores('StoredUpdater: two instances creating the same document', (open) => {
  it('keeps both entries when both found it absent before either wrote', async () => {
    const held = new StorageWithHeldWrite(open(), KEY);
    const first = new StoredUpdater(held);
    const second = new StoredUpdater(open());

    held.hold();
    const firstAdding = addId(first, 'conversation-a'); // reads "absent", then its write waits…
    await held.writeWaiting;
    await addId(second, 'conversation-b'); // …while the other instance also finds it absent and creates it.
    held.release();
    await firstAdding;

    const stored = await new StoredUpdater(open()).read(KEY, indexSchema);
    assert.deepEqual([...(stored?.ids ?? [])].sort(), ['conversation-a', 'conversation-b']);
  });

  it('keeps all entries of 4 instances adding to a new document at once', async () => {
    const ids = Array.from({ length: 4 }, (_, n) => `conversation-${n}`);

    await Promise.all(ids.map((id) => addId(new StoredUpdater(open()), id)));

    const stored = await new StoredUpdater(open()).read(KEY, indexSchema);
    assert.deepEqual([...(stored?.ids ?? [])].sort(), [...ids].sort());
  });
});
