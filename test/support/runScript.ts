import { spawn, type SpawnOptions, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * Runs a TypeScript entry point the way `npm run <script>` does (tsx), as `node --import tsx`:
 * the same loader without npx's start-up, which costs a second or two per process.
 */
export function runScript(script: string, args: readonly string[] = [], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 25_000,
  });
}

/** The same, left running (for servers); the caller ends it. */
export function startScript(script: string, env: Record<string, string> = {}, options: SpawnOptions = {}) {
  return spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...options });
}
