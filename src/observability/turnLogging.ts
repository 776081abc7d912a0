import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from './logger';
import { withLogContext } from './logContext';

/**
 * Adapter middleware: every log line written during a turn carries the conversation id (with the
 * request id of the HTTP call that started it), and each turn ends with one line saying what kind
 * of activity it was and how long it took. Never the text.
 */
export function turnLogging(logger: Logger): Middleware {
  return {
    onTurn: (context: TurnContext, next: () => Promise<void>) =>
      withLogContext({ conversationId: context.activity.conversation?.id }, async () => {
        const started = process.hrtime.bigint();
        let failed = false;
        try {
          await next();
        } catch (error) {
          failed = true;
          throw error;
        } finally {
          const durationMs = Number((process.hrtime.bigint() - started) / 1_000_000n);
          logger.info({ channelId: context.activity.channelId, activityType: context.activity.type, durationMs, ...(failed ? { failed } : {}) }, 'turn');
        }
      }),
  };
}
