import assert from 'node:assert/strict';
import { MemoryStorage, type Storage } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { RateLimiter } from '../../src/directline/rateLimiter';
import { SharedRateCounts } from '../../src/directline/sharedRateCounts';
import { createLogger } from '../../src/observability/logger';
import { buildApp } from '../../src/app';
import { createStorage } from '../../src/storage/createStorage';
import { storageOptionsFromConfig } from '../../src/storage/storageOptionsFromConfig';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';
import { type RunningAzurite, startAzurite } from '../support/azurite';

const SECRET = 'shared-state-test-secret-0123456789abcdef';
const silent = createLogger({ level: 'silent' });

describe('shared state between instances', () => {
  describe('DirectLineTokenSecret with shared storage', () => {
    const problems = (env: Record<string, string>) => {
      const result = loadConfig(env);
      return result.ok ? [] : result.problems;
    };
    const blob = { StorageKind: 'blob', BlobConnectionString: 'UseDevelopmentStorage=true;' };
    const cosmos = { StorageKind: 'cosmos', CosmosDbEndpoint: 'https://x.documents.azure.com:443/', CosmosDbAuthKey: 'a2V5', CosmosDbDatabaseId: 'bot' };

    it('is required for blob and cosmos with the local Direct Line, and says why', () => {
      assert.deepEqual(problems(blob), [
        'DirectLineTokenSecret: is required when StorageKind is blob and the local Direct Line is in use: every instance must sign and check the same web chat tokens (32+ characters)',
      ]);
      assert.match(problems(cosmos).join('\n'), /^DirectLineTokenSecret: is required when StorageKind is cosmos/);
    });

    it('is not needed with Azure Direct Line, a Bot Framework app id, or one instance on file storage', () => {
      assert.deepEqual(problems({ ...blob, DirectLineSecret: 'azure-direct-line-secret' }), []);
      assert.deepEqual(problems({ ...blob, MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'p' }), []);
      assert.deepEqual(problems({ ...blob, DirectLineTokenSecret: SECRET }), []);
      assert.deepEqual(problems({ StorageKind: 'file' }), []);
    });
  });

  /** Two instances' limiters (limit 10 a minute) sharing counts through `storage`, on one hand-moved clock. */
  function twoInstances(storage: Storage) {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const clock = () => now;
    const make = (instanceId: string) => {
      const limiter = new RateLimiter({ limit: 10, windowMs: 60_000, now: clock });
      const shared = new SharedRateCounts({ storage, keySecret: SECRET, logger: silent, now: clock, instanceId });
      shared.register('address', limiter);
      return { limiter, shared };
    };
    return { a: make('instance-a'), b: make('instance-b'), advance: (ms: number) => (now += ms) };
  }

  const takeTimes = (limiter: RateLimiter, key: string, times: number) => {
    for (let i = 0; i < times; i++) assert.ok(limiter.take(key).ok, `hit ${i + 1} refused`);
  };

  function describeSharedCounts(name: string, makeStorage: () => Promise<Storage>) {
    describe(`rate counts shared through ${name}`, () => {
      it('hold one limit across two instances once they have synced', async () => {
        const storage = await makeStorage();
        const { a, b } = twoInstances(storage);
        await a.shared.syncOnce();
        await b.shared.syncOnce();
        takeTimes(a.limiter, '203.0.113.7', 6);
        takeTimes(b.limiter, '203.0.113.7', 4);
        await a.shared.syncOnce();
        await b.shared.syncOnce();
        await a.shared.syncOnce();

        const atA = a.limiter.take('203.0.113.7');
        const atB = b.limiter.take('203.0.113.7');
        assert.equal(atA.ok, false, 'A counts B’s 4 hits with its own 6');
        assert.equal(atB.ok, false, 'B counts A’s 6 hits with its own 4');
        assert.ok(a.limiter.take('198.51.100.2').ok, 'another address is not affected');
      });

      it('forget the hits once the window has passed, and an instance that stopped', async () => {
        const storage = await makeStorage();
        const { a, b, advance } = twoInstances(storage);
        await b.shared.syncOnce();
        takeTimes(b.limiter, 'conv-1', 10);
        await b.shared.syncOnce();
        await a.shared.syncOnce();
        assert.equal(a.limiter.take('conv-1').ok, false);

        advance(61_000);
        await b.shared.syncOnce();
        await a.shared.syncOnce();
        assert.ok(a.limiter.take('conv-1').ok, 'a minute later the old hits no longer count');

        takeTimes(b.limiter, 'conv-2', 10);
        await b.shared.syncOnce();
        await a.shared.syncOnce();
        assert.equal(a.limiter.take('conv-2').ok, false);
        await b.shared.stop();
        await a.shared.syncOnce();
        assert.ok(a.limiter.take('conv-2').ok, 'a stopped instance’s counts stop counting');
      });

      it('never writes a client address or conversation id to storage, only keyed hashes', async () => {
        const storage = await makeStorage();
        const { a } = twoInstances(storage);
        takeTimes(a.limiter, '203.0.113.7', 3);
        await a.shared.syncOnce();
        const stored = JSON.stringify(await storage.read(['ratelimit-counts/instance-a', 'ratelimit-instances']));
        assert.ok(stored.includes('"publishedAt"'), stored);
        assert.ok(!stored.includes('203.0.113.7'), stored);
      });
    });
  }

  describeSharedCounts('memory', async () => new MemoryStorage());

  describe('on Azurite', () => {
    let azurite: RunningAzurite;
    let n = 0;
    before(async () => {
      azurite = await startAzurite();
    });
    after(async () => {
      await azurite?.stop();
    });
    describeSharedCounts('blob storage', async () => createStorage({ kind: 'blob', connectionString: azurite.connectionString, containerName: `ratelimit-${process.pid}-${++n}` }));

    it('the app shares the local Direct Line and token endpoint limits as well as the visitor limits', async () => {
      const loaded = loadConfig({ StorageKind: 'blob', BlobConnectionString: azurite.connectionString, BlobContainerName: `ratelimit-app-${process.pid}-${++n}`, DirectLineTokenSecret: SECRET });
      assert.ok(loaded.ok, loaded.ok ? '' : loaded.problems.join('\n'));
      const storage = createStorage(storageOptionsFromConfig(loaded.config));
      const app = buildApp({ config: loaded.config, knowledgeBase: await realKnowledgeBase(), recognizer: await realRecognizer(), storage, logger: silent, handoffJobsIntervalMs: 0 });
      await app.listen(0, '127.0.0.1');
      try {
        // Counts are published every 2 seconds: wait (bounded) for a document that lists every limiter.
        let published: string[] = [];
        for (let attempt = 0; attempt < 40 && published.length < 6; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          const list = (await storage.read(['ratelimit-instances']))['ratelimit-instances'] as { instances?: Record<string, number> } | undefined;
          const keys = Object.keys(list?.instances ?? {}).map((id) => `ratelimit-counts/${id}`);
          const docs = keys.length === 0 ? {} : await storage.read(keys);
          published = Object.values(docs).flatMap((d) => Object.keys((d as { limiters?: object }).limiters ?? {})).sort();
        }
        assert.deepEqual(published, ['address', 'conversation', 'directLineAddress', 'directLineConversation', 'directLineTokens', 'messages']);
      } finally {
        await app.close();
      }
    });
  });
});
