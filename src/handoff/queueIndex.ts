import { z } from 'zod';

/**
 * The ids of open hand-offs (queued or active), kept in Storage rather than in memory so every
 * instance sharing the storage sees one queue. The records themselves stay the source of truth for
 * status; the index only says which records to look at.
 */
export const queueIndexSchema = z.object({ ids: z.array(z.string()) });
export type QueueIndex = z.infer<typeof queueIndexSchema>;

export const storageKeys = {
  queueIndex: 'handoff/queue',
  waitHistory: 'handoff/wait-history',
  record: (id: string) => `handoff/record/${id}`,
} as const;

export function withId(index: QueueIndex | undefined, id: string): QueueIndex {
  const ids = index?.ids ?? [];
  return ids.includes(id) ? { ids } : { ids: [...ids, id] };
}

export function withoutId(index: QueueIndex | undefined, id: string): QueueIndex {
  return { ids: (index?.ids ?? []).filter((i) => i !== id) };
}
