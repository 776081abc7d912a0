import { type App, type AppDependencies, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import { createStorage } from '../../src/storage/createStorage';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';

/** The whole app on memory storage with the real knowledge base, silent, from `.env`-style settings. */
export async function buildMemoryApp(env: Record<string, string>, overrides: Partial<AppDependencies> = {}): Promise<App> {
  const config = loadConfig({ StorageKind: 'memory', ...env });
  if (!config.ok) throw new Error(config.problems.join('\n'));
  return buildApp({
    config: config.config,
    knowledgeBase: await realKnowledgeBase(),
    recognizer: await realRecognizer(),
    storage: createStorage({ kind: 'memory', path: 'unused' }),
    logger: createLogger({ level: 'silent' }),
    ...overrides,
  });
}
