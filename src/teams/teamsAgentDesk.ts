import type { InvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { HandoffServices } from '../handoff/buildHandoff';
import type { HandoffEvents } from '../handoff/handoffEvents';
import type { Handoff } from '../handoff/handoffRecord';
import type { VisitorNotifier } from '../handoff/visitorNotifier';
import { handoffMessages } from '../messages';
import { teamsMessages } from './teamsMessages';
import { describeError } from '../observability/describeError';
import type { Logger } from '../observability/logger';
import { dutyCommandOf, type DutyCommands } from './dutyCommands';
import { HANDOFF_VERBS, handoffCardJson, type HandoffCardOptions } from './handoffCard';
import type { HandoffThreads } from './handoffThreads';
import { isBotMentioned, withoutBotMention } from './mentions';
import { teamsAgentOf, type TeamsAgent } from './teamsAgent';
import { teamsChannelDataOf } from './teamsActivity';
import type { TeamsServiceUrls } from './teamsServiceUrls';
import type { TeamsAgentWork } from './teamsTurns';

const say = teamsMessages.agent;

/** What an `adaptiveCard/action` invoke from a hand-off card must carry; anything else is refused. */
const cardActionSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.enum([HANDOFF_VERBS.take, HANDOFF_VERBS.end]),
    data: z.object({ handoffId: z.string().min(1).max(100) }).passthrough(),
  }),
});

export interface TeamsAgentDeskOptions {
  readonly handoff: Pick<HandoffServices, 'queue'>;
  /** The same notifier the agent API uses, so visitors hear the same words whichever tool the agent uses. */
  readonly notifier: VisitorNotifier;
  readonly events: HandoffEvents;
  readonly threads: HandoffThreads;
  readonly serviceUrls: TeamsServiceUrls;
  readonly duty: DutyCommands;
  /** `HandoffTeamsChannelId`. */
  readonly channelId: string;
  readonly isStaff: (context: TurnContext) => boolean;
  readonly card?: HandoffCardOptions;
  readonly logger: Logger;
}

type CardResponse =
  | { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: Record<string, unknown> }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string }
  | { statusCode: 400; type: 'application/vnd.microsoft.error'; value: { code: string; message: string } };

const invoke = (body: CardResponse): InvokeResponse => ({ status: 200, body });
const message = (text: string): InvokeResponse => invoke({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text });

/**
 * Agents working from Teams: "Take this chat" and "End chat" on the hand-off card, and replies in the
 * card's thread relayed to the visitor. Every change goes through the same HandoffQueue calls as the
 * agent API (so of two agents exactly one gets the chat, whichever tool each uses), and the visitor
 * is told through the same VisitorNotifier. Only authenticated staff may act.
 */
export class TeamsAgentDesk implements TeamsAgentWork {
  constructor(private readonly options: TeamsAgentDeskOptions) {}

  async noteTeamsTurn(context: TurnContext): Promise<void> {
    const tenantId = teamsChannelDataOf(context.activity.channelData).tenant?.id;
    const serviceUrl = context.activity.serviceUrl;
    if (tenantId === undefined || !serviceUrl || !this.options.isStaff(context)) return;
    await this.options.serviceUrls.remember(tenantId, serviceUrl);
  }

  async handleAgentMessage(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    if (activity.type !== 'message') return false;
    const handoffId = await this.options.threads.handoffIdOf(activity.conversation.id);
    if (handoffId !== undefined) {
      await this.relay(context, handoffId);
      return true;
    }
    if (!this.inHandoffChannel(context) || !isBotMentioned(activity)) return false;
    const command = dutyCommandOf(withoutBotMention(activity));
    if (command === undefined) return false;
    const agent = teamsAgentOf(activity);
    if (!this.options.isStaff(context) || agent === undefined) await context.sendActivity(say.notStaff);
    else await context.sendActivity(await this.options.duty.run(command, agent));
    return true;
  }

  async cardAction(context: TurnContext): Promise<InvokeResponse> {
    const parsed = cardActionSchema.safeParse(context.activity.value);
    if (!parsed.success) return invoke({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: say.badAction } });
    const agent = teamsAgentOf(context.activity);
    if (!this.options.isStaff(context) || agent === undefined) return message(say.notStaff);
    const { verb, data } = parsed.data.action;
    return verb === HANDOFF_VERBS.take ? this.take(data.handoffId, agent) : this.end(data.handoffId, agent);
  }

  private async take(handoffId: string, agent: TeamsAgent): Promise<InvokeResponse> {
    const result = await this.options.handoff.queue.claim(handoffId, { agent: agent.key, displayName: agent.displayName });
    switch (result.kind) {
      case 'not-found':
        return message(say.gone);
      case 'conflict':
        return this.card(result.handoff, result.handoff.status === 'active' ? say.takenByOther(result.handoff.claimedBy ?? 'Someone') : say.alreadyEnded);
      case 'claimed': {
        // Their own chat pressed again (double press, retried invoke): the card as it is, nobody told again.
        if (result.alreadyClaimed) return this.card(result.handoff, undefined);
        const told = await this.tellVisitor(result.handoff, handoffMessages.agentJoined(agent.displayName));
        await this.options.events.claimed(result.handoff);
        return this.card(result.handoff, told ? undefined : say.visitorNotTold);
      }
    }
  }

  private async end(handoffId: string, agent: TeamsAgent): Promise<InvokeResponse> {
    const result = await this.options.handoff.queue.close(handoffId, { endedBy: 'agent', agent: agent.key });
    switch (result.kind) {
      case 'not-found':
        return message(say.gone);
      case 'already-ended':
        return this.card(result.handoff, say.alreadyEnded);
      case 'not-allowed':
        return this.card(result.handoff, say.onlyHolderEnds(result.handoff.claimedBy ?? 'someone else'));
      case 'closed': {
        const told = await this.tellVisitor(result.handoff, handoffMessages.agentEndedChat);
        await this.options.events.closed(result.handoff);
        return this.card(result.handoff, told ? undefined : say.visitorNotTold);
      }
    }
  }

  /** An agent's message in a hand-off thread: to the visitor if they hold the chat, otherwise why not. */
  private async relay(context: TurnContext, handoffId: string): Promise<void> {
    const agent = teamsAgentOf(context.activity);
    if (!this.options.isStaff(context) || agent === undefined) {
      await context.sendActivity(say.notStaff);
      return;
    }
    const text = withoutBotMention(context.activity).slice(0, 4000);
    if (text === '') {
      await context.sendActivity(say.textOnly);
      return;
    }
    const result = await this.options.handoff.queue.appendMessage(handoffId, { from: 'agent', text, agent: agent.key });
    if (result.kind === 'not-found') return void (await context.sendActivity(say.gone));
    if (result.kind === 'not-allowed') {
      const { handoff } = result;
      const why = handoff.status === 'queued' ? say.takeFirst : handoff.status === 'active' ? say.notYours(handoff.claimedBy ?? 'Someone else') : say.endedNotSent;
      await context.sendActivity(why);
      return;
    }
    if (!(await this.tellVisitor(result.handoff, text))) await context.sendActivity(say.undelivered);
  }

  /** Like the agent API: a failure is logged and reported, never thrown, since the change is saved. */
  private async tellVisitor(handoff: Handoff, text: string): Promise<boolean> {
    try {
      await this.options.notifier.sendToVisitor(handoff, text);
      return true;
    } catch (error) {
      this.options.logger.warn({ err: describeError(error, { redact: text }), handoffId: handoff.id }, 'could not reach the visitor');
      return false;
    }
  }

  private card(handoff: Handoff, notice: string | undefined): InvokeResponse {
    return invoke({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: handoffCardJson(handoff, { ...this.options.card, notice }) });
  }

  private inHandoffChannel(context: TurnContext): boolean {
    const channel = teamsChannelDataOf(context.activity.channelData).channel?.id ?? context.activity.conversation.id.split(';')[0];
    return channel === this.options.channelId;
  }
}
