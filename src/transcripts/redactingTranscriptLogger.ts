import type { Activity, TranscriptLogger } from 'botbuilder';
import { describeError } from '../observability/describeError';
import type { Logger } from '../observability/logger';
import { type ActivityRedactors, redactActivity } from './redactActivity';

export interface RedactingTranscriptLoggerOptions {
  readonly store: TranscriptLogger;
  readonly redactors: ActivityRedactors;
  readonly logger: Logger;
}

/**
 * What `TranscriptLoggerMiddleware` writes to: redacts each activity before the store sees it, and
 * turns a failed write into one log line (the middleware would print the error to the console).
 */
export class RedactingTranscriptLogger implements TranscriptLogger {
  constructor(private readonly options: RedactingTranscriptLoggerOptions) {}

  async logActivity(activity: Activity): Promise<void> {
    const { store, redactors, logger } = this.options;
    try {
      await store.logActivity(redactActivity(activity, redactors) as Activity);
    } catch (error) {
      logger.warn({ err: describeError(error), conversationId: activity.conversation?.id }, 'transcript not saved');
    }
  }
}
