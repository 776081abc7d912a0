import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startScript } from '../support/runScript';

/** A port that was free a moment ago: the server under test needs a real one (PORT must be 1–65535). */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

async function waitForHealth(base: string, exited: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !exited(); attempt++) {
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('the server never answered /healthz');
}

describe('the bot process (src/index.ts)', () => {
  it('starts with nothing but memory storage configured, and closes cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = startScript('src/index.ts', { PORT: String(port), StorageKind: 'memory', MicrosoftAppId: '', MicrosoftAppPassword: '' });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    let exited = false;
    void exit.then(() => (exited = true));
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForHealth(base, () => exited);
      assert.match(stdout, /bot listening/);
      child.kill('SIGTERM');
      const [code, signal] = await exit;
      assert.equal(signal, null, `killed by ${signal}; stderr:\n${stderr}`);
      assert.equal(code, 0, stderr);
      assert.match(stdout, /"signal":"SIGTERM".*shutting down|shutting down.*"signal":"SIGTERM"/);
      await assert.rejects(fetch(`${base}/healthz`), 'nothing listens after shutdown');
    } finally {
      if (!exited) child.kill('SIGKILL');
    }
  });
});
