import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { hasErrnoCode } from './errno';
import { StorageError } from './storageError';

export interface FileLockOptions {
  /** A lock file older than this is taken to belong to a crashed process and is broken. */
  staleMs: number;
  /** Give up with `lock_timeout` after waiting this long. */
  timeoutMs: number;
  /** Base pause between attempts; a random amount up to the same again is added to avoid lock-step retries. */
  retryMs: number;
}

export const defaultFileLockOptions: Readonly<FileLockOptions> = {
  staleMs: 10_000,
  timeoutMs: 15_000,
  retryMs: 10,
};

/**
 * Runs `work` while holding an exclusive lock file at `lockPath`, so processes sharing a directory
 * take turns. The lock is created with `wx` (fails if it exists), which is atomic on local file systems.
 *
 * A lock is broken once it is older than `staleMs` (so `work` must finish well within that), or at
 * once when its owner was a process on this machine that no longer runs: after a crash or a SIGKILL
 * the restarted server would otherwise make the first visitor of each locked conversation wait.
 */
export async function withFileLock<T>(
  lockPath: string,
  options: FileLockOptions,
  work: () => Promise<T>,
): Promise<T> {
  const token = await acquire(lockPath, options);
  try {
    return await work();
  } finally {
    held.delete(token);
    await release(lockPath, token);
  }
}

/**
 * "This machine" as lock tokens name it: the host name (for people reading a lock file), the boot and
 * the pid namespace. Containers sharing the directory may share a host name (host networking, a fixed
 * hostname) while their pids, often 1 like ours, name processes this one cannot see or signal.
 */
export const LOCK_HOST = lockHost();

function lockHost(): string {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const pidNamespace = /\d+/.exec(readlinkSync('/proc/self/ns/pid'))?.[0];
    if (/^[0-9a-f-]+$/.test(boot) && pidNamespace !== undefined) return `${hostname()}/${boot}/${pidNamespace}`;
  } catch {
    // Not Linux: the host name alone.
  }
  return hostname();
}
/** Tokens of the locks this process holds now: a lock naming our pid but none of these was left by an earlier process. */
const held = new Set<string>();

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const token = await tryCreate(lockPath);
    if (token !== undefined) {
      return token;
    }
    if (await breakIfStale(lockPath, options.staleMs)) {
      continue;
    }
    if (Date.now() >= deadline) {
      throw new StorageError({
        code: 'lock_timeout',
        message: `Storage: timed out after ${options.timeoutMs} ms waiting for lock ${lockPath}.`,
      });
    }
    await sleep(options.retryMs + Math.random() * options.retryMs);
  }
}

/** Returns the token written into the new lock file, or undefined when someone else holds the lock. */
async function tryCreate(lockPath: string): Promise<string | undefined> {
  const token = `${LOCK_HOST}:${process.pid}:${randomBytes(8).toString('hex')}`;
  // Counted as held before it is on disk: another FileStorage in this process must never see our pid
  // in a lock we have not noted yet and take it for one left by an earlier process.
  held.add(token);
  let handle;
  try {
    handle = await open(lockPath, 'wx');
  } catch (error) {
    held.delete(token);
    if (hasErrnoCode(error, 'EEXIST')) {
      return undefined;
    }
    throw error;
  }
  try {
    await handle.writeFile(token, 'utf8');
    await handle.close();
    return token;
  } catch (error) {
    held.delete(token);
    await handle.close().catch(() => undefined);
    await rm(lockPath, { force: true });
    throw error;
  }
}

/**
 * Removes the lock if it is abandoned (stale, or its owner is gone); returns true when the caller
 * should retry at once (lock broken or already gone). The lock is first renamed aside, which only
 * one process can do; if what we moved turns out to be live (its owner replaced the abandoned one
 * between our check and rename) it is linked back, which fails harmlessly if yet another process has
 * locked in the meantime.
 */
async function breakIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  const seen = await statIfExists(lockPath);
  if (seen === undefined) {
    return true;
  }
  if (!(await isAbandoned(lockPath, seen.mtimeMs, staleMs))) {
    return false;
  }
  const asidePath = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(lockPath, asidePath);
  } catch (error) {
    if (hasErrnoCode(error, 'ENOENT')) {
      return true;
    }
    throw error;
  }
  try {
    const taken = await stat(asidePath);
    if (!(await isAbandoned(asidePath, taken.mtimeMs, staleMs))) {
      await link(asidePath, lockPath).catch((error: unknown) => {
        if (!hasErrnoCode(error, 'EEXIST')) {
          throw error;
        }
      });
    }
  } finally {
    await rm(asidePath, { force: true });
  }
  return true;
}

async function isAbandoned(path: string, mtimeMs: number, staleMs: number): Promise<boolean> {
  if (Date.now() - mtimeMs >= staleMs) return true;
  let token: string;
  try {
    token = await readFile(path, 'utf8');
  } catch (error) {
    if (hasErrnoCode(error, 'ENOENT')) return false;
    throw error;
  }
  return ownerIsGone(token);
}

/**
 * True only when the token names a process on this machine that has exited (or this process, which
 * does not hold it: an earlier process with the same pid). A token being written (empty), from another
 * machine or in an unknown form counts as live: then only age breaks the lock.
 */
export function ownerIsGone(token: string): boolean {
  const match = /^(.*):(\d+):[0-9a-f]+$/.exec(token);
  if (match === null || match[1] !== LOCK_HOST) return false;
  const pid = Number(match[2]);
  if (pid === process.pid) return !held.has(token);
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return hasErrnoCode(error, 'ESRCH');
  }
}

/** Deletes the lock only if it is still ours; if it was broken as stale, it now belongs to someone else. */
async function release(lockPath: string, token: string): Promise<void> {
  let current: string;
  try {
    current = await readFile(lockPath, 'utf8');
  } catch (error) {
    if (hasErrnoCode(error, 'ENOENT')) {
      return;
    }
    throw error;
  }
  if (current === token) {
    await rm(lockPath, { force: true });
  }
}

async function statIfExists(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if (hasErrnoCode(error, 'ENOENT')) {
      return undefined;
    }
    throw error;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
