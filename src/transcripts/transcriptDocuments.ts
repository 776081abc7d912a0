import { z } from 'zod';

const isPlainObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

const activitiesSchema = z.custom<Record<string, unknown>[]>((v) => Array.isArray(v) && v.every(isPlainObject), 'activities must be objects');

/**
 * A conversation's transcript: this head, and its activities in page documents (`transcriptPageKey`),
 * one per append (a turn's activities), so appending writes only what is new. Activities are
 * stored as plain JSON (timestamps as ISO strings); reading turns them back.
 */
export const transcriptDocumentSchema = z.object({
  channelId: z.string(),
  conversationId: z.string(),
  created: z.string(),
  /** When the head was last written; a page's own `updated` is later once it has been appended to. */
  updated: z.string(),
  /**
   * Activities kept in the head itself: how transcripts were stored before they had pages (one
   * document per conversation). Still read, never added to.
   */
  // Checked, not copied: z.record would rebuild every stored activity on each read.
  activities: activitiesSchema.optional(),
  /** Page documents 0 … pages − 1. */
  pages: z.number().int().min(0).optional(),
  /** Activities stored in the head and its pages; absent on heads written before it was counted. */
  count: z.number().int().min(0).optional(),
  /** More activities arrived than one transcript keeps; the later ones were not stored. */
  truncated: z.boolean().optional(),
});
export type TranscriptDocument = z.infer<typeof transcriptDocumentSchema>;

export const transcriptPageSchema = z.object({ activities: activitiesSchema, updated: z.string() });
export type TranscriptPage = z.infer<typeof transcriptPageSchema>;

export const transcriptRefSchema = z.object({ channelId: z.string(), conversationId: z.string(), created: z.string() });
export type TranscriptRef = z.infer<typeof transcriptRefSchema>;

const isTranscriptRef = (v: unknown): boolean => {
  if (!isPlainObject(v)) return false;
  const { channelId, conversationId, created } = v as Record<string, unknown>;
  return typeof channelId === 'string' && typeof conversationId === 'string' && typeof created === 'string';
};

/** The transcripts started (or last moved) on one UTC day: how the purge finds them without listing storage. */
export const dayIndexSchema = z.object({
  // Checked as transcriptRefSchema would, not copied: a busy day's shard lists hundreds of transcripts
  // and is read (then written whole) for each new one; z.array would rebuild every entry each time.
  transcripts: z.custom<TranscriptRef[]>((v) => Array.isArray(v) && v.every(isTranscriptRef), 'transcripts must be transcript references'),
});
export type DayIndex = z.infer<typeof dayIndexSchema>;

/** The oldest day whose index may still hold transcripts; the purge starts there. */
export const purgeCursorSchema = z.object({ oldestDay: z.string() });

export const transcriptKey = (channelId: string, conversationId: string) => `transcript/${channelId}/${conversationId}`;
/** Under its own prefix, ending in the page number, so no conversation id can name another's page. */
export const transcriptPageKey = (channelId: string, conversationId: string, page: number) => `transcript-page/${channelId}/${conversationId}/${page}`;
/**
 * A day's index is split into shards by conversation, so a busy day's index is many short
 * documents, not one that every new conversation rewrites whole (thousands of entries by evening).
 */
export const DAY_INDEX_SHARDS = 16;

/** One shard of a day's index; without a shard, the single index a day had before shards (still read and purged). */
export const dayIndexKey = (day: string, shard?: number) => (shard === undefined ? `transcript-day/${day}` : `transcript-day/${day}/${shard}`);

/** Every index document a day may have: the shards, and the unsharded one of older data. */
export function dayIndexKeys(day: string): string[] {
  return [dayIndexKey(day), ...Array.from({ length: DAY_INDEX_SHARDS }, (_, shard) => dayIndexKey(day, shard))];
}

/** The shard a conversation's entries go to (FNV-1a of its ids): stable across instances and restarts. */
export function dayIndexShard(channelId: string, conversationId: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `${channelId}/${conversationId}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193);
  return (hash >>> 0) % DAY_INDEX_SHARDS;
}
export const PURGE_CURSOR_KEY = 'transcript-purge';

/** `yyyy-mm-dd` in UTC. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}
