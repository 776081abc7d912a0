import { describeError } from '../observability/describeError';
import type { Logger } from '../observability/logger';
import type { Handoff, TranscriptEntry } from './handoffRecord';

/**
 * Something that wants to hear about hand-offs as they happen, such as a notifier that tells agents
 * in Teams. Every method is optional; each gets the record as it stands after the change.
 */
export interface HandoffListener {
  /** A visitor joined the queue. */
  created?(handoff: Handoff): void | Promise<void>;
  /** An agent took the chat. */
  claimed?(handoff: Handoff): void | Promise<void>;
  /** The visitor wrote while queued or talking to an agent (already in the transcript). */
  visitorMessage?(handoff: Handoff, entry: TranscriptEntry): void | Promise<void>;
  /** The safety check found risk-to-life wording in a relayed message (`handoff.risk` is set). */
  riskFlagged?(handoff: Handoff): void | Promise<void>;
  /** The agent holding an active chat has been quiet too long (`handoff.agentReminder` is set). */
  agentReminded?(handoff: Handoff): void | Promise<void>;
  /** It ended: `status` is `closed` (agent or visitor) or `abandoned` (visitor left, or timed out). */
  closed?(handoff: Handoff): void | Promise<void>;
}

export type HandoffEventName = keyof HandoffListener;

/**
 * Calls every listener in turn. A listener that throws is logged and skipped: the hand-off itself
 * is already saved, and another channel's outage must not fail the visitor's turn or the agent's call.
 */
export class HandoffEvents {
  constructor(
    private readonly listeners: readonly HandoffListener[],
    private readonly logger: Logger,
  ) {}

  created(handoff: Handoff): Promise<void> {
    return this.emit('created', handoff, (l) => l.created?.(handoff));
  }

  claimed(handoff: Handoff): Promise<void> {
    return this.emit('claimed', handoff, (l) => l.claimed?.(handoff));
  }

  visitorMessage(handoff: Handoff, entry: TranscriptEntry): Promise<void> {
    return this.emit('visitorMessage', handoff, (l) => l.visitorMessage?.(handoff, entry), entry.text);
  }

  riskFlagged(handoff: Handoff): Promise<void> {
    return this.emit('riskFlagged', handoff, (l) => l.riskFlagged?.(handoff));
  }

  agentReminded(handoff: Handoff): Promise<void> {
    return this.emit('agentReminded', handoff, (l) => l.agentReminded?.(handoff));
  }

  closed(handoff: Handoff): Promise<void> {
    return this.emit('closed', handoff, (l) => l.closed?.(handoff));
  }

  /** `words`: the visitor's message, kept out of the log even if a listener's error quotes it. */
  private async emit(event: HandoffEventName, handoff: Handoff, call: (listener: HandoffListener) => void | Promise<void>, words?: string): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await call(listener);
      } catch (error) {
        this.logger.warn({ err: describeError(error, { redact: words }), event, handoffId: handoff.id }, 'hand-off listener failed');
      }
    }
  }
}

/** For code paths built without listeners (CLIs, dialog tests). */
export const noHandoffEvents = (logger: Logger): HandoffEvents => new HandoffEvents([], logger);
