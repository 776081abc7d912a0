import type { Activity } from 'botbuilder';
import type { HandoffListener } from '../handoff/handoffEvents';
import type { Handoff, TranscriptEntry } from '../handoff/handoffRecord';
import { teamsMessages } from './teamsMessages';
import { handoffCard, type HandoffCardOptions } from './handoffCard';
import type { HandoffThread, HandoffThreads } from './handoffThreads';
import type { TeamsPoster } from './teamsPoster';
import type { TeamsServiceUrls } from './teamsServiceUrls';

const say = teamsMessages.thread;

export interface TeamsHandoffNotifierOptions {
  /** `HandoffTeamsChannelId`. */
  readonly channelId: string;
  /** The staff tenant the channel belongs to (the first of `StaffTenantIds`). */
  readonly tenantId: string;
  readonly poster: TeamsPoster;
  readonly threads: HandoffThreads;
  readonly serviceUrls: TeamsServiceUrls;
  readonly card?: HandoffCardOptions;
}

/** Plain text, so a visitor's words are shown as written and never rendered as markdown or links. */
const plain = (text: string): Partial<Activity> => ({ type: 'message', text, textFormat: 'plain' });

/**
 * Tells the agents' Teams channel about hand-offs: each new one is a card (summary, priority,
 * waiting since, "Take this chat") starting its own thread; the thread then carries what the visitor
 * writes, and the card is updated when someone takes the chat, when risk is flagged and when it ends.
 * The thread's address is stored, so all of this works from any instance and after restarts.
 */
export class TeamsHandoffNotifier implements HandoffListener {
  constructor(private readonly options: TeamsHandoffNotifierOptions) {}

  async created(handoff: Handoff): Promise<void> {
    const { poster, threads, serviceUrls, channelId, tenantId } = this.options;
    if (await threads.forHandoff(handoff.id)) return;
    const serviceUrl = await serviceUrls.forTenant(tenantId);
    const { threadId, activityId } = await poster.startThread({ serviceUrl, channelId, tenantId }, { attachments: [handoffCard(handoff, this.options.card)] });
    const thread: HandoffThread = { handoffId: handoff.id, threadId, cardActivityId: activityId, serviceUrl, tenantId };
    await threads.save(thread);
    if (handoff.transcript.length > 0) await poster.post(thread, plain(transcriptText(handoff.transcript)));
  }

  async claimed(handoff: Handoff): Promise<void> {
    await this.updateCard(handoff, say.taken(handoff.claimedBy ?? 'Someone'));
  }

  async visitorMessage(handoff: Handoff, entry: TranscriptEntry): Promise<void> {
    const thread = await this.options.threads.forHandoff(handoff.id);
    if (thread) await this.options.poster.post(thread, plain(say.visitorSaid(entry.text)));
  }

  async riskFlagged(handoff: Handoff): Promise<void> {
    await this.updateCard(handoff, say.riskFlagged);
  }

  async agentReminded(handoff: Handoff): Promise<void> {
    const thread = await this.options.threads.forHandoff(handoff.id);
    if (!thread || handoff.agentReminder === undefined) return;
    const minutes = Math.max(1, Math.round((Date.parse(handoff.agentReminder.remindedAt) - Date.parse(handoff.agentReminder.quietSince)) / 60_000));
    await this.options.poster.post(thread, plain(say.agentReminder(minutes)));
  }

  async closed(handoff: Handoff): Promise<void> {
    await this.updateCard(handoff, teamsMessages.card.ended[handoff.endedBy ?? 'agent'] ?? teamsMessages.card.ended.agent);
  }

  /** The card shows the hand-off as it now is; a line in the thread says what changed. */
  private async updateCard(handoff: Handoff, line: string): Promise<void> {
    const thread = await this.options.threads.forHandoff(handoff.id);
    if (!thread) return;
    await this.options.poster.update(thread, thread.cardActivityId, { attachments: [handoffCard(handoff, this.options.card)] });
    await this.options.poster.post(thread, plain(line));
  }
}

function transcriptText(entries: readonly TranscriptEntry[]): string {
  return [say.soFar, ...entries.map((e) => `${say.speaker[e.from] ?? e.from}: ${e.text}`)].join('\n');
}
