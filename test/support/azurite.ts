import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';

/** Azurite's documented development account; the key is public and only opens the local emulator. */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteOptions {
  /** Keep data in this folder, so it outlives the process; by default it lives in memory only. */
  location?: string;
  /** How long to wait for "listening" before giving up. */
  startTimeoutMs?: number;
}

export interface RunningAzurite {
  port: number;
  /** `BlobConnectionString` for this instance. */
  connectionString: string;
  /** Stops the process and waits for it to exit; calling it twice is fine. */
  stop: () => Promise<void>;
}

/**
 * Starts Azurite's Blob service as a child process on a free loopback port (port 0, read back from
 * its "listens on" line). A child process rather than in-process so stopping it is a real outage.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const main = join(dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');
  const args = [
    main,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    // Our SDK may speak a newer API version than this Azurite knows; the calls we make are old ones.
    '--skipApiVersionCheck',
    '--loose',
    '--silent',
    ...(options.location === undefined ? ['--inMemoryPersistence'] : ['--location', options.location]),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // If the test run ends without calling stop (a crash, mocha's --exit), do not leave Azurite behind.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);

  try {
    const port = await listeningPort(child, options.startTimeoutMs ?? 20_000);
    return {
      port,
      connectionString: developmentConnectionString(port),
      stop: async () => {
        process.removeListener('exit', killOnExit);
        if (child.exitCode === null && child.signalCode === null) {
          const exited = once(child, 'exit');
          child.kill();
          await exited;
        }
      },
    };
  } catch (error) {
    process.removeListener('exit', killOnExit);
    child.kill();
    throw error;
  }
}

/** The well-known Azurite connection string, pointed at `port`. */
export function developmentConnectionString(port: number): string {
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${ACCOUNT}`,
    `AccountKey=${ACCOUNT_KEY}`,
    `BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT}`,
  ].join(';');
}

function listeningPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        done();
        resolve(Number(match[1]));
      }
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`Azurite exited (code ${code}) before listening:\n${output}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`Azurite did not listen within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining so a chatty Azurite never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', onExit);
  });
}
