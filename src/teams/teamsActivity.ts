import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** What the bot reads from a Teams activity's `channelData`; anything missing or malformed is left out. */
export const teamsChannelDataSchema = z
  .object({
    tenant: z.object({ id: z.string().min(1) }).partial().optional().catch(undefined),
    team: z.object({ id: z.string().min(1) }).partial().optional().catch(undefined),
    channel: z.object({ id: z.string().min(1) }).partial().optional().catch(undefined),
  })
  .passthrough();
export type TeamsChannelData = z.infer<typeof teamsChannelDataSchema>;

/** Teams' channel data, or an empty object when there is none or it is not an object. */
export function teamsChannelDataOf(channelData: unknown): TeamsChannelData {
  const parsed = teamsChannelDataSchema.safeParse(channelData);
  return parsed.success ? parsed.data : {};
}

export type TeamsConversationKind = 'personal' | 'groupChat' | 'channel';

/** Teams says `personal`, `groupChat` or `channel`; a thread in a channel is still `channel`. */
export function conversationKindOf(activity: Pick<Partial<Activity>, 'conversation'>): TeamsConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  return 'personal';
}

export function isTeams(activity: Pick<Partial<Activity>, 'channelId'>): boolean {
  return activity.channelId === 'msteams';
}
