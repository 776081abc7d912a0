import { type BotState, type InvokeResponse, type StatePropertyAccessor, TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Audience } from '../knowledge/topicSchema';
import type { MainDialog } from '../dialogs/mainDialog';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import type { TeamsTurns } from '../teams/teamsTurns';

export interface AnswerBotOptions {
  readonly dialog: MainDialog;
  readonly conversationState: BotState;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly replies: ReplyBuilder;
  readonly audienceOf: (context: TurnContext) => Audience;
  /** Teams rules (mentions, cards, agents' hand-off threads); without it Teams is treated like any channel. */
  readonly teams?: TeamsTurns;
}

/** The Bot Framework edge: welcomes people, runs the main dialog, saves state once per turn. */
export class AnswerBot extends TeamsActivityHandler {
  constructor(private readonly options: AnswerBotOptions) {
    super();
    this.onMessage(async (context, next) => {
      if ((await options.teams?.routeMessage(context)) === 'done') return next();
      await options.dialog.run(context, options.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (people.length > 0 && (options.teams?.welcomes(context) ?? true)) await context.sendActivity(options.replies.welcome(options.audienceOf(context)));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await this.options.teams?.prepare(context);
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
  }

  /** Card buttons (`Action.Execute`) go to the Teams rules, which check the value themselves. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action' && this.options.teams) return this.options.teams.cardAction(context);
    return super.onInvokeActivity(context);
  }
}
