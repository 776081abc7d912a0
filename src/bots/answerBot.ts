import { ActivityHandler, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Audience } from '../knowledge/topicSchema';
import type { MainDialog } from '../dialogs/mainDialog';
import type { ReplyBuilder } from '../rendering/replyBuilder';

export interface AnswerBotOptions {
  readonly dialog: MainDialog;
  readonly conversationState: BotState;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly replies: ReplyBuilder;
  readonly audienceOf: (context: TurnContext) => Audience;
}

/** The Bot Framework edge: welcomes people, runs the main dialog, saves state once per turn. */
export class AnswerBot extends ActivityHandler {
  constructor(private readonly options: AnswerBotOptions) {
    super();
    this.onMessage(async (context, next) => {
      await options.dialog.run(context, options.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (people.length > 0) await context.sendActivity(options.replies.welcome(options.audienceOf(context)));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
  }
}
