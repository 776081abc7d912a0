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
import { handoffFlowMessages, messages } from '../messages';
import type { MessageUnderstanding } from '../recognition/understandMessage';
import { linkify } from '../rendering/linkify';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import { HANDOFF_DIALOG, type HandoffDialog } from './handoffDialog';
import type { HandoffReason, HandoffRequest } from './handoffSummary';
import { isHandoffRequest, readYesNo } from './handoffWords';
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
  /** Talk to a person; without it the `human` topic is answered like any other. */
  readonly handoffDialog?: HandoffDialog;
}

/** Recognise → answer, "did you mean", or fallback; two fallbacks in a row offer a person. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly options: MainDialogOptions) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(RESPOND, [this.respond.bind(this)]));
    if (options.handoffDialog) this.addDialog(options.handoffDialog);
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
    const canHandOff = this.options.handoffDialog !== undefined;

    // The page's "Talk to a person" button, or a "yes" to the person the last reply offered.
    if (canHandOff && isHandoffRequest(context.activity)) return this.beginHandoff(step, remembered, 'asked');
    if (context.activity.type !== 'message') return step.endDialog();
    if (canHandOff && remembered.offer !== undefined && readYesNo(text) === 'yes')
      return this.beginHandoff(step, remembered, remembered.offer === 'urgent' ? 'crisis' : 'fallbacks');

    if (text.length === 0) {
      await context.sendActivity(replies.plain(messages.noText));
      return step.endDialog();
    }
    if (text.length > maxChars) await context.sendActivity(replies.plain(messages.longMessage));

    const understood = await understanding.understand({ text, audience, previousTopicId: remembered.lastTopicId });
    const decision = decisionForAudience(understood, knowledgeBase, audience);
    // An offer stands for one reply only: anything but "yes" moves on.
    const next: ConversationMemory = { ...remembered, offer: undefined };
    switch (decision.kind) {
      case 'answer': {
        const topic = findTopic(knowledgeBase, decision.topicId);
        if (!topic) throw new Error(`recogniser returned unknown topic ${decision.topicId}`);
        if (canHandOff && topic.action === 'handoff') return this.beginHandoff(step, remembered, 'asked');
        await context.sendActivity(replies.answer(topic, audience, { alsoAsked: decision.alsoAsked }));
        // The urgent-help answer offers a person at once; any hand-off from here on is urgent.
        if (topic.action === 'crisis') Object.assign(next, { offer: 'urgent', urgent: true });
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
        await context.sendActivity(this.fallbackReply(next.fallbacks));
        if (next.fallbacks >= 2) Object.assign(next, { fallbacks: 0, offer: remembered.urgent ? 'urgent' : 'normal' });
        break;
    }
    await memory.set(context, next);
    return step.endDialog();
  }

  /** The second fallback in a row offers a person; with hand-off on, as a question a "yes" answers. */
  private fallbackReply(consecutive: number) {
    const reply = this.options.replies.fallback(consecutive, 'human');
    if (consecutive >= 2 && this.options.handoffDialog) reply.text = linkify(handoffFlowMessages.offerAfterFallbacks);
    return reply;
  }

  /** Starts the consent → queue or callback flow; urgent when the crisis answer was given here. */
  private async beginHandoff(step: WaterfallStepContext, remembered: ConversationMemory, reason: HandoffReason) {
    await this.options.memory.set(step.context, { ...remembered, offer: undefined, fallbacks: 0 });
    const urgent = reason === 'crisis' || remembered.urgent === true;
    const request: HandoffRequest = { priority: urgent ? 'urgent' : 'normal', reason: urgent ? 'crisis' : reason };
    return step.beginDialog(HANDOFF_DIALOG, request);
  }
}
