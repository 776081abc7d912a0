import { ActionTypes, type Activity, type CardAction, MessageFactory } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { findTopic } from '../knowledge/knowledgeBase';
import { messages } from '../messages';
import { isReplyOnly } from '../recognition/replyWording';
import type { Understanding } from '../recognition/understandMessage';
import { linkify } from '../rendering/linkify';
import type { ConversationMemory } from './conversationMemory';
import { readYesNo } from './handoffWords';

/** What a whole reply ("no", "not now", "ok", "yes") gets when it is not accepting a person the bot can bring. */
export type ReplyOnlyOutcome =
  /** Accepting what was offered without hand-off: the urgent-help answer (check-in) or the helpline (`human`). */
  | { readonly kind: 'topic'; readonly topicId: string }
  /** A short acknowledgement; `urgent` keeps the 999 and Samaritans lines and a person. */
  | { readonly kind: 'acknowledge'; readonly urgent: boolean };

export interface ReplyOnlyInput {
  readonly text: string;
  readonly understood: Understanding;
  readonly remembered: ConversationMemory;
  readonly canHandOff: boolean;
  readonly crisisTopicId: string;
  readonly humanTopicId: string;
}

/**
 * A bare reply after an answer or an offer has nothing to answer from the knowledge base: before,
 * the follow-up rule read "no" with the previous topic's title and gave that answer again. Undefined
 * when the message is more than a reply, when nothing came before it, or when the understanding
 * found something else to answer ("no thanks" is thanks).
 */
export function replyOnlyOutcome(input: ReplyOnlyInput): ReplyOnlyOutcome | undefined {
  const { text, understood, remembered, canHandOff, crisisTopicId } = input;
  if (!isReplyOnly(text) || (remembered.lastTopicId === undefined && remembered.offer === undefined)) return undefined;
  const urgent = remembered.urgent === true || remembered.offer === 'urgent';
  // "not right now" can rank as the urgent-help answer on its own (or a choice with it, or a check-in): after
  // that answer or an urgent offer, it answers them, and the acknowledgement keeps their numbers.
  const leansToCrisis =
    understood.checkIn === true || (understood.kind === 'answer' && understood.topicId === crisisTopicId) || (understood.kind === 'clarify' && understood.topicIds.includes(crisisTopicId));
  const crisisAgain = urgent && understood.via !== 'safety' && leansToCrisis;
  if (understood.kind !== 'none' && !crisisAgain) return undefined;
  if (readYesNo(text) === 'yes' && !canHandOff) {
    // Without hand-off nobody can be brought: a yes to the check-in is a yes to "are you at risk".
    if (remembered.offer === 'urgent' && remembered.lastTopicId !== crisisTopicId) return { kind: 'topic', topicId: crisisTopicId };
    if (remembered.offer === 'normal') return { kind: 'topic', topicId: input.humanTopicId };
  }
  return { kind: 'acknowledge', urgent };
}

/** The acknowledgement: short; when urgent, the numbers, the urgent-help answer a tap away, and a person. */
export function acknowledgement(knowledgeBase: KnowledgeBase, urgent: boolean, canHandOff: boolean, crisisTopicId: string): Partial<Activity> {
  if (!urgent) {
    const reply = MessageFactory.text(linkify(messages.acknowledged));
    reply.textFormat = 'markdown';
    return reply;
  }
  const crisis = findTopic(knowledgeBase, crisisTopicId);
  const buttons: CardAction[] = [
    ...(crisis ? [{ type: ActionTypes.ImBack, title: crisis.title, value: crisis.title }] : []),
    ...(canHandOff ? [{ type: ActionTypes.ImBack, title: messages.talkToPerson, value: messages.talkToPerson }] : []),
  ];
  const person = canHandOff ? messages.acknowledgedUrgentPerson : messages.acknowledgedUrgentHelpline;
  const reply = MessageFactory.suggestedActions(buttons, linkify(`${messages.acknowledgedUrgent} ${person}`));
  reply.textFormat = 'markdown';
  return reply;
}
