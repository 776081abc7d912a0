import { z } from 'zod';

const isPlainObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Activities are stored as plain JSON (timestamps as ISO strings); reading turns them back. */
export const transcriptDocumentSchema = z.object({
  channelId: z.string(),
  conversationId: z.string(),
  created: z.string(),
  updated: z.string(),
  // Checked, not copied: z.record would rebuild every stored activity on each append.
  activities: z.custom<Record<string, unknown>[]>((v) => Array.isArray(v) && v.every(isPlainObject), 'activities must be objects'),
  /** More activities arrived than one transcript keeps; the later ones were not stored. */
  truncated: z.boolean().optional(),
});
export type TranscriptDocument = z.infer<typeof transcriptDocumentSchema>;

export const transcriptRefSchema = z.object({ channelId: z.string(), conversationId: z.string(), created: z.string() });
export type TranscriptRef = z.infer<typeof transcriptRefSchema>;

/** The transcripts started (or last moved) on one UTC day: how the purge finds them without listing storage. */
export const dayIndexSchema = z.object({ transcripts: z.array(transcriptRefSchema) });
export type DayIndex = z.infer<typeof dayIndexSchema>;

/** The oldest day whose index may still hold transcripts; the purge starts there. */
export const purgeCursorSchema = z.object({ oldestDay: z.string() });

export const transcriptKey = (channelId: string, conversationId: string) => `transcript/${channelId}/${conversationId}`;
export const dayIndexKey = (day: string) => `transcript-day/${day}`;
export const PURGE_CURSOR_KEY = 'transcript-purge';

/** `yyyy-mm-dd` in UTC. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}
