import { z } from 'zod';
import type { CallbackRequest } from '../handoff/callbacks';
import type { Handoff } from '../handoff/handoffRecord';

/** Request bodies of the agent API: the one source of truth for what is accepted. */
export const presenceBodySchema = z.object({ status: z.enum(['online', 'offline']) });
export const claimBodySchema = z.object({
  /** The name the visitor is told; defaults to the name the console key belongs to. */
  agentName: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters').optional(),
});
export const messageBodySchema = z.object({
  text: z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters'),
});

/** A zod failure as one sentence naming the fields, for a 400 body. */
export function describeBodyProblem(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** One line of `GET /api/agent/queue`. */
export function queueItemView(h: Handoff) {
  return {
    id: h.id,
    conversationId: h.conversationId,
    status: h.status,
    priority: h.priority,
    waitingSince: h.waitingSince,
    channel: h.channel,
    summary: h.summary,
    lastTopics: h.lastTopics,
    ...(h.claimedBy === undefined ? {} : { claimedBy: h.claimedBy }),
    // Flags the console shows: risk-to-life wording seen, and an agent reminded of a quiet chat.
    ...(h.risk === undefined ? {} : { risk: h.risk }),
    ...(h.agentReminder === undefined ? {} : { agentReminder: h.agentReminder }),
  };
}

/** A hand-off for the console: everything but the channel's routing details. */
export function handoffView(h: Handoff) {
  const { conversationReference: _reference, ...rest } = h;
  return rest;
}

export function callbackView(c: CallbackRequest) {
  return c;
}
