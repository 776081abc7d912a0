import { ActionTypes, MessageFactory, TurnContext } from 'botbuilder';
import type { Handoff, StoredConversationReference } from '../handoff/handoffRecord';
import { handoffFlowMessages as say } from '../messages';
import { rememberedIn } from './conversationMemory';
import type { HandoffFlowOptions } from './handoffDialog';
import { type HandoffRequest, handoffSummary } from './handoffSummary';
import { entriesForHandoff, readRecentTranscript } from './recentTranscript';

/**
 * Puts the visitor in the queue with the conversation so far, remembers the hand-off in
 * conversation state (so their next messages go to the person), and tells them their place and
 * how long recent chats have waited. Returns the hand-off they are in (new, or already open).
 */
export async function queueVisitor(context: TurnContext, options: HandoffFlowOptions, request: HandoffRequest): Promise<Handoff> {
  const { services, events, knowledgeBase, memory, recent, replies } = options;
  const { queue, settings } = services;
  const remembered = await rememberedIn(memory, context);
  const transcript = readRecentTranscript(await recent.get(context));
  const result = await queue.enqueue({
    conversationReference: plainReference(context),
    channel: context.activity.channelId ?? 'unknown',
    priority: request.priority,
    summary: handoffSummary(request.reason, transcript.topics, knowledgeBase),
    lastTopics: transcript.topics,
    transcript: entriesForHandoff(transcript, (id) => replies.answerText(id)),
  });
  const handoff = result.handoff;
  await memory.set(context, { ...remembered, handoffId: handoff.id, offer: undefined, fallbacks: 0 });

  const endChat = [{ type: ActionTypes.ImBack, title: say.endChatButton, value: say.endChatButton }];
  if (result.kind === 'already-open' && handoff.status === 'active') {
    await context.sendActivity(MessageFactory.suggestedActions(endChat, say.alreadyTalking));
    return handoff;
  }
  const place = await queue.position(handoff.id);
  const position = place.kind === 'queued' ? place.position : 1;
  await queue.notePosition(handoff.id, position);
  if (result.kind === 'already-open') {
    await context.sendActivity(MessageFactory.suggestedActions(endChat, say.alreadyQueued(position)));
    return handoff;
  }
  const wait = await queue.estimatedWait();
  const text = [say.queued(position), wait.kind === 'estimate' ? say.waitEstimate(wait.minutes) : say.waitUnknown, say.whileWaiting(handoff.priority === 'urgent' ? undefined : settings.HandoffQueueTimeoutMinutes)].join(' ');
  await context.sendActivity(MessageFactory.suggestedActions(endChat, text));
  await events.created(handoff);
  return handoff;
}

/** The reference as plain JSON (no undefined fields), the form Storage keeps. */
function plainReference(context: TurnContext): StoredConversationReference {
  return JSON.parse(JSON.stringify(TurnContext.getConversationReference(context.activity))) as StoredConversationReference;
}
