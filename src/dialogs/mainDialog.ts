import { ActionTypes, type Activity, type CardAction, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
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
import { isReplyOnly } from '../recognition/replyWording';
import type { MessageUnderstanding, Understanding } from '../recognition/understandMessage';
import { linkify } from '../rendering/linkify';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import { HANDOFF_DIALOG, type HandoffDialog } from './handoffDialog';
import type { HandoffReason, HandoffRequest } from './handoffSummary';
import { isHandoffRequest, readYesNo } from './handoffWords';
import { type ConversationMemory, rememberedIn } from './conversationMemory';
import { decisionForAudience } from './decisionForAudience';
import { acknowledgement, replyOnlyOutcome } from './replyOnly';

export const MAIN_DIALOG = 'mainDialog';
/** The urgent-help topic (spec/knowledge-topics.md) the safety check-in offers. */
const CRISIS_TOPIC_ID = 'crisis';
/** The talk-to-a-person topic; without hand-off its answer is the helpline. */
const HUMAN_TOPIC_ID = 'human';
/** Staff support (occupational health, wellbeing services): offered to staff beside the check-in. */
const STAFF_SUPPORT_TOPIC_ID = 'staff-wellbeing';
const HANDOFF_STEP = 'startHandoff';
/**
 * The main dialog's only step before ordinary turns ran without the stack: a conversation stored
 * mid-hand-off by that version has it under the hand-off, and resumes it when the hand-off ends.
 */
const LEGACY_RESPOND = 'respond';

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
    this.addDialog(new WaterfallDialog(HANDOFF_STEP, [this.startHandoff.bind(this)]));
    this.addDialog(new WaterfallDialog(LEGACY_RESPOND, [async (step) => step.endDialog()]));
    if (options.handoffDialog) this.addDialog(options.handoffDialog);
    this.initialDialogId = HANDOFF_STEP;
  }

  /**
   * Runs one turn. A question and its answer need no dialog stack, so an ordinary turn is answered
   * directly (building the dialog context, its memory scopes and a waterfall is a good share of a
   * turn's cost under load); the stack is used only while a multi-turn flow (the hand-off) is running
   * or about to start.
   */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const running = ((await dialogState.get(context))?.dialogStack.length ?? 0) > 0;
    const handoff = running ? undefined : await this.respondTo(context);
    if (!running && handoff === undefined) return;
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    if (handoff !== undefined) {
      await dc.beginDialog(this.id, handoff);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      const next = await this.respondTo(context);
      if (next !== undefined) await dc.beginDialog(this.id, next);
    }
  }

  /** The hand-off flow, started with the request `respondTo` made. */
  private async startHandoff(step: WaterfallStepContext) {
    return step.beginDialog(HANDOFF_DIALOG, step.options as HandoffRequest);
  }

  /** Answers the turn; returns a hand-off request when the visitor asked for (or accepted) a person. */
  private async respondTo(context: TurnContext): Promise<HandoffRequest | undefined> {
    const { understanding, replies, knowledgeBase, memory, maxChars } = this.options;
    const audience = this.options.audienceOf(context);
    const text = (context.activity.text ?? '').trim();
    const remembered = await rememberedIn(memory, context);
    const canHandOff = this.options.handoffDialog !== undefined;

    // The page's "Talk to a person" button, or a "yes" to the person the last reply offered.
    // Tapped right after a check-in, the page's button accepts it as much as its own does.
    if (canHandOff && isHandoffRequest(context.activity)) return this.handoffRequest(context, remembered, remembered.offer === 'urgent' ? 'check-in' : 'asked');
    if (context.activity.type !== 'message') return undefined;
    // Not a "yes" to the ordinary offer that also speaks of risk ("yes, i've taken an overdose"): that
    // gets the urgent-help answer below, whose own offer of a person is urgent.
    const yesWithRisk = () => remembered.offer === 'normal' && !isReplyOnly(text) && understanding.checkSafety(text).risk;
    if (canHandOff && remembered.offer !== undefined && readYesNo(text) === 'yes' && !yesWithRisk())
      return this.handoffRequest(context, remembered, remembered.offer === 'urgent' ? 'check-in' : 'fallbacks');

    if (text.length === 0) {
      await context.sendActivity(replies.plain(messages.noText));
      return undefined;
    }
    if (text.length > maxChars) await context.sendActivity(replies.plain(messages.longMessage));

    const understood = await understanding.understand({ text, audience, previousTopicId: remembered.lastTopicId });
    const recognised = decisionForAudience(understood, knowledgeBase, audience);
    // "no", "not now", "ok" after an answer: acknowledged, not answered (or failed) again.
    const bare = replyOnlyOutcome({ text, understood: recognised, remembered, canHandOff, crisisTopicId: CRISIS_TOPIC_ID, humanTopicId: HUMAN_TOPIC_ID });
    // Without hand-off, a "yes" to what was offered is answered from the knowledge base.
    const decision: Understanding = bare?.kind === 'topic' ? { kind: 'answer', topicId: bare.topicId, score: 1, via: 'context' } : recognised;
    // The message may hold risk the safety check did not recognise: ask, and a "yes" brings a person at once.
    // Not on a "no" (an answer, with no risk to read), nor on the reply to the urgent offer just made
    // (the crisis answer or a check-in): the person has the numbers and has answered.
    // A bare "no" only: "no, i cannae see a way past the weekend" says more than its first word.
    const answersOffer = remembered.offer === 'urgent' || (readYesNo(text) === 'no' && isReplyOnly(text));
    const hasNumbers = bare?.kind === 'acknowledge' && bare.urgent;
    const checkIn = understood.checkIn === true && !answersOffer && !hasNumbers && !(decision.kind === 'answer' && findTopic(knowledgeBase, decision.topicId)?.action === 'crisis');
    // An offer stands for one reply only: anything but "yes" moves on.
    const next: ConversationMemory = { ...remembered, offer: undefined };
    /** The reply sent, whose buttons a check-in after it must keep. */
    let shown: Partial<Activity> | undefined;
    if (bare?.kind === 'acknowledge') {
      shown = acknowledgement(knowledgeBase, bare.urgent, canHandOff, CRISIS_TOPIC_ID);
      await context.sendActivity(shown);
      // It offers a person again, so a "yes" now still brings one.
      if (bare.urgent && canHandOff) next.offer = 'urgent';
    } else switch (decision.kind) {
      case 'answer': {
        const topic = findTopic(knowledgeBase, decision.topicId);
        if (!topic) throw new Error(`recogniser returned unknown topic ${decision.topicId}`);
        // Asked outright in a message that would have had a check-in: urgent, as a "yes" to the check-in is.
        if (canHandOff && topic.action === 'handoff') return this.handoffRequest(context, remembered, understood.checkIn ? 'check-in' : 'asked');
        shown = replies.answer(topic, audience, { alsoAsked: decision.alsoAsked });
        await context.sendActivity(shown);
        // The urgent-help answer offers a person at once; any hand-off from here on is urgent.
        if (topic.action === 'crisis') Object.assign(next, { offer: 'urgent', urgent: true });
        next.fallbacks = 0;
        next.lastTopicId = topic.id;
        break;
      }
      case 'clarify':
        shown = replies.clarify(decision.topicIds, audience);
        await context.sendActivity(shown);
        next.fallbacks = 0;
        break;
      case 'none':
        next.fallbacks = remembered.fallbacks + 1;
        shown = this.fallbackReply(next.fallbacks, checkIn);
        await context.sendActivity(shown);
        if (next.fallbacks >= 2) Object.assign(next, { fallbacks: 0, offer: remembered.urgent ? 'urgent' : 'normal' });
        break;
    }
    if (checkIn) {
      await context.sendActivity(replies.checkIn(CRISIS_TOPIC_ID, canHandOff, this.checkInKeeps(shown, audience)));
      // Remembered with hand-off off too: a "yes" to it then gets the urgent-help answer.
      next.offer = 'urgent';
    }
    await memory.set(context, next);
    return undefined;
  }

  /**
   * The buttons a check-in keeps after its own: the reply's it follows and, for staff, their own
   * support (staff are asked as the public are; the wording suits both), first and once.
   */
  private checkInKeeps(shown: Partial<Activity> | undefined, audience: Audience): CardAction[] {
    const kept = shown?.suggestedActions?.actions ?? [];
    const answered = (shown?.channelData as { topicId?: unknown } | undefined)?.topicId;
    const support = this.options.replies
      .visibleTopics(answered === STAFF_SUPPORT_TOPIC_ID ? [] : [STAFF_SUPPORT_TOPIC_ID], audience)
      .map((t): CardAction => ({ type: ActionTypes.ImBack, title: t.title, value: t.title }));
    return [...support, ...kept.filter((k) => !support.some((s) => s.title === k.title))];
  }

  /**
   * The second fallback in a row offers a person; with hand-off on, as a question a "yes" answers,
   * unless the check-in follows and asks it (urgently): then once, there.
   */
  private fallbackReply(consecutive: number, checkInFollows: boolean) {
    const reply = this.options.replies.fallback(consecutive, HUMAN_TOPIC_ID);
    if (consecutive >= 2 && this.options.handoffDialog) reply.text = linkify(checkInFollows ? handoffFlowMessages.notManagingBeforeCheckIn : handoffFlowMessages.offerAfterFallbacks);
    return reply;
  }

  /** The consent → queue or callback flow's request, as asked for; urgent for a check-in accepted (the flow reads the rest at consent). */
  private async handoffRequest(context: TurnContext, remembered: ConversationMemory, reason: HandoffReason): Promise<HandoffRequest> {
    // A check-in accepted is remembered. What the conversation already holds (the crisis answer, a check-in)
    // makes the request urgent at consent, where the flow reads it with any risk said since (`withRiskSeen`).
    const checkedIn = reason === 'check-in' && remembered.urgent !== true;
    await this.options.memory.set(context, { ...remembered, offer: undefined, fallbacks: 0, ...(checkedIn ? { checkedIn: true } : {}) });
    return { priority: reason === 'check-in' ? 'urgent' : 'normal', reason };
  }
}
