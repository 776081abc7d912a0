import assert from 'node:assert/strict';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { StoreItem } from 'botbuilder';
import { LOCK_HOST } from '../../src/storage/fileLock';
import { FileStorage } from '../../src/storage/fileStorage';
import { keyToFileName } from '../../src/storage/keyToFileName';
import { StorageError } from '../../src/storage/storageError';
import { makeTempDirectory, type TempDirectory } from './tempDirectory';

describe('FileStorage on disk', () => {
  let temp: TempDirectory;
  let directory: string;

  beforeEach(async () => {
    temp = await makeTempDirectory();
    directory = join(temp.path, 'store');
  });

  afterEach(async () => {
    await temp.cleanup();
  });

  it('keeps data and eTags across a restart', async () => {
    const before = new FileStorage({ directory });
    await before.write({ 'handoff/42': { status: 'waiting', position: 1 } });
    const stale = (await before.read(['handoff/42']))['handoff/42'] as StoreItem;
    await before.write({ 'handoff/42': { ...stale, status: 'with agent' } });

    const after = new FileStorage({ directory });
    const item = (await after.read(['handoff/42']))['handoff/42'] as StoreItem;

    assert.equal(item.status, 'with agent');
    assert.equal(item.position, 1);
    await assert.rejects(after.write({ 'handoff/42': { ...stale, status: 'lost update' } }), {
      code: 'etag_conflict',
    });
  });

  it('reports a corrupt file as an error naming the key, and other keys still work', async () => {
    const storage = new FileStorage({ directory });
    await storage.write({ 'users/broken': { n: 1 }, 'users/fine': { n: 2 } });
    await writeFile(join(directory, keyToFileName('users/broken')), '{"key":"users/broken","item":{"n":', 'utf8');

    await assert.rejects(storage.read(['users/broken']), (error: unknown) => {
      assert.ok(error instanceof StorageError);
      assert.equal(error.code, 'corrupt_item');
      assert.equal(error.key, 'users/broken');
      assert.match(error.message, /"users\/broken"/);
      return true;
    });
    await assert.rejects(storage.write({ 'users/broken': { n: 3, eTag: 'some-etag' } }), { code: 'corrupt_item' });
    assert.equal(((await storage.read(['users/fine']))['users/fine'] as StoreItem).n, 2);
  });

  it('repairs a corrupt item when it is overwritten with eTag "*"', async () => {
    const storage = new FileStorage({ directory });
    await storage.write({ repaired: { n: 1 } });
    await writeFile(join(directory, keyToFileName('repaired')), 'not json', 'utf8');

    await storage.write({ repaired: { n: 2, eTag: '*' } });

    assert.equal(((await storage.read(['repaired']))['repaired'] as StoreItem).n, 2);
  });

  it('ignores a temp file left by a crash in the middle of a write', async () => {
    const storage = new FileStorage({ directory });
    await storage.write({ survivor: { version: 1 } });
    await writeFile(join(directory, `${keyToFileName('survivor')}.0badc0ffee00.tmp`), '{"key":"survivor","it', 'utf8');

    const restarted = new FileStorage({ directory });
    const item = (await restarted.read(['survivor']))['survivor'] as StoreItem;
    assert.equal(item.version, 1);
    await restarted.write({ survivor: { ...item, version: 2 } });
    assert.equal(((await restarted.read(['survivor']))['survivor'] as StoreItem).version, 2);
  });

  it('lets exactly one writer win when two processes share the directory', async () => {
    const first = new FileStorage({ directory });
    const second = new FileStorage({ directory });
    await first.write({ ticket: { claimedBy: null } });
    const seen = (await first.read(['ticket']))['ticket'] as StoreItem;

    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, writer) =>
        (writer % 2 === 0 ? first : second).write({ ticket: { ...seen, claimedBy: writer } }),
      ),
    );

    const winners = attempts.flatMap((attempt, writer) => (attempt.status === 'fulfilled' ? [writer] : []));
    assert.equal(winners.length, 1, `expected one winner, got ${winners.length}`);
    const losers = attempts.filter((attempt) => attempt.status === 'rejected');
    assert.ok(losers.every((loser) => (loser.reason as StorageError).code === 'etag_conflict'));
    assert.equal(((await second.read(['ticket']))['ticket'] as StoreItem).claimedBy, winners[0]);
  });

  it('breaks a lock left behind by a crashed process', async () => {
    const storage = new FileStorage({ directory, lock: { staleMs: 60_000 } });
    await storage.write({ locked: { n: 1 } });
    const lockPath = join(directory, `${keyToFileName('locked')}.lock`);
    await writeFile(lockPath, 'crashed-process', 'utf8');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(lockPath, longAgo, longAgo);

    await storage.write({ locked: { n: 2 } });

    assert.equal(((await storage.read(['locked']))['locked'] as StoreItem).n, 2);
  });

  it('breaks at once a fresh lock whose owner on this machine has exited (a SIGKILLed server), not one whose owner runs', async () => {
    // Fresh locks (a minute would pass before age breaks them); only the owner's state differs.
    const storage = new FileStorage({ directory, lock: { staleMs: 60_000, timeoutMs: 2_000 } });
    await storage.write({ orphaned: { n: 1 }, busy: { n: 1 }, reused: { n: 1 } });
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(exited.stdout);
    assert.ok(deadPid > 0);
    const lockOf = (key: string) => join(directory, `${keyToFileName(key)}.lock`);
    await writeFile(lockOf('orphaned'), `${LOCK_HOST}:${deadPid}:0123abcd`, 'utf8');
    // Our own pid but not a lock we hold: left by an earlier process that had the same pid.
    await writeFile(lockOf('reused'), `${LOCK_HOST}:${process.pid}:0123abcd`, 'utf8');
    // The test runner's parent is alive: its lock is respected until it is stale.
    await writeFile(lockOf('busy'), `${LOCK_HOST}:${process.ppid}:0123abcd`, 'utf8');

    await storage.write({ orphaned: { n: 2 }, reused: { n: 2 } });
    assert.equal(((await storage.read(['orphaned']))['orphaned'] as StoreItem).n, 2);
    assert.equal(((await storage.read(['reused']))['reused'] as StoreItem).n, 2);
    await assert.rejects(storage.write({ busy: { n: 2 } }), { code: 'lock_timeout' });
    assert.equal(((await storage.read(['busy']))['busy'] as StoreItem).n, 1);
  });

  it('respects a fresh lock from another pid namespace with the same host name (containers sharing the directory)', async () => {
    // Containers with host networking or a fixed hostname share the host name; their pids (often
    // 1, the same as ours) name processes this one cannot see, so neither lock is abandoned.
    const storage = new FileStorage({ directory, lock: { staleMs: 60_000, timeoutMs: 300 } });
    await storage.write({ samePid: { n: 1 }, otherPid: { n: 1 } });
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const lockOf = (key: string) => join(directory, `${keyToFileName(key)}.lock`);
    await writeFile(lockOf('samePid'), `${hostname()}:${process.pid}:0123abcd`, 'utf8');
    await writeFile(lockOf('otherPid'), `${hostname()}:${Number(exited.stdout)}:0123abcd`, 'utf8');

    await assert.rejects(storage.write({ samePid: { n: 2 } }), { code: 'lock_timeout' });
    await assert.rejects(storage.write({ otherPid: { n: 2 } }), { code: 'lock_timeout' });
    assert.equal(((await storage.read(['samePid']))['samePid'] as StoreItem).n, 1);
    assert.equal(((await storage.read(['otherPid']))['otherPid'] as StoreItem).n, 1);
  });

  it('gives up with lock_timeout while another process holds a live lock', async () => {
    const storage = new FileStorage({ directory, lock: { staleMs: 60_000, timeoutMs: 100 } });
    await storage.write({ busy: { n: 1 } });
    await writeFile(join(directory, `${keyToFileName('busy')}.lock`), 'other-process', 'utf8');

    await assert.rejects(storage.write({ busy: { n: 2 } }), { code: 'lock_timeout' });
    assert.equal(((await storage.read(['busy']))['busy'] as StoreItem).n, 1);
  });

  it('stores each key in one safely named file and leaves no locks or temp files behind', async () => {
    const storage = new FileStorage({ directory });
    const keys = ['../../etc/passwd', 'C:\\Windows', 'a\0b', 'emoji 😀', 'CON', 'x'.repeat(1000)];
    await storage.write(Object.fromEntries(keys.map((key) => [key, { key }])));

    const names = await readdir(directory);

    assert.equal(names.length, keys.length);
    for (const name of names) {
      assert.match(name, /^k-[a-z0-9_~-]+\.json$/);
      assert.ok(name.length <= 200, `${name.length} characters is too long for some file systems`);
      const stored = JSON.parse(await readFile(join(directory, name), 'utf8')) as { key: string };
      assert.ok(keys.includes(stored.key));
    }
  });

  it('answers ping when it can write to its directory, and reports why when it cannot', async () => {
    assert.deepEqual(await new FileStorage({ directory }).ping(), { ok: true });
    assert.deepEqual(await readdir(directory), [], 'the probe item is cleaned up');

    const blocked = join(temp.path, 'not-a-directory');
    await writeFile(blocked, '', 'utf8');
    const check = await new FileStorage({ directory: blocked }).ping();

    assert.equal(check.ok, false);
    assert.ok(!check.ok && check.error instanceof Error);
  });
});
