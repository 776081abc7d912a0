import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { UnansweredLog } from './unansweredLog';

/** What the reply builder marks on a reply the bot could not answer outright (`channelData`). */
export interface UnansweredMarks {
  /** Topic ids of a "did you mean" choice. */
  readonly clarify?: readonly string[];
  /** Consecutive fallbacks so far. */
  readonly fallback?: number;
}

/**
 * Reads the bot's outgoing replies for a message turn and records the message when a reply is a
 * fallback or a "did you mean": no change to the dialog, which stays about answering. The turn
 * never waits for the log.
 */
export class UnansweredRecorder implements Middleware {
  constructor(private readonly log: UnansweredLog) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const incoming = context.activity;
    if (incoming.type === 'message' && typeof incoming.text === 'string' && incoming.text.trim() !== '') {
      const text = incoming.text;
      let recorded = false;
      context.onSendActivities(async (_context, activities, sendNext) => {
        for (const activity of activities) {
          if (recorded) break;
          recorded = this.recordIfUnanswered(text, activity);
        }
        return sendNext();
      });
    }
    await next();
  }

  private recordIfUnanswered(text: string, reply: Partial<Activity>): boolean {
    const marks = (reply.channelData ?? {}) as UnansweredMarks;
    if (Array.isArray(marks.clarify)) {
      this.log.record({ text, kind: 'clarify', offered: marks.clarify.filter((id): id is string => typeof id === 'string') });
      return true;
    }
    if (typeof marks.fallback === 'number') {
      this.log.record({ text, kind: 'fallback' });
      return true;
    }
    return false;
  }
}
