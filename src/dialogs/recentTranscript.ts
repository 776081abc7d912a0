import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { type TranscriptEntry, transcriptEntrySchema } from '../handoff/handoffRecord';

/**
 * The conversation so far, kept in conversation state so a person who takes over can read it
 * (the visitor is told so before agreeing). Bounded, so a long chat cannot grow the state for ever.
 */
/**
 * A topic's answer exactly as the bot sent it (already redaction-proof and short enough), kept as the
 * topic id: the answers are long and the state is read, hashed and written every turn. The text is
 * rendered again only when the transcript is handed to a person (`entriesForHandoff`).
 */
export const answeredEntrySchema = z.object({ from: z.literal('bot'), answered: z.string(), at: transcriptEntrySchema.shape.at });
export type AnsweredEntry = z.infer<typeof answeredEntrySchema>;
export type RecentEntry = TranscriptEntry | AnsweredEntry;

export const recentTranscriptSchema = z.object({
  entries: z.array(z.union([transcriptEntrySchema, answeredEntrySchema])).default([]),
  /** Topic ids the bot answered, newest last: the queue shows them to the agent. */
  topics: z.array(z.string()).default([]),
});
export type RecentTranscript = z.infer<typeof recentTranscriptSchema>;

export const MAX_ENTRIES = 40;
export const MAX_ENTRY_CHARS = 1000;
export const MAX_TOPICS = 5;

export function readRecentTranscript(value: unknown): RecentTranscript {
  const parsed = recentTranscriptSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { entries: [], topics: [] };
}

/**
 * The transcript as this bot stored it, for adding a turn: checks only the shape, so a turn does not
 * re-validate every entry's timestamp (zod rebuilds its datetime pattern per value). Anything else
 * goes through the full schema; readers that hand the transcript on (hand-offs) use `readRecentTranscript`.
 */
export function storedRecentTranscript(value: unknown): RecentTranscript {
  const stored = value as Partial<RecentTranscript> | undefined;
  // A conversation's first turn: what the schema makes of nothing.
  if (stored === undefined || stored === null) return { entries: [], topics: [] };
  if (Array.isArray(stored.entries) && Array.isArray(stored.topics)) return stored as RecentTranscript;
  return readRecentTranscript(value);
}

/** The text of a topic's answer as the bot sends it; undefined for a topic no longer in the knowledge base. */
export type AnswerText = (topicId: string) => string | undefined;

/** The entries with answers written out, for a person taking over (a topic gone since is left out). */
export function entriesForHandoff(transcript: RecentTranscript, answerText: AnswerText): TranscriptEntry[] {
  return transcript.entries.flatMap((e): TranscriptEntry[] => {
    if ('text' in e) return [e];
    const text = answerText(e.answered);
    return text === undefined ? [] : [{ from: 'bot', text, at: e.at }];
  });
}

/** Adds a turn's entries and answered topics, cutting long texts and keeping only the latest. */
export function withTurn(transcript: RecentTranscript, entries: readonly RecentEntry[], topics: readonly string[] = []): RecentTranscript {
  const cut = entries.filter((e) => !('text' in e) || e.text.trim() !== '').map((e) => ('text' in e ? { ...e, text: e.text.slice(0, MAX_ENTRY_CHARS) } : e));
  return {
    entries: [...transcript.entries, ...cut].slice(-MAX_ENTRIES),
    topics: [...transcript.topics.filter((t) => !topics.includes(t)), ...topics].slice(-MAX_TOPICS),
  };
}

const OFF_THE_RECORD = Symbol('offTheRecord');

/**
 * Keeps this turn out of the recent transcript: a callback request's name and number, and messages
 * relayed to a person (those are in the hand-off's own transcript).
 */
export function keepOffTheRecord(context: TurnContext): void {
  context.turnState.set(OFF_THE_RECORD, true);
}

export function isOffTheRecord(context: TurnContext): boolean {
  return context.turnState.get(OFF_THE_RECORD) === true;
}
