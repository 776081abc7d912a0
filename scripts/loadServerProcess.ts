// The servers of `npm run bench`'s load part: each a child process (scripts/loadServer.ts) running the
// app compiled as `npm start` runs it, with settings that let the bench measure work, not refusals.
import { type ChildProcess, execFile, fork } from 'node:child_process';
import path from 'node:path';
import type { MemoryReport } from './loadServer';

export type Kind = 'bot' | 'echo';

const ROOT = path.resolve(__dirname, '..');

/** One server process, bot or echo, with its IPC for memory reports. */
export class LoadServer {
  private nextId = 0;
  private readonly waiting = new Map<number, (m: MemoryReport) => void>();

  private constructor(
    readonly kind: Kind,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: { id?: number; memory?: MemoryReport }) => {
      if (message.id !== undefined && message.memory) this.waiting.get(message.id)?.(message.memory);
    });
  }

  static async start(kind: Kind, env: Record<string, string>): Promise<LoadServer> {
    const execArgv = ['--import', 'tsx', '--expose-gc'];
    const child = fork(path.join(ROOT, 'scripts/loadServer.ts'), kind === 'echo' ? ['--echo'] : [], {
      cwd: ROOT,
      execArgv,
      env: { ...process.env, ...env },
      // The server's log lines go where a host would send them; the bench does not read them.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
      child.on('message', (m: { ready?: boolean; port?: number }) => {
        if (m.ready && m.port) resolve(m.port);
      });
    });
    return new LoadServer(kind, port, child);
  }

  memory(gc = false): Promise<MemoryReport> {
    return this.ask(gc ? 'gc' : 'memory');
  }

  /** Profiles the server's CPU between these two calls (the measured runs, not start-up). */
  startProfile(): Promise<MemoryReport> {
    return this.ask('profile-start');
  }

  stopProfile(file: string): Promise<MemoryReport> {
    return this.ask('profile-stop', file);
  }

  private ask(cmd: string, file?: string): Promise<MemoryReport> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (m) => {
        this.waiting.delete(id);
        resolve(m);
      });
      this.child.send({ id, cmd, file });
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.disconnect();
    await exited;
  }
}

/** The server's settings: limits high enough that the bench measures work, not refusals. */
export function serverEnv(storage: 'file' | 'memory', dataDir: string): Record<string, string> {
  return {
    PORT: '3978',
    StorageKind: storage,
    StoragePath: dataDir,
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    DirectLineSecret: '',
    CluEndpoint: '',
    CluKey: '',
    CluProjectName: '',
    CluDeploymentName: '',
    DirectLineTokenSecret: 'load-bench-direct-line-token-secret-0123456789',
    DirectLineMaxConversations: '1000000',
    DirectLineActivitiesPerMinute: '10000',
    DirectLineActivitiesPerMinutePerAddress: '100000',
    RequestsPerMinutePerAddress: '10000000',
    RequestsPerMinutePerConversation: '10000000',
    MessagesPerMinutePerConversation: '10000000',
  };
}

/** The app compiled as `npm start` compiles it (`dist/`), which the servers run (see loadServer.ts). */
export async function compileApp(log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const tsc = require.resolve('typescript/bin/tsc');
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT }, (error, stdout) => (error ? reject(new Error(`tsc -p tsconfig.build.json failed:\n${stdout}`)) : resolve())),
  );
  log(`compiled the app into dist/ as npm start does (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
