import { ActionTypes, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { HandoffEvents } from '../handoff/handoffEvents';
import type { HandoffQueue } from '../handoff/handoffQueue';
import { type Handoff, isOpenHandoff } from '../handoff/handoffRecord';
import { handoffFlowMessages as say, messages } from '../messages';
import { checkSafety, type SafetyResult } from '../recognition/safetyCheck';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import { type ConversationMemory, changeMemory, rememberedIn } from './conversationMemory';
import { isEndChat, isHandoffRequest, replyKey } from './handoffWords';
import { keepOffTheRecord } from './recentTranscript';

/** Longest visitor message kept in a hand-off transcript (the agent API allows the same). */
export const MAX_RELAYED_CHARS = 4000;

/** An answer typed at a question of the hand-off, as the bot would read it were it a question. */
export interface AnswerReading {
  /** The bot would give the urgent-help answer or the safety check-in: risk the wording does not show ("i feel hopeless"). */
  readonly mayHoldRisk: boolean;
  /** The bot would start a hand-off ("just put me through"). */
  readonly asksForPerson: boolean;
}

/** Reads an answer as the bot would read it; the bot passes its understanding. */
export type ReadAnswer = (context: TurnContext, text: string) => Promise<AnswerReading>;

/** The reason flagged for the person when only that reading, not the wording, saw risk. */
export const POSSIBLE_RISK = 'possible risk: the safety check-in';

export interface VisitorRelayOptions {
  readonly queue: HandoffQueue;
  readonly events: HandoffEvents;
  readonly replies: ReplyBuilder;
  readonly memory: StatePropertyAccessor<ConversationMemory>;
  /** The safety check to read each message with (default: the wording check as written; the bot passes its respelling one). */
  readonly checkSafety?: (text: string) => SafetyResult;
  /** Risk the wording does not show, read in a waiting visitor's messages; without it, only the wording is read. */
  readonly readAnswer?: ReadAnswer;
}

/**
 * While the conversation has a queued or active hand-off, the visitor's messages go into its
 * transcript for the person (and to listeners such as Teams), never to the recogniser. The safety
 * check still reads each one: risk-to-life wording flags the hand-off, makes a waiting visitor
 * urgent, and gives the visitor the crisis numbers at once. A waiting visitor's message is also read
 * as the bot reads a question, and one the bot would meet with the urgent-help answer or the check-in
 * is treated the same way (in a live chat the person is reading already). "end chat" or "cancel" leaves.
 */
export class VisitorRelay {
  constructor(private readonly options: VisitorRelayOptions) {}

  /** True when the turn belonged to the hand-off and the bot must not answer it. */
  async handle(context: TurnContext): Promise<boolean> {
    const { queue, memory } = this.options;
    const remembered = await rememberedIn(memory, context);
    if (remembered.handoffId === undefined) return false;
    const handoff = await queue.get(remembered.handoffId);
    if (handoff === undefined || !isOpenHandoff(handoff)) {
      // Ended by the agent or the queue timeout (the visitor was told then): the bot answers again.
      await memory.set(context, { ...remembered, handoffId: undefined });
      return false;
    }
    if (context.activity.type !== 'message') return true;
    keepOffTheRecord(context);
    const text = (context.activity.text ?? '').trim();
    if (isHandoffRequest(context.activity) || replyKey(text) === replyKey(messages.talkToPerson)) {
      await this.remindWhereTheyAre(context, handoff);
      return true;
    }
    if (text === '') {
      await context.sendActivity(this.options.replies.plain(say.relayTextOnly));
      return true;
    }
    if (isEndChat(text)) {
      await this.leave(context, handoff);
      return true;
    }
    return this.relay(context, handoff, text);
  }

  private async relay(context: TurnContext, handoff: Handoff, text: string): Promise<boolean> {
    const { queue, replies, memory } = this.options;
    const appended = await passOnToPerson(this.options, handoff.id, text);
    if (appended === undefined) {
      // It ended between the read and the write: this message is for the bot after all.
      await changeMemory(memory, context, { handoffId: undefined });
      return false;
    }
    const reason = await this.riskIn(context, text, appended.status === 'queued');
    if (reason !== undefined) {
      const before = appended.status === 'queued' ? await queue.position(handoff.id) : undefined;
      await flagRiskForPerson(this.options, handoff.id, reason);
      await context.sendActivity(replies.plain(before?.kind === 'queued' ? await this.riskPlace(handoff.id, before.position) : say.riskWhileTalking));
      return true;
    }
    // Someone waiting hears that their words are kept; in a live chat the person answers instead.
    if (appended.status === 'queued') await context.sendActivity(replies.plain(say.passedOn));
    return true;
  }

  /** The risk read in a message: its wording, or (waiting) the bot's reading of it. */
  private async riskIn(context: TurnContext, text: string, waiting: boolean): Promise<string | undefined> {
    const safety = (this.options.checkSafety ?? checkSafety)(text);
    if (safety.risk) return safety.reason;
    const { readAnswer } = this.options;
    return waiting && readAnswer !== undefined && (await readAnswer(context, text)).mayHoldRisk ? POSSIBLE_RISK : undefined;
  }

  /**
   * What a waiting visitor at risk is told: their place now, as it is (an earlier urgent visitor
   * stays ahead), and noted so the position job does not tell them again.
   */
  private async riskPlace(id: string, positionBefore: number): Promise<string> {
    const { queue } = this.options;
    const place = await queue.position(id);
    // Taken by an agent in the meantime (they see the flag), or ended: no place to give.
    if (place.kind !== 'queued') return place.kind === 'not-queued' && place.handoff.status === 'active' ? say.riskWhileTalking : say.urgentNumbers;
    await queue.notePosition(id, place.position);
    return say.riskWhileWaiting(place.position, place.position < positionBefore);
  }

  private async leave(context: TurnContext, handoff: Handoff): Promise<void> {
    const { queue, events, replies, memory } = this.options;
    const ended = handoff.status === 'queued' ? await queue.abandon(handoff.id, 'visitor') : await queue.close(handoff.id, { endedBy: 'visitor' });
    if (ended.kind === 'abandoned' || ended.kind === 'closed') await events.closed(ended.handoff);
    // A claim can land between the read and the abandon: then it is a live chat to close instead.
    if (ended.kind === 'not-queued' && isOpenHandoff(ended.handoff)) {
      const closed = await queue.close(handoff.id, { endedBy: 'visitor' });
      if (closed.kind === 'closed') await events.closed(closed.handoff);
    }
    await changeMemory(memory, context, { handoffId: undefined });
    const left = handoff.status === 'queued' && ended.kind === 'abandoned';
    // Leaving before anyone has talked with them, someone urgent goes with the numbers again.
    const text = !left ? say.endedChat : handoff.priority === 'urgent' ? `${say.urgentNumbers}\n\n${say.leftQueue}` : say.leftQueue;
    await context.sendActivity(replies.plain(text));
  }

  private async remindWhereTheyAre(context: TurnContext, handoff: Handoff): Promise<void> {
    const endChat = [{ type: ActionTypes.ImBack, title: say.endChatButton, value: say.endChatButton }];
    if (handoff.status === 'active') {
      await context.sendActivity(MessageFactory.suggestedActions(endChat, say.alreadyTalking));
      return;
    }
    const place = await this.options.queue.position(handoff.id);
    await context.sendActivity(MessageFactory.suggestedActions(endChat, say.alreadyQueued(place.kind === 'queued' ? place.position : 1)));
  }
}

type HandoffWriters = { readonly queue: HandoffQueue; readonly events: HandoffEvents };

/** Adds the visitor's message to the hand-off's transcript and tells listeners; undefined when the hand-off has ended. */
export async function passOnToPerson({ queue, events }: HandoffWriters, handoffId: string, text: string): Promise<Handoff | undefined> {
  const appended = await queue.appendMessage(handoffId, { from: 'visitor', text: text.slice(0, MAX_RELAYED_CHARS) });
  if (appended.kind !== 'appended') return undefined;
  const entry = appended.handoff.transcript.at(-1);
  if (entry !== undefined) await events.visitorMessage(appended.handoff, entry);
  return appended.handoff;
}

/** Flags the hand-off with the risk the safety check read (urgent, ahead of others) and tells listeners. */
export async function flagRiskForPerson({ queue, events }: HandoffWriters, handoffId: string, reason: string): Promise<void> {
  const flagged = await queue.flagRisk(handoffId, reason);
  if (flagged.kind === 'flagged') await events.riskFlagged(flagged.handoff);
}
