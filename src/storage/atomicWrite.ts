import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { hasErrnoCode } from './errno';

/** Suffix of in-flight files; readers only open exact `.json` names, so these are never read. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Replaces `filePath` with `data` so that, even after a crash or power loss, the file holds either
 * the old content or the new content, never a mix: write a temp file in the same directory, fsync it,
 * rename it over the target (atomic on POSIX), then fsync the directory so the rename itself is durable.
 */
export async function writeFileAtomic(filePath: string, data: string): Promise<void> {
  const tempPath = `${filePath}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  try {
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncDirectory(dirname(filePath));
}

async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].some((code) => hasErrnoCode(error, code))) {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}
