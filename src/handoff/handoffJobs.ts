import { handoffFlowMessages } from '../messages';
import { describeError } from '../observability/describeError';
import type { Logger } from '../observability/logger';
import { type HelplineSchedule, helplineStatus } from './businessHours';
import type { Clock } from './clock';
import { describeOpening } from './describeHours';
import type { HandoffEvents } from './handoffEvents';
import type { HandoffQueue } from './handoffQueue';
import type { Handoff } from './handoffRecord';
import type { VisitorNotifier } from './visitorNotifier';

export interface HandoffJobsOptions {
  readonly queue: HandoffQueue;
  readonly notifier: VisitorNotifier;
  readonly events: HandoffEvents;
  readonly logger: Logger;
  readonly settings: { readonly HandoffQueueTimeoutMinutes: number; readonly AgentReminderMinutes: number };
  /** Helpline hours: waiting visitors are told when the team closes. Without them, nobody is. */
  readonly hours?: { readonly schedule: HelplineSchedule; readonly clock: Clock };
  /** How often `start` runs the jobs; 30 s keeps position updates timely at one queue read each. */
  readonly intervalMs?: number;
}

/** What one run changed, for tests and the log. */
export interface JobsRun {
  readonly timedOut: number;
  readonly positionsTold: number;
  readonly agentsReminded: number;
  readonly toldClosed: number;
}

/**
 * The hand-off's background work, one pass at a time: queued visitors silent past
 * `HandoffQueueTimeoutMinutes` are told and removed; visitors whose place in the queue moved are
 * told the new place; agents quiet for `AgentReminderMinutes` in a chat are flagged; visitors still
 * waiting when the helpline closes are told so, once per closure (urgent ones, who never time out,
 * with the crisis numbers first). Every change is an eTag update that only one writer wins, and
 * only the winner tells anyone, so several instances running the same jobs over shared storage
 * tell each visitor once.
 */
export class HandoffJobs {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<JobsRun> | undefined;

  constructor(private readonly options: HandoffJobsOptions) {}

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.runOnce().catch(() => undefined), this.options.intervalMs ?? 30_000);
    // Never the reason the process stays up.
    this.timer.unref();
  }

  /** Stops the timer and waits for a pass in progress, so storage is not used after close. */
  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One pass of every job; a pass already running is joined rather than doubled. */
  runOnce(): Promise<JobsRun> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<JobsRun> {
    const timedOut = await this.guard('queue timeout', () => this.timeOutSilentVisitors());
    const positionsTold = await this.guard('queue positions', () => this.tellNewPositions());
    const agentsReminded = await this.guard('agent reminders', () => this.remindQuietAgents());
    const toldClosed = await this.guard('closing time', () => this.tellClosed());
    return { timedOut, positionsTold, agentsReminded, toldClosed };
  }

  private async tellClosed(): Promise<number> {
    const { queue, hours } = this.options;
    if (hours === undefined) return 0;
    const status = helplineStatus(hours.schedule, hours.clock);
    if (status.kind === 'open') return 0;
    const until = status.nextOpening?.toISOString() ?? 'unknown';
    const nextOpen = status.nextOpening && describeOpening(hours.schedule, hours.clock.now(), status.nextOpening);
    let count = 0;
    for (const handoff of (await queue.list()).filter((h) => h.status === 'queued' && h.toldClosedUntil !== until)) {
      const noted = await queue.noteClosed(handoff.id, until);
      if (noted.kind !== 'changed') continue;
      count++;
      await this.tell(noted.handoff, handoffFlowMessages.closedWhileWaiting(nextOpen, noted.handoff.priority === 'urgent'));
    }
    return count;
  }

  private async timeOutSilentVisitors(): Promise<number> {
    const { queue, events, settings } = this.options;
    let count = 0;
    for (const stale of await queue.staleQueued(settings.HandoffQueueTimeoutMinutes)) {
      const result = await queue.timeOut(stale.id, settings.HandoffQueueTimeoutMinutes);
      if (result.kind !== 'abandoned') continue;
      count++;
      await this.tell(result.handoff, handoffFlowMessages.timedOut(settings.HandoffQueueTimeoutMinutes));
      await events.closed(result.handoff);
    }
    return count;
  }

  private async tellNewPositions(): Promise<number> {
    const { queue } = this.options;
    const waiting = (await queue.list()).filter((h) => h.status === 'queued');
    let count = 0;
    for (const [index, handoff] of waiting.entries()) {
      const position = index + 1;
      if (handoff.toldPosition === position) continue;
      const noted = await queue.notePosition(handoff.id, position);
      if (noted.kind !== 'changed') continue;
      count++;
      await this.tell(noted.handoff, handoffFlowMessages.positionChanged(position));
    }
    return count;
  }

  private async remindQuietAgents(): Promise<number> {
    const { queue, events, settings, logger } = this.options;
    let count = 0;
    for (const handoff of (await queue.list()).filter((h) => h.status === 'active' && h.agentReminder === undefined)) {
      const result = await queue.remindAgent(handoff.id, settings.AgentReminderMinutes);
      if (result.kind !== 'reminded') continue;
      count++;
      logger.info({ handoffId: handoff.id, agent: result.handoff.claimedByAgent }, 'agent reminded of a quiet chat');
      await events.agentReminded(result.handoff);
    }
    return count;
  }

  /** A visitor who has left cannot be reached; that is logged, and the other jobs carry on. */
  private async tell(handoff: Handoff, text: string): Promise<void> {
    try {
      await this.options.notifier.sendToVisitor(handoff, text);
    } catch (error) {
      this.options.logger.warn({ err: describeError(error), handoffId: handoff.id }, 'hand-off job could not reach the visitor');
    }
  }

  private async guard(job: string, run: () => Promise<number>): Promise<number> {
    try {
      return await run();
    } catch (error) {
      this.options.logger.error({ err: describeError(error), job }, 'hand-off job failed');
      return 0;
    }
  }
}
