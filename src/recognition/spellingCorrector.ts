import { mayHoldPersonalData } from '../privacy/findPersonalData';
/** Four-letter words are too often real words the knowledge base lacks ("head" is not a typo of "heard"). */
const MIN_CORRECTED_LENGTH = 5;

/**
 * Corrects a word to the knowledge base's vocabulary when it is one or two edits away from exactly
 * one best candidate. Short words are left alone: at four letters almost everything is one edit
 * from something, and a wrong guess is worse than none.
 */
export class SpellingCorrector {
  private readonly words: ReadonlyMap<string, number>;
  /** Every vocabulary word under each of its one- and two-letter deletions (the SymSpell idea). */
  private readonly deletions = new Map<string, string | string[]>();
  private readonly cache = new Map<string, string>();
  /** No word longer than this is within two edits of the vocabulary. */
  private readonly longestCorrectable: number;

  /**
   * `known`: words right as written but never offered as a correction (the safety check's English
   * look-alikes): no deletion index for them, which would cost megabytes.
   */
  constructor(frequencies: ReadonlyMap<string, number>, private readonly known: ReadonlySet<string> = new Set()) {
    this.words = frequencies;
    this.longestCorrectable = Math.max(0, ...[...frequencies.keys()].map((w) => w.length)) + 2;
    for (const word of [...frequencies.keys()].sort()) {
      if (word.length < 4 || /\d/.test(word)) continue;
      for (const variant of deletionsOf(word, maxEditsFor(word.length))) {
        // Most deletions belong to one word: a plain string saves an array per entry.
        const entry = this.deletions.get(variant);
        if (entry === undefined) this.deletions.set(variant, word);
        else if (typeof entry === 'string') this.deletions.set(variant, [entry, word]);
        else entry.push(word);
      }
    }
  }

  has(word: string): boolean {
    return this.words.has(word) || this.known.has(word);
  }

  correct(word: string): string {
    // Numbers and email addresses are not misspelt words (and are not remembered).
    // A made-up word of hundreds of letters would cost every one of its deletions (a million strings
    // at 1,500 letters: seconds to minutes, and gigabytes), for a word nothing in the vocabulary is near.
    if (word.length < MIN_CORRECTED_LENGTH || word.length > this.longestCorrectable || this.has(word) || mayHoldPersonalData(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const maxEdits = maxEditsFor(word.length);
    let best = word;
    let bestDistance = maxEdits + 1;
    let bestFrequency = -1;
    const seen = new Set<string>();
    for (const variant of deletionsOf(word, maxEdits)) {
      const entry = this.deletions.get(variant);
      for (const candidate of entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const d = editDistance(word, candidate, bestDistance + 1);
        const frequency = this.words.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && (frequency > bestFrequency || (frequency === bestFrequency && candidate < best)))) {
          best = candidate;
          bestDistance = d;
          bestFrequency = frequency;
        }
      }
    }
    const result = bestDistance <= maxEdits ? best : word;
    if (this.cache.size < 10_000) this.cache.set(word, result);
    return result;
  }
}

function maxEditsFor(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** The word itself and every string made by deleting up to `depth` letters. */
function deletionsOf(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const variant = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(variant)) {
          out.add(variant);
          next.push(variant);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** Damerau–Levenshtein (optimal string alignment) with an early exit once `limit` is reached. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}
