import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { z } from 'zod';

/** What the bot remembers about one conversation between turns (kept in conversation state). */
export const conversationMemorySchema = z.object({
  /** Fallbacks in a row; the second one offers a person. */
  fallbacks: z.number().int().min(0).default(0),
  lastTopicId: z.string().optional(),
  /**
   * A person was offered in the last reply (after two fallbacks, with the crisis answer, or by the safety
   * check-in); a "yes" now accepts. Without hand-off, "urgent" after a check-in means its "yes" gets the
   * urgent-help answer, and "normal" the helpline.
   */
  offer: z.enum(['normal', 'urgent']).optional(),
  /** The crisis answer was given in this conversation: any hand-off from it is urgent. */
  urgent: z.boolean().optional(),
  /**
   * The safety check-in was accepted (a person, after it), or given at the hand-off flow's questions
   * (a message there may hold risk the wording does not show): any hand-off from it is urgent, for that reason.
   */
  checkedIn: z.boolean().optional(),
  /** The open hand-off this conversation is in: its messages go to the person, not the recogniser. */
  handoffId: z.string().optional(),
  /** `HandoffTarget=omnichannel`: a hand-off was initiated and has not completed or failed yet. */
  omnichannel: z.enum(['initiated', 'accepted']).optional(),
});

export type ConversationMemory = z.infer<typeof conversationMemorySchema>;

/** Stored state is data from disk: anything unexpected starts afresh rather than failing the turn. */
export function readMemory(value: unknown): ConversationMemory {
  if (isWellFormed(value)) return { ...value };
  const parsed = conversationMemorySchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { fallbacks: 0 };
}

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
const CHECKS: Readonly<Record<keyof ConversationMemory, (v: unknown) => boolean>> = {
  fallbacks: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
  lastTopicId: optionalString,
  offer: (v) => v === undefined || v === 'normal' || v === 'urgent',
  urgent: (v) => v === undefined || typeof v === 'boolean',
  checkedIn: (v) => v === undefined || typeof v === 'boolean',
  handoffId: optionalString,
  omnichannel: (v) => v === undefined || v === 'initiated' || v === 'accepted',
};

/**
 * Memory exactly as this bot writes it: checked field by field, without zod building a copy on every
 * turn (the schema's parse runs twice a turn). Anything else (a missing count, an unknown key, a wrong
 * type) goes through the schema as before.
 */
function isWellFormed(value: unknown): value is ConversationMemory {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  if (!('fallbacks' in value)) return false;
  for (const key in value) {
    const check = Object.hasOwn(CHECKS, key) ? CHECKS[key as keyof ConversationMemory] : undefined;
    if (check === undefined || !check((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Risk was read in this conversation (the crisis answer, a check-in accepted, risk at the hand-off flow's questions): a hand-off from it is urgent. */
export function isUrgent(memory: ConversationMemory): boolean {
  return memory.urgent === true || memory.checkedIn === true;
}

/** The conversation's memory as this turn holds it, read as `readMemory` reads it (fresh when there is none). */
export async function rememberedIn(memory: StatePropertyAccessor<ConversationMemory>, context: TurnContext): Promise<ConversationMemory> {
  return readMemory(await memory.get(context, { fallbacks: 0 }));
}

/** Sets some of the conversation's memory and keeps the rest. */
export async function changeMemory(memory: StatePropertyAccessor<ConversationMemory>, context: TurnContext, change: Partial<ConversationMemory>): Promise<void> {
  await memory.set(context, { ...(await rememberedIn(memory, context)), ...change });
}
