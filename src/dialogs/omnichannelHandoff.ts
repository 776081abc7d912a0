import { type Activity, ActivityTypes, EventFactory, type StatePropertyAccessor, type Transcript, type TurnContext } from 'botbuilder';
import { describeWeeklyHours } from '../handoff/describeHours';
import type { HandoffServices } from '../handoff/buildHandoff';
import type { TranscriptEntry } from '../handoff/handoffRecord';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { handoffFlowMessages as say } from '../messages';
import type { ReplyBuilder } from '../rendering/replyBuilder';
import { type ConversationMemory, isUrgent, rememberedIn } from './conversationMemory';
import { type HandoffRequest, handoffSummary } from './handoffSummary';
import { entriesForHandoff, readRecentTranscript, type RecentTranscript } from './recentTranscript';

/** The Bot Framework hand-off protocol's status event (`handoff.status`). */
export const HANDOFF_STATUS_EVENT = 'handoff.status';

export interface OmnichannelOptions {
  readonly services: Pick<HandoffServices, 'schedule'>;
  readonly replies: ReplyBuilder;
  readonly knowledgeBase: KnowledgeBase;
  readonly memory: StatePropertyAccessor<ConversationMemory>;
  readonly recent: StatePropertyAccessor<RecentTranscript>;
}

/** Risk read in the visitor's reply to the consent question (its wording, or the check-in's reading), which the person must see. */
export interface RiskInConsent {
  readonly reason: string;
  /** The visitor's words, as typed: the live transcript a person needs (recorded redacted after the turn). */
  readonly entry: TranscriptEntry;
}

/**
 * `HandoffTarget=omnichannel`: sends `handoff.initiate` with the conversation so far attached and
 * lets the channel (Dynamics 365 Omnichannel or another engagement hub) route it to a person.
 * The bot relays nothing itself; it only answers `handoff.status` events. A "yes" that spoke of risk
 * is recorded only after the turn, so its words are added to the transcript here, and the risk named.
 */
export async function initiateOmnichannelHandoff(context: TurnContext, options: OmnichannelOptions, request: HandoffRequest, risk?: RiskInConsent): Promise<void> {
  const recent = readRecentTranscript(await options.recent.get(context));
  const entries = [...entriesForHandoff(recent, (id) => options.replies.answerText(id)), ...(risk === undefined ? [] : [risk.entry])];
  const transcript: Transcript = { activities: entries.map((entry) => transcriptActivity(context, entry)) };
  const handoffContext = {
    skill: 'helpline',
    priority: request.priority,
    reason: request.reason,
    summary: handoffSummary(request.reason, recent.topics, options.knowledgeBase),
    lastTopics: recent.topics,
    ...(risk === undefined ? {} : { risk: risk.reason }),
  };
  await context.sendActivity(EventFactory.createHandoffInitiation(context, handoffContext, transcript));
  await context.sendActivity(options.replies.plain(say.omnichannelPassing));
  const memory = await rememberedIn(options.memory, context);
  await options.memory.set(context, { ...memory, omnichannel: 'initiated', offer: undefined, fallbacks: 0 });
}

export function isHandoffStatus(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Event && activity.name === HANDOFF_STATUS_EVENT;
}

/** `accepted` → tell the visitor; `failed` → apologise and give the helpline; `completed` → the bot answers again. */
export async function handleHandoffStatus(context: TurnContext, options: OmnichannelOptions): Promise<void> {
  const state = (context.activity.value as { state?: unknown } | undefined)?.state;
  const memory = await rememberedIn(options.memory, context);
  switch (state) {
    case 'accepted':
      await context.sendActivity(options.replies.plain(say.omnichannelAccepted));
      await options.memory.set(context, { ...memory, omnichannel: 'accepted' });
      return;
    case 'failed': {
      // Someone who may be at risk is not left with office hours alone.
      const failed = say.omnichannelFailed(describeWeeklyHours(options.services.schedule.hours));
      await context.sendActivity(options.replies.plain(isUrgent(memory) ? `${say.urgentNumbers}\n\n${failed}` : failed));
      await options.memory.set(context, { ...memory, omnichannel: undefined });
      return;
    }
    case 'completed':
      await context.sendActivity(options.replies.plain(say.omnichannelCompleted));
      await options.memory.set(context, { ...memory, omnichannel: undefined });
      return;
    default:
      // Other states (typing, or ones added later) need nothing from the bot.
      return;
  }
}

function transcriptActivity(context: TurnContext, entry: TranscriptEntry): Activity {
  const visitor = entry.from === 'visitor';
  const person = visitor ? context.activity.from : context.activity.recipient;
  return {
    type: ActivityTypes.Message,
    text: entry.text,
    timestamp: new Date(entry.at),
    from: { ...person, role: visitor ? 'user' : 'bot' },
    conversation: context.activity.conversation,
    channelId: context.activity.channelId,
  } as Activity;
}
