/**
 * Replaces any phrase of a synonym group with the group's canonical term, longest phrase first,
 * working on already-normalised word sequences ("casualty", "a and e" → "emergency").
 */
export class SynonymMap {
  private readonly phrases = new Map<string, string[]>();
  /** The longest phrase starting with each word: most words start none, and are passed over at once. */
  private readonly longestFrom = new Map<string, number>();

  /** @param groups word sequences per group; the first sequence of each group is canonical. */
  constructor(groups: readonly (readonly (readonly string[])[])[]) {
    for (const group of groups) {
      const canonical = group[0];
      if (!canonical || canonical.length === 0) continue;
      for (const phrase of group) {
        if (phrase.length === 0) continue;
        const key = phrase.join(' ');
        // The first group to claim a phrase keeps it, so the data file's order decides conflicts.
        if (!this.phrases.has(key)) this.phrases.set(key, [...canonical]);
        const first = phrase[0] as string;
        this.longestFrom.set(first, Math.max(this.longestFrom.get(first) ?? 0, phrase.length));
      }
    }
  }

  apply(words: readonly string[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < words.length) {
      let matched = false;
      for (let n = Math.min(this.longestFrom.get(words[i] as string) ?? 0, words.length - i); n >= 1; n--) {
        const replacement = this.phrases.get(n === 1 ? (words[i] as string) : words.slice(i, i + n).join(' '));
        if (replacement) {
          out.push(...replacement);
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) out.push(words[i++] as string);
    }
    return out;
  }
}
