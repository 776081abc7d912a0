import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type DialogState,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { findTopic } from '../knowledge/knowledgeBase';
import type { Audience } from '../knowledge/topicSchema';
import { messages } from '../messages';
import type { MessageUnderstanding } from '../recognition/understandMessage';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import { type ConversationMemory, readMemory } from './conversationMemory';
import { decisionForAudience } from './decisionForAudience';

export const MAIN_DIALOG = 'mainDialog';
const RESPOND = 'respond';

export interface MainDialogOptions {
  readonly understanding: MessageUnderstanding;
  readonly replies: ReplyBuilder;
  readonly knowledgeBase: KnowledgeBase;
  readonly memory: StatePropertyAccessor<ConversationMemory>;
  /** Who is speaking; the bot layer decides, the dialog only uses it. */
  readonly audienceOf: (context: TurnContext) => Audience;
  readonly maxChars: number;
}

/** Recognise → answer, "did you mean", or fallback; two fallbacks in a row offer a person. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly options: MainDialogOptions) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(RESPOND, [this.respond.bind(this)]));
    this.initialDialogId = RESPOND;
  }

  /** Runs the dialog for one turn, continuing whatever step is waiting. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async respond(step: WaterfallStepContext) {
    const { context } = step;
    const { understanding, replies, knowledgeBase, memory, maxChars } = this.options;
    const audience = this.options.audienceOf(context);
    const text = (context.activity.text ?? '').trim();
    const remembered = readMemory(await memory.get(context, { fallbacks: 0 }));

    if (text.length === 0) {
      await context.sendActivity(replies.plain(messages.noText));
      return step.endDialog();
    }
    if (text.length > maxChars) await context.sendActivity(replies.plain(messages.longMessage));

    const understood = await understanding.understand({ text, audience, previousTopicId: remembered.lastTopicId });
    const decision = decisionForAudience(understood, knowledgeBase, audience);
    const next: ConversationMemory = { ...remembered };
    switch (decision.kind) {
      case 'answer': {
        const topic = findTopic(knowledgeBase, decision.topicId);
        if (!topic) throw new Error(`recogniser returned unknown topic ${decision.topicId}`);
        await context.sendActivity(replies.answer(topic, audience, { alsoAsked: decision.alsoAsked }));
        next.fallbacks = 0;
        next.lastTopicId = topic.id;
        break;
      }
      case 'clarify':
        await context.sendActivity(replies.clarify(decision.topicIds, audience));
        next.fallbacks = 0;
        break;
      case 'none':
        next.fallbacks = remembered.fallbacks + 1;
        await context.sendActivity(replies.fallback(next.fallbacks, 'human'));
        if (next.fallbacks >= 2) next.fallbacks = 0;
        break;
    }
    await memory.set(context, next);
    return step.endDialog();
  }
}
