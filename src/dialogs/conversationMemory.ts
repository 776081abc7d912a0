import { z } from 'zod';

/** What the bot remembers about one conversation between turns (kept in conversation state). */
export const conversationMemorySchema = z.object({
  /** Fallbacks in a row; the second one offers a person. */
  fallbacks: z.number().int().min(0).default(0),
  lastTopicId: z.string().optional(),
});

export type ConversationMemory = z.infer<typeof conversationMemorySchema>;

/** Stored state is data from disk: anything unexpected starts afresh rather than failing the turn. */
export function readMemory(value: unknown): ConversationMemory {
  const parsed = conversationMemorySchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { fallbacks: 0 };
}
