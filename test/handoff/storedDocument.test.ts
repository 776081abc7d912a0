import assert from 'node:assert/strict';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { CreateOnce, readDocument, updateDocument } from '../../src/handoff/storedDocument';
import { describeOnSharedStores } from '../storage/sharedStores';
import { StorageWithHeldWrite } from '../storage/storageWithHeldWrite';

const KEY = 'handoff/queue';
const queueSchema = z.object({ ids: z.array(z.string()) });

/** Queues one hand-off id, as each instance does; `createOnce` stands for that instance's own. */
function enqueue(storage: Storage, id: string, createOnce?: CreateOnce): Promise<void> {
  return updateDocument({
    storage,
    key: KEY,
    schema: queueSchema,
    change: (queue) => ({ write: { ids: [...(queue?.ids ?? []), id] }, result: undefined }),
    ...(createOnce === undefined ? {} : { create: { empty: { ids: [] }, once: createOnce } }),
  });
}

async function storedIds(storage: Storage): Promise<string[]> {
  return [...((await readDocument(storage, KEY, queueSchema))?.value.ids ?? [])].sort();
}

describeOnSharedStores('updateDocument: two instances creating the same document', (open) => {
  it('keeps both hand-offs when both found the queue absent before either wrote', async () => {
    const held = new StorageWithHeldWrite(open(), KEY);

    held.hold();
    const firstQueuing = enqueue(held, 'handoff-a'); // reads "absent", then its write waits…
    await held.writeWaiting;
    await enqueue(open(), 'handoff-b'); // …while the other instance creates the queue.
    held.release();
    await firstQueuing;

    assert.deepEqual(await storedIds(open()), ['handoff-a', 'handoff-b']);
  });

  it('keeps both when the empty document of one instance arrives after the other queued into it', async () => {
    const held = new StorageWithHeldWrite(open(), KEY);

    held.hold();
    const firstQueuing = enqueue(held, 'handoff-a', new CreateOnce()); // its "create empty" write waits…
    await held.writeWaiting;
    await enqueue(open(), 'handoff-b', new CreateOnce()); // …while the other creates and queues.
    held.release();
    await firstQueuing;

    assert.deepEqual(await storedIds(open()), ['handoff-a', 'handoff-b']);
  });
});
