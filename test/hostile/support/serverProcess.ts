import { type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startScript } from '../../support/runScript';

/** A port that was free a moment ago: the server under test needs a real one (PORT must be 1–65535). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/** The real bot process (`src/index.ts`) on a loopback port, with everything it printed. */
export interface ServerProcess {
  readonly base: string;
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Whether the process is still running. */
  alive(): boolean;
  /** SIGKILL: no shutdown handlers, no flushing, as a crash or an OOM kill. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `src/index.ts` with `env` over a quiet default environment and waits for `/healthz`.
 * Nothing in the parent's environment that configures the bot leaks in.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = startScript('src/index.ts', {
    PORT: String(port),
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    DirectLineSecret: '',
    CluEndpoint: '',
    CluKey: '',
    CluProjectName: '',
    CluDeploymentName: '',
    ...env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  const exit = once(child, 'exit').then(() => void (exited = true));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (exited) throw new Error(`the server exited while starting:\n${stderr}`);
    if (attempt > 300) {
      child.kill('SIGKILL');
      throw new Error(`the server never answered /healthz:\n${stderr}`);
    }
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return {
    base,
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    alive: () => !exited,
    kill: async () => {
      if (!exited) child.kill('SIGKILL');
      await exit;
    },
    stop: async () => {
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}
