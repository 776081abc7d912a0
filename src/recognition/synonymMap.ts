/**
 * Replaces any phrase of a synonym group with the group's canonical term, longest phrase first,
 * working on already-normalised word sequences ("casualty", "a and e" → "emergency").
 */
export class SynonymMap {
  private readonly phrases = new Map<string, string[]>();
  private readonly longest: number;

  /** @param groups word sequences per group; the first sequence of each group is canonical. */
  constructor(groups: readonly (readonly (readonly string[])[])[]) {
    let longest = 1;
    for (const group of groups) {
      const canonical = group[0];
      if (!canonical || canonical.length === 0) continue;
      for (const phrase of group) {
        if (phrase.length === 0) continue;
        const key = phrase.join(' ');
        // The first group to claim a phrase keeps it, so the data file's order decides conflicts.
        if (!this.phrases.has(key)) this.phrases.set(key, [...canonical]);
        longest = Math.max(longest, phrase.length);
      }
    }
    this.longest = longest;
  }

  apply(words: readonly string[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < words.length) {
      let matched = false;
      for (let n = Math.min(this.longest, words.length - i); n >= 1; n--) {
        const replacement = this.phrases.get(words.slice(i, i + n).join(' '));
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
