import { resolve } from 'node:path';
import { TranscriptLoggerMiddleware } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import * as botMessages from '../messages';
import type { Logger } from '../observability/logger';
import { memoizedRedactor } from '../privacy/memoizedRedactor';
import { createRedactor, publishedValues } from '../privacy/redact';
import { createStorage } from '../storage/createStorage';
import { RedactingTranscriptLogger } from './redactingTranscriptLogger';
import { type ExpiredConversation, StorageTranscriptStore } from './storageTranscriptStore';
import { type TranscriptSettings, transcriptStorageOptions } from './transcriptConfig';
import { TranscriptRetention } from './transcriptRetention';

export interface Transcripts {
  /** Add to the adapter: logs every activity in and out, redacted. */
  readonly middleware: TranscriptLoggerMiddleware;
  readonly store: StorageTranscriptStore;
  readonly retention: TranscriptRetention;
  /** Stops the purge timer and waits for transcript writes already started. */
  close(): Promise<void>;
}

export interface BuildTranscriptsOptions {
  readonly config: TranscriptSettings & { readonly TranscriptRetentionDays: number };
  readonly knowledgeBase: KnowledgeBase;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** Deletes what else is kept about conversations whose transcripts have expired (their conversation state). */
  readonly onExpired?: (conversations: readonly ExpiredConversation[]) => Promise<void>;
}

/** Transcripts as configured, or undefined when `TranscriptStore=off`. Call `retention.start()` to purge on a timer. */
export function buildTranscripts(options: BuildTranscriptsOptions): Transcripts | undefined {
  const storageOptions = transcriptStorageOptions(options.config, (p) => resolve(p));
  if (storageOptions === undefined) {
    // Conversation state goes with its transcript (`onExpired`): without transcripts nothing deletes it.
    if (options.config.StorageKind !== 'memory')
      options.logger.warn({ storage: options.config.StorageKind }, 'TranscriptStore=off: conversation state (with its redacted recent messages) is kept until deleted by hand');
    return undefined;
  }
  const store = new StorageTranscriptStore({ storage: createStorage(storageOptions), now: options.now, onExpired: options.onExpired });
  const keep = publishedValuesOf(options.knowledgeBase);
  const logger = new RedactingTranscriptLogger({
    store,
    redactors: { user: createRedactor(), bot: memoizedRedactor(createRedactor({ keep })) },
    logger: options.logger,
  });
  const retention = new TranscriptRetention({ store, retentionDays: options.config.TranscriptRetentionDays, logger: options.logger, now: options.now });
  return {
    middleware: new TranscriptLoggerMiddleware(logger),
    store,
    retention,
    close: async () => {
      retention.stop();
      await store.flush();
    },
  };
}

const publishedByKnowledgeBase = new WeakMap<KnowledgeBase, ReturnType<typeof publishedValues>>();

/** The numbers, addresses and dates the bot publishes, worked out once per knowledge base. */
export function publishedValuesOf(knowledgeBase: KnowledgeBase): ReturnType<typeof publishedValues> {
  let values = publishedByKnowledgeBase.get(knowledgeBase);
  if (values === undefined) {
    values = publishedValues(botTexts(knowledgeBase));
    publishedByKnowledgeBase.set(knowledgeBase, values);
  }
  return values;
}

/** Everything the bot itself publishes: its answers and its fixed messages. */
export function botTexts(knowledgeBase: KnowledgeBase): string[] {
  return [...knowledgeBase.topics.map((t) => t.answer), ...stringsIn(botMessages)];
}

function stringsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || depth > 5) return [];
  return Object.values(value).flatMap((v) => stringsIn(v, depth + 1));
}
