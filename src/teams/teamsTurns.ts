import type { InvokeResponse, TurnContext } from 'botbuilder';
import { isFollowUpClick, renderForTeams } from './followUpCard';
import { isBotMentioned, withoutBotMention } from './mentions';
import { conversationKindOf, isTeams } from './teamsActivity';

/** What the bot does with a message after the Teams rules have looked at it. */
export type MessageRoute = 'answer' | 'done';

/** Hand-off work in Teams (agents' threads and card actions); absent when no channel is configured. */
export interface TeamsAgentWork {
  /** Remembers where Teams can be reached (service URL, tenant) for later proactive posts. */
  noteTeamsTurn(context: TurnContext): Promise<void>;
  /** An agent's reply in a hand-off thread, or a duty command in the hand-off channel; false when neither. */
  handleAgentMessage(context: TurnContext): Promise<boolean>;
  /** Handles an `adaptiveCard/action` invoke from a hand-off card. */
  cardAction(context: TurnContext): Promise<InvokeResponse>;
}

/**
 * The Teams rules around the answering dialog: in group chats and channels the bot answers only
 * when @mentioned (or when one of its own buttons was pressed), the mention is taken out before the
 * text is read, and replies are rendered for Teams.
 */
export class TeamsTurns {
  constructor(private readonly agents?: TeamsAgentWork) {}

  /** Every Teams turn: replies get Teams rendering; where Teams lives is noted for proactive posts. */
  async prepare(context: TurnContext): Promise<void> {
    if (!isTeams(context.activity)) return;
    context.onSendActivities(async (_ctx, activities, next) => {
      activities.forEach((activity, i) => {
        if (activity.type === 'message') activities[i] = renderForTeams(activity) as typeof activity;
      });
      return next();
    });
    await this.agents?.noteTeamsTurn(context);
  }

  /** Runs before the dialog; `done` means the message was handled here (or is not for the bot). */
  async routeMessage(context: TurnContext): Promise<MessageRoute> {
    const { activity } = context;
    if (!isTeams(activity)) return 'answer';
    if (await this.agents?.handleAgentMessage(context)) return 'done';
    const addressed = conversationKindOf(activity) === 'personal' || isBotMentioned(activity) || isFollowUpClick(activity);
    if (!addressed) return 'done';
    activity.text = withoutBotMention(activity);
    return 'answer';
  }

  /** In Teams only a personal chat is welcomed: a team's channel should not hear it for every new member. */
  welcomes(context: TurnContext): boolean {
    return !isTeams(context.activity) || conversationKindOf(context.activity) === 'personal';
  }

  /** `adaptiveCard/action` invokes: hand-off cards when agents work in Teams, otherwise not ours. */
  async cardAction(context: TurnContext): Promise<InvokeResponse> {
    if (this.agents === undefined) return { status: 501 };
    return this.agents.cardAction(context);
  }
}
