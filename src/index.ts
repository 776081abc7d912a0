import path from 'node:path';
import { buildApp } from './app';
import { loadConfigFromEnvironment } from './config';
import { formatProblem } from './knowledge/knowledgeProblem';
import { loadKnowledgeBase } from './knowledge/loadKnowledgeBase';
import { startApplicationInsights } from './observability/applicationInsights';
import { createLogger } from './observability/logger';
import { cluSettingsOf } from './recognition/clu/cluConfig';
import { createStorage } from './storage/createStorage';
import { forgetConversationState } from './storage/jsonConversationState';
import { storageOptionsFromConfig } from './storage/storageOptionsFromConfig';
import { buildTranscripts } from './transcripts/buildTranscripts';

/** Longest wait for requests in flight on shutdown. */
const DRAIN_MS = 10_000;

/** Composition root: read config, load knowledge, build the parts, listen; refuse to start on bad input. */
async function main(): Promise<void> {
  const configResult = loadConfigFromEnvironment();
  if (!configResult.ok) {
    for (const problem of configResult.problems) console.error(`Configuration error: ${problem}`);
    process.exit(1);
  }
  const config = configResult.config;
  // Application Insights only when configured: the SDK is loaded here or never.
  const telemetry = config.APPLICATIONINSIGHTS_CONNECTION_STRING
    ? await startApplicationInsights({ connectionString: config.APPLICATIONINSIGHTS_CONNECTION_STRING })
    : undefined;
  const logger = createLogger({ level: config.LogLevel, errorSink: telemetry });

  const knowledge = await loadKnowledgeBase(path.resolve(config.KnowledgePath));
  if (!knowledge.ok) {
    for (const problem of knowledge.problems) console.error(`Knowledge base error: ${formatProblem(problem)}`);
    process.exit(1);
  }

  const storage = createStorage(storageOptionsFromConfig(config));
  // A conversation's state (its redacted recent transcript among it) is kept as long as its transcript.
  const transcripts = buildTranscripts({
    config,
    knowledgeBase: knowledge.knowledgeBase,
    logger,
    onExpired: forgetConversationState(storage),
  });
  const app = buildApp({ config, knowledgeBase: knowledge.knowledgeBase, storage, logger, telemetry, middleware: transcripts ? [transcripts.middleware] : [] });
  transcripts?.retention.start();
  const port = await app.listen(config.PORT);
  logger.info({ port, topics: knowledge.knowledgeBase.topics.length, storage: config.StorageKind, recognizer: cluSettingsOf(config) ? 'clu+embedded' : 'embedded', telemetry: telemetry ? 'application-insights' : 'off' }, `bot listening on http://localhost:${port}/api/messages`);

  // SIGTERM (App Service restart, scale-in): finish the turns in flight, then exit. Bounded, so a
  // stuck request cannot hold the instance past the platform's own kill.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(0), DRAIN_MS + 5_000).unref();
    const drained = await app.drain(DRAIN_MS);
    if (drained) logger.info('requests in flight finished');
    else logger.warn({ waitedMs: DRAIN_MS }, 'gave up waiting for requests in flight');
    await app.close();
    await transcripts?.close();
    await telemetry?.flush();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
