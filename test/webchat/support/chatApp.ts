import { Writable } from 'node:stream';
import { MemoryStorage, type Storage } from 'botbuilder';
import pino from 'pino';
import { type App, type AppDependencies, buildApp } from '../../../src/app';
import { type Config, loadConfig } from '../../../src/config';
import { TokenSigner } from '../../../src/directline/tokens';
import { realKnowledgeBase, realRecognizer } from '../../support/realKnowledgeBase';
import type { ChatConnection } from '../../../src/directline/tokenRoutes';

/** Fixed so tests can sign tokens of their own (expired ones, ones for unknown conversations). */
export const TEST_TOKEN_SECRET = 'test-direct-line-token-secret-0123456789';

/** A running app on a free loopback port, with its log lines kept for inspection. */
export interface ChatApp {
  readonly app: App;
  readonly base: string;
  readonly config: Config;
  readonly storage: Storage;
  readonly logLines: string[];
  /** Signs tokens as the server does; `now` moves the clock (an expired token). */
  signer(now?: () => number): TokenSigner;
  close(): Promise<void>;
}

/** Parts of the app a test may swap (a recording visitor notifier, quicker agent events). */
export type ChatAppOverrides = Partial<Pick<AppDependencies, 'visitorNotifier' | 'agentEventsPollMs' | 'clock'>>;

/** The whole bot with its web chat, memory storage and quick polling; `env` overrides any setting. */
export async function startChatApp(env: Record<string, string> = {}, overrides: ChatAppOverrides = {}): Promise<ChatApp> {
  const result = loadConfig({
    StorageKind: 'memory',
    DirectLineTokenSecret: TEST_TOKEN_SECRET,
    DirectLinePollingIntervalMs: '200',
    ...env,
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const config = result.config;
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level: 'info', base: undefined }, sink);
  const storage = new MemoryStorage();
  const app = buildApp({ config, knowledgeBase: await realKnowledgeBase(), recognizer: await realRecognizer(), storage, logger, ...overrides });
  const port = await app.listen(0, '127.0.0.1');
  return {
    app,
    base: `http://127.0.0.1:${port}`,
    config,
    storage,
    logLines,
    signer: (now) => new TokenSigner({ secret: TEST_TOKEN_SECRET, ttlSeconds: config.DirectLineTokenTtlSeconds, now }),
    close: () => app.close(),
  };
}

/** What the page gets from `POST /api/directline/token`. */
export type Connection = ChatConnection;

export async function newConnection(base: string): Promise<Connection> {
  const res = await fetch(`${base}/api/directline/token`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`token endpoint answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Connection;
}
