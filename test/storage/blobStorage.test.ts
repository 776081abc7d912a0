import assert from 'node:assert/strict';
import type { Storage } from 'botbuilder';
import { checkStorage, createStorage } from '../../src/storage/createStorage';
import type { ContractStorage } from '../../src/storage/contractStorage';
import { CREATE_ONLY } from '../../src/storage/createOnly';
import { StorageError } from '../../src/storage/storageError';
import { type RunningAzurite, startAzurite } from '../support/azurite';
import { describeStorageContract } from './storageContract';

describe('blob storage on Azurite', () => {
  let azurite: RunningAzurite;
  let containers = 0;
  /** A container no other test has touched; Azurite keeps them in memory and is gone after the run. */
  const freshContainer = () => `contract-${process.pid}-${++containers}`;
  const blobStorage = (containerName: string): Storage =>
    createStorage({ kind: 'blob', connectionString: azurite.connectionString, containerName });

  before(async () => {
    azurite = await startAzurite();
  });

  after(async () => {
    await azurite?.stop();
  });

  describeStorageContract('blob (Azurite)', async () => ({
    storage: blobStorage(freshContainer()),
    cleanup: async () => undefined,
  }));

  it('reports ready against Azurite', async () => {
    assert.deepEqual(await checkStorage(blobStorage(freshContainer())), { ok: true });
  });

  it('keeps what one instance wrote for the next (restart, or a second instance)', async () => {
    const container = freshContainer();
    await blobStorage(container).write({ 'conversations/c1': { turns: 2, topic: 'helpline' } });

    const afterRestart = blobStorage(container);
    const items = await afterRestart.read(['conversations/c1']);

    assert.equal(items['conversations/c1']?.turns, 2);
    assert.equal(items['conversations/c1']?.topic, 'helpline');
  });

  it('lets exactly one of two instances claim the same item, and tells the other why', async () => {
    const container = freshContainer();
    const [a, b] = [blobStorage(container), blobStorage(container)];
    await a.write({ 'handoff/ticket-1': { claimedBy: null } });
    const [seenByA, seenByB] = await Promise.all([a.read(['handoff/ticket-1']), b.read(['handoff/ticket-1'])]);

    const claims = await Promise.allSettled([
      a.write({ 'handoff/ticket-1': { ...seenByA['handoff/ticket-1'], claimedBy: 'agent on A' } }),
      b.write({ 'handoff/ticket-1': { ...seenByB['handoff/ticket-1'], claimedBy: 'agent on B' } }),
    ]);

    const won = claims.filter((claim) => claim.status === 'fulfilled');
    const lost = claims.flatMap((claim) => (claim.status === 'rejected' ? [claim.reason] : []));
    assert.equal(won.length, 1);
    assert.ok(lost[0] instanceof StorageError && lost[0].code === 'etag_conflict', String(lost[0]));
    const stored = (await b.read(['handoff/ticket-1']))['handoff/ticket-1'];
    assert.equal(stored?.claimedBy, claims[0].status === 'fulfilled' ? 'agent on A' : 'agent on B');
  });

  it('keeps what another instance created while a stale eTag was being written to a deleted key', async () => {
    const container = freshContainer();
    const [a, b] = [blobStorage(container) as ContractStorage, blobStorage(container)];
    const key = 'transcripts/day/2026-11-29';
    await a.write({ [key]: { transcripts: [] } });
    const staleETag = (await a.read([key]))[key]?.eTag as string;
    await b.delete([key]);
    // A's write finds the key gone and checks that it is still missing before it writes anyway; B
    // creates the index (with its transcript in it) right after that check.
    const inner = a.inner as Storage & { read: Storage['read'] };
    const read = inner.read.bind(inner);
    let created = false;
    inner.read = async (keys) => {
      const items = await read(keys);
      if (!created) {
        created = true;
        await b.write({ [key]: { transcripts: ['t-ü1'], eTag: CREATE_ONLY } });
      }
      return items;
    };

    const stale = await a.write({ [key]: { transcripts: ['t-a'], eTag: staleETag } }).then(() => undefined, (error: unknown) => error);

    assert.ok(created);
    assert.ok(stale instanceof StorageError && stale.code === 'etag_conflict', String(stale));
    assert.deepEqual((await b.read([key]))[key]?.transcripts, ['t-ü1']);
  });
});

describe('blob storage readiness when Azurite stops', () => {
  it('reports not ready once the store is unreachable', async () => {
    const azurite = await startAzurite();
    try {
      const storage = createStorage({ kind: 'blob', connectionString: azurite.connectionString, containerName: 'probe' });
      assert.deepEqual(await checkStorage(storage), { ok: true });

      await azurite.stop();
      // The SDK retries a refused connection for ~16 s; the probe's own deadline answers sooner.
      const check = await checkStorage(storage, { timeoutMs: 1_000 });

      assert.equal(check.ok, false);
    } finally {
      await azurite.stop();
    }
  });
});
