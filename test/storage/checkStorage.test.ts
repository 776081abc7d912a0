import assert from 'node:assert/strict';
import type { Storage, StoreItems } from 'botbuilder';
import { checkStorage, createStorage } from '../../src/storage/createStorage';
import { makeTempDirectory } from './tempDirectory';

/** A store that answers reads and deletes but fails or hangs on writes, as an unreachable one would. */
function brokenStorage(write: () => Promise<void>): Storage {
  return {
    read: async (): Promise<StoreItems> => ({}),
    write,
    delete: async () => undefined,
  };
}

describe('checkStorage', () => {
  it('reports ready for each configured kind', async () => {
    const temp = await makeTempDirectory();
    try {
      for (const kind of ['memory', 'file'] as const) {
        assert.deepEqual(await checkStorage(createStorage({ kind, path: temp.path })), { ok: true }, kind);
      }
    } finally {
      await temp.cleanup();
    }
  });

  it('reports a failing store as a value, with the cause', async () => {
    const check = await checkStorage(brokenStorage(() => Promise.reject(new Error('connection refused'))));

    assert.equal(check.ok, false);
    assert.ok(!check.ok && /connection refused/.test(check.error.message));
  });

  it('reports a store that wrote but cannot read back', async () => {
    const check = await checkStorage(brokenStorage(async () => undefined));

    assert.ok(!check.ok && check.error.message.includes('read back'));
  });

  it('reports a hung store instead of waiting for it', async () => {
    const check = await checkStorage(brokenStorage(() => new Promise(() => undefined)), { timeoutMs: 50 });

    assert.ok(!check.ok && check.error.message.includes('did not finish'));
  });
});
