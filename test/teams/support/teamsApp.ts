import { type App, type AppDependencies, buildApp } from '../../../src/app';
import { type Config, loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/observability/logger';
import { createStorage } from '../../../src/storage/createStorage';
import { realKnowledgeBase, realRecognizer } from '../../support/realKnowledgeBase';
import { BotFrameworkStandIn } from './botFrameworkStandIn';
import { LoopbackCredentialsFactory } from './loopbackCredentials';
import { APP_ID, APP_PASSWORD } from './teamsActivities';

export interface TeamsTestApp {
  readonly app: App;
  readonly base: string;
  readonly bf: BotFrameworkStandIn;
  /** POSTs an activity to /api/messages; `token` undefined sends no Authorization header. */
  post(activity: Record<string, unknown>, token?: string): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/**
 * The real app, authenticated (`MicrosoftAppId` set) against the loopback Bot Framework stand-in,
 * or unauthenticated with `authenticated: false` (local mode, no token checks).
 */
export async function startTeamsApp(
  env: Record<string, string>,
  options: { authenticated?: boolean; deps?: Partial<AppDependencies>; bf?: BotFrameworkStandIn; configOverrides?: Partial<Config> } = {},
): Promise<TeamsTestApp> {
  const authenticated = options.authenticated ?? true;
  const bf = options.bf ?? new BotFrameworkStandIn({ appId: APP_ID, password: APP_PASSWORD });
  if (options.bf === undefined) await bf.start();
  const config = loadConfig({
    StorageKind: 'memory',
    ...(authenticated ? { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD } : {}),
    ...env,
  });
  if (!config.ok) throw new Error(config.problems.join('\n'));
  const app = buildApp({
    config: { ...config.config, ...options.configOverrides },
    knowledgeBase: await realKnowledgeBase(),
    recognizer: await realRecognizer(),
    storage: createStorage({ kind: 'memory', path: 'unused' }),
    logger: createLogger({ level: 'silent' }),
    ...(authenticated ? { botAuthentication: { options: bf.authOptions(), credentialsFactory: new LoopbackCredentialsFactory(APP_ID, APP_PASSWORD) } } : {}),
    ...options.deps,
  });
  const base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  return {
    app,
    base,
    bf,
    async post(activity, token) {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    },
    async close() {
      await app.close();
      if (options.bf === undefined) await bf.stop();
    },
  };
}
