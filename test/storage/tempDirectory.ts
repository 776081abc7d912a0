import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDirectory {
  path: string;
  cleanup: () => Promise<void>;
}

export async function makeTempDirectory(): Promise<TempDirectory> {
  const path = await mkdtemp(join(tmpdir(), 'bot-storage-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}
