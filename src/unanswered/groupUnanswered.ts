import type { UnansweredEntry, UnansweredKind } from './unansweredLog';

/** Messages that are the same or similar enough to need the same fix in the knowledge base. */
export interface UnansweredGroup {
  readonly total: number;
  readonly byKind: Readonly<Record<UnansweredKind, number>>;
  /** The group's messages, most frequent first. */
  readonly examples: readonly { readonly text: string; readonly count: number }[];
  /** Topics the "did you mean" choices offered, most often first. */
  readonly offered: readonly string[];
}

/** Same text and kind across days, counted together (texts compare without case). */
export function mergeEntries(entries: readonly UnansweredEntry[]): UnansweredEntry[] {
  const merged = new Map<string, UnansweredEntry>();
  for (const entry of entries) {
    const key = `${entry.kind}\u0000${entry.text.toLowerCase()}`;
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { ...entry });
    else merged.set(key, { ...seen, count: seen.count + entry.count, lastSeen: seen.lastSeen > entry.lastSeen ? seen.lastSeen : entry.lastSeen, offered: entry.offered ?? seen.offered });
  }
  return [...merged.values()];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups messages by the overlap of their meaningful word stems (`analyze` is the recogniser's own
 * text analysis: spelling, synonyms, stems, no stopwords), most frequent first. Each message joins
 * the first group whose leading message it resembles at least `threshold` (Jaccard); a message with
 * no meaningful words stays on its own.
 */
export function groupUnanswered(entries: readonly UnansweredEntry[], analyze: (text: string) => readonly string[], threshold = 0.5): UnansweredGroup[] {
  const sorted = mergeEntries(entries).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  const groups: { words: ReadonlySet<string>; members: UnansweredEntry[] }[] = [];
  for (const entry of sorted) {
    const words = new Set(analyze(entry.text));
    const home = groups.find((g) => jaccard(g.words, words) >= threshold);
    if (home) home.members.push(entry);
    else groups.push({ words, members: [entry] });
  }
  return groups
    .map(({ members }) => {
      const byKind = { fallback: 0, clarify: 0 };
      const offered = new Map<string, number>();
      for (const m of members) {
        byKind[m.kind] += m.count;
        for (const id of m.offered ?? []) offered.set(id, (offered.get(id) ?? 0) + m.count);
      }
      return {
        total: byKind.fallback + byKind.clarify,
        byKind,
        examples: members.map((m) => ({ text: m.text, count: m.count })),
        offered: [...offered.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
      };
    })
    .sort((a, b) => b.total - a.total);
}
