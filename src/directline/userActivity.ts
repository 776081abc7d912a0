import { z } from 'zod';

/**
 * What a visitor may post: the fields Web Chat sends. Anything else (ids, timestamps, `from.role`,
 * `conversation`, `serviceUrl`) is set by the server, so a client cannot pose as the bot or write
 * into another conversation.
 */
export const postedActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  localTimestamp: z.string().max(40).optional(),
  localTimezone: z.string().max(100).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  from: z.object({ name: z.string().max(100).optional() }).optional(),
  attachments: z.array(z.unknown()).max(0, 'attachments are not accepted here').optional(),
});
export type PostedActivity = z.infer<typeof postedActivitySchema>;

export interface Participants {
  readonly conversationId: string;
  readonly userId: string;
  readonly botId: string;
}

/** The user's activity as the log records it and the bot receives it (the bot also gets a `serviceUrl`). */
export function toUserActivity(posted: PostedActivity, who: Participants): Record<string, unknown> {
  const { from, attachments: _ignored, ...rest } = posted;
  return {
    ...rest,
    channelId: 'directline',
    conversation: { id: who.conversationId },
    from: { id: who.userId, ...(from?.name ? { name: from.name } : {}), role: 'user' },
    recipient: { id: who.botId, role: 'bot' },
  };
}

/** The `conversationUpdate` a channel sends when the user joins; the bot answers it with its welcome. */
export function joinedActivity(who: Participants): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    membersAdded: [{ id: who.userId, role: 'user' }],
    channelId: 'directline',
    conversation: { id: who.conversationId },
    from: { id: who.userId, role: 'user' },
    recipient: { id: who.botId, role: 'bot' },
  };
}

/** A bot's reply as the log records it: its own fields, but the conversation is the one in the URL. */
export function toBotActivity(body: Record<string, unknown>, conversationId: string): Record<string, unknown> {
  const { id: _id, serviceUrl: _serviceUrl, timestamp: _timestamp, ...rest } = body;
  return { ...rest, channelId: 'directline', conversation: { id: conversationId } };
}
