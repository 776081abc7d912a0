import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from '../../support/runScript';

/** A real bot process (src/index.ts through tsx), as App Service would run one instance. */
export interface BotProcess {
  readonly base: string;
  readonly port: number;
  /** Everything it has written to stdout (JSON log lines). */
  output(): string;
  errors(): string;
  /** SIGTERM, then wait for it to exit; resolves with its exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL (a crash); resolves once it is gone. */
  kill(): Promise<void>;
  readonly exited: Promise<number | null>;
}

/** A port free a moment ago (PORT must be a real one: 0 is not accepted by the config). */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

export async function startBotProcess(env: Record<string, string>, port?: number): Promise<BotProcess> {
  const listenOn = port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, APPLICATIONINSIGHTS_CONNECTION_STRING: '', MicrosoftAppId: '', MicrosoftAppPassword: '', ...env, PORT: String(listenOn) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let gone = false;
  void exited.then(() => (gone = true));
  // Never leave a bot behind if the test run itself ends early.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  // Generous: on a busy CI machine compiling and loading the bot can take tens of seconds.
  for (let i = 0; i < 2400 && !gone && !/bot listening/.test(stdout); i++) await sleep(50);
  if (!/bot listening/.test(stdout)) {
    child.kill('SIGKILL');
    throw new Error(`the bot did not start:\n${stderr}\n${stdout}`);
  }
  return {
    base: `http://127.0.0.1:${listenOn}`,
    port: listenOn,
    output: () => stdout,
    errors: () => stderr,
    exited,
    stop: async () => {
      if (!gone) child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      if (!gone) child.kill('SIGKILL');
      await exited;
    },
  };
}
