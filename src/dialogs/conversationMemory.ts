import { z } from 'zod';

/** What the bot remembers about one conversation between turns (kept in conversation state). */
export const conversationMemorySchema = z.object({
  /** Fallbacks in a row; the second one offers a person. */
  fallbacks: z.number().int().min(0).default(0),
  lastTopicId: z.string().optional(),
  /** A person was offered in the last reply (after two fallbacks, or with the crisis answer); a "yes" now accepts. */
  offer: z.enum(['normal', 'urgent']).optional(),
  /** The crisis answer was given in this conversation: any hand-off from it is urgent. */
  urgent: z.boolean().optional(),
  /** The open hand-off this conversation is in: its messages go to the person, not the recogniser. */
  handoffId: z.string().optional(),
  /** `HandoffTarget=omnichannel`: a hand-off was initiated and has not completed or failed yet. */
  omnichannel: z.enum(['initiated', 'accepted']).optional(),
});

export type ConversationMemory = z.infer<typeof conversationMemorySchema>;

/** Stored state is data from disk: anything unexpected starts afresh rather than failing the turn. */
export function readMemory(value: unknown): ConversationMemory {
  const parsed = conversationMemorySchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { fallbacks: 0 };
}
