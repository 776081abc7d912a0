import { z } from 'zod';
import { redactorFor, type SpeakerRedactors } from '../privacy/speakerRedactors';

const isoInstant = z.string().datetime({ offset: true });

export const transcriptEntrySchema = z.object({
  from: z.enum(['visitor', 'bot', 'agent']),
  text: z.string(),
  at: isoInstant,
});
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

/**
 * Enough of a Bot Framework ConversationReference to reach the visitor again proactively; the rest
 * of what the channel sent is kept as it was.
 */
export const conversationReferenceSchema = z
  .object({
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    serviceUrl: z.string().optional(),
    channelId: z.string().optional(),
  })
  .passthrough();
export type StoredConversationReference = z.infer<typeof conversationReferenceSchema>;

export const handoffStatusSchema = z.enum(['queued', 'active', 'closed', 'abandoned']);
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;

export const handoffPrioritySchema = z.enum(['urgent', 'normal']);
export type HandoffPriority = z.infer<typeof handoffPrioritySchema>;

export const handoffSchema = z.object({
  id: z.string().min(1),
  conversationId: z.string().min(1),
  conversationReference: conversationReferenceSchema,
  channel: z.string(),
  status: handoffStatusSchema,
  priority: handoffPrioritySchema,
  waitingSince: isoInstant,
  /** The name the visitor is told (from the claim). */
  claimedBy: z.string().optional(),
  /** The console key's owner, who alone may write in or end an active chat. */
  claimedByAgent: z.string().optional(),
  claimedAt: isoInstant.optional(),
  endedAt: isoInstant.optional(),
  endedBy: z.enum(['agent', 'visitor', 'timeout']).optional(),
  /** Last message from the visitor; the queue timeout counts from here. */
  lastVisitorAt: isoInstant,
  /** A line or two for the queue, written by the bot (never the visitor's own words in full). */
  summary: z.string(),
  /** Topic ids the bot answered most recently, newest last. */
  lastTopics: z.array(z.string()),
  transcript: z.array(transcriptEntrySchema),
  /** Set when the safety check found risk-to-life wording in a message the visitor wrote while handed off. */
  risk: z.object({ flaggedAt: isoInstant, reason: z.string(), lastFlaggedAt: isoInstant }).optional(),
  /** Set when the agent holding the chat has been quiet for `AgentReminderMinutes`; cleared when they write. */
  agentReminder: z.object({ remindedAt: isoInstant, quietSince: isoInstant }).optional(),
  /** The queue position the visitor was last told, so they hear again only when it changes. */
  toldPosition: z.number().int().positive().optional(),
  /** The helpline's next opening (or "unknown") when a waiting visitor was told the team had closed: once per closure. */
  toldClosedUntil: z.string().optional(),
});
export type Handoff = z.infer<typeof handoffSchema>;

export const newHandoffSchema = handoffSchema.pick({ conversationReference: true, channel: true, priority: true, summary: true, lastTopics: true }).extend({
  transcript: z.array(transcriptEntrySchema).default([]),
});
export type NewHandoff = z.input<typeof newHandoffSchema>;

/**
 * The record as kept once the chat is over: the transcript and summary redacted. Only an open
 * hand-off needs the visitor's words as written (the agent is reading them).
 */
export function redactedForArchive(handoff: Handoff, redactors: SpeakerRedactors): Handoff {
  return {
    ...handoff,
    summary: redactors.service(handoff.summary),
    transcript: handoff.transcript.map((entry) => ({ ...entry, text: redactorFor(entry.from, redactors)(entry.text) })),
  };
}

export function isOpenHandoff(handoff: Pick<Handoff, 'status'>): boolean {
  return handoff.status === 'queued' || handoff.status === 'active';
}

const PRIORITY_RANK: Record<HandoffPriority, number> = { urgent: 0, normal: 1 };
const STATUS_RANK: Record<HandoffStatus, number> = { queued: 0, active: 1, closed: 2, abandoned: 2 };

/** Queue order: waiting before in progress, urgent before normal, then whoever has waited longest. */
export function compareQueueOrder(a: Handoff, b: Handoff): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    Date.parse(a.waitingSince) - Date.parse(b.waitingSince) ||
    a.id.localeCompare(b.id)
  );
}

/** When the agent last spoke in a chat: their latest message, or the claim. */
export function lastAgentWord(handoff: Handoff): string | undefined {
  const said = handoff.transcript.filter((e) => e.from === 'agent').at(-1)?.at;
  return said !== undefined && (handoff.claimedAt === undefined || said > handoff.claimedAt) ? said : handoff.claimedAt;
}

/**
 * Queued and silent since `cutoff`. Never an urgent hand-off (the crisis answer, a check-in, risk
 * said while waiting): silence is no sign that the person is safe, so it waits for an agent.
 */
export function timesOut(handoff: Handoff, cutoff: number): boolean {
  return handoff.status === 'queued' && handoff.priority !== 'urgent' && Date.parse(handoff.lastVisitorAt) <= cutoff;
}
