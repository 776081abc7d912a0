import { mayHoldPersonalData } from '../privacy/findPersonalData';
import { type SparseVector, toSparse } from './sparseVector';

/** A sparse vector in plain arrays (see `vectorizeTransient`). */
export interface TransientVector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

export interface FeatureWeights {
  readonly unigram: number;
  readonly bigram: number;
  readonly charGram: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { unigram: 1, bigram: 0.6, charGram: 0.25 };

/**
 * Counts the features of a stemmed word list: words, adjacent pairs, and character 4-grams for typos.
 * Words that `isContent` rejects (function words) appear only inside pairs.
 */
export function featuresOf(words: readonly string[], isContent: (w: string) => boolean = () => true): Map<string, number> {
  const features = new Map<string, number>();
  const add = (name: string) => features.set(name, (features.get(name) ?? 0) + 1);
  words.forEach((word, i) => {
    for (const name of ownFeaturesOf(word, isContent)) add(name);
    const next = words[i + 1];
    if (next !== undefined) add(pairName(word, next));
  });
  return features;
}

/** A word's features apart from the pairs it is in: the word and its character 4-grams, if it is a content word. */
export function ownFeaturesOf(word: string, isContent: (w: string) => boolean = () => true): string[] {
  if (!isContent(word)) return [];
  const names = [`w:${word}`];
  if (word.length >= 5) {
    const padded = `<${word}>`;
    for (let k = 0; k + 4 <= padded.length; k++) names.push(`c:${padded.slice(k, k + 4)}`);
  }
  return names;
}

function pairName(word: string, next: string): string {
  return `b:${word}_${next}`;
}

/** One word's feature names, for `FeatureSpace.vectorizeWords`. */
export type WordFeatures = (word: string) => readonly string[];

/** Words whose feature ids are remembered: enough for the everyday vocabulary, small next to the model. */
const WORD_CACHE_SIZE = 4096;
/** Adjacent word pairs whose feature id is remembered. */
const PAIR_CACHE_SIZE = 16384;

interface CachedWord {
  readonly ids: readonly number[];
  /** Its place in this generation of the cache: pairs are keyed by two serials, not by a joined string. */
  readonly serial: number;
  readonly generation: number;
}

/** Ascending sort of ids[0, n): insertion sort for a message's few dozen ids, the built-in sort beyond. */
function sortInPlace(ids: Int32Array, n: number): void {
  if (n > 64) {
    ids.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = ids[i] as number;
    let j = i - 1;
    while (j >= 0 && (ids[j] as number) > v) {
      ids[j + 1] = ids[j] as number;
      j--;
    }
    ids[j + 1] = v;
  }
}

function groupWeight(name: string, weights: FeatureWeights): number {
  switch (name[0]) {
    case 'w':
      return weights.unigram;
    case 'b':
      return weights.bigram;
    default:
      return weights.charGram;
  }
}

/**
 * TF-IDF over a fixed vocabulary learnt from the training texts. Features never seen in training
 * are dropped: they cannot point at any topic.
 */
export class FeatureSpace {
  private readonly index = new Map<string, number>();
  private readonly idf: number[] = [];
  /**
   * Ids are given in the names' sorted order, so each group (a name's first letter) is one run of
   * ids: `groupStarts[g]` is the first id of run g, `groupWeights[g]` its weight.
   */
  private readonly groupStarts: number[] = [];
  private readonly groupWeights: number[] = [];
  /** Each recently seen word's known feature ids (repeats kept: they count), under the `WordFeatures` last used. */
  private readonly wordIds = new Map<string, CachedWord>();
  private wordIdsFor: WordFeatures | undefined;
  /** Bumped whenever `wordIds` starts afresh, so serials of different generations never meet in a pair key. */
  private generation = 0;
  /** The id of the pair `b:${a}_${b}` (-1: unknown) under `a.serial * WORD_CACHE_SIZE + b.serial`, for this generation's words. */
  private readonly pairIds = new Map<number, number>();
  /** Reused buffer of one query's feature ids. */
  private idBuffer = new Int32Array(256);
  private weightBuffer = new Float64Array(256);

  constructor(
    documents: readonly Map<string, number>[],
    private readonly weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
  ) {
    const df = new Map<string, number>();
    for (const doc of documents) for (const name of doc.keys()) df.set(name, (df.get(name) ?? 0) + 1);
    let letter: string | undefined;
    for (const [name, count] of [...df.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (name[0] !== letter) {
        letter = name[0];
        this.groupStarts.push(this.idf.length);
        this.groupWeights.push(groupWeight(name, weights));
      }
      this.index.set(name, this.idf.length);
      this.idf.push(Math.log((1 + documents.length) / (1 + count)) + 1);
    }
  }

  get size(): number {
    return this.idf.length;
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  idfOf(name: string): number {
    const id = this.index.get(name);
    return id === undefined ? 0 : (this.idf[id] as number);
  }

  vectorize(features: ReadonlyMap<string, number>): SparseVector {
    return toSparse(this.weighted(features));
  }

  /**
   * The same vector as `vectorize` of the words' features (each word's own, plus `featuresOf`'s
   * adjacent pairs when `pairs` is set), built from cached ids per word: a message then costs a
   * few map lookups instead of building and hashing a string per feature.
   * `wordFeatures` must be the same function on every call (its answers are cached by word).
   */
  vectorizeWords(words: readonly string[], wordFeatures: WordFeatures, pairs: boolean): SparseVector {
    if (this.wordIdsFor !== wordFeatures) {
      this.startAfresh();
      this.wordIdsFor = wordFeatures;
    }
    let ids = this.idBuffer;
    let n = 0;
    let next = words.length > 0 ? this.wordOf(words[0] as string, wordFeatures) : undefined;
    for (let i = 0; i < words.length; i++) {
      const word = next as CachedWord;
      const own = word.ids;
      next = i + 1 < words.length ? this.wordOf(words[i + 1] as string, wordFeatures) : undefined;
      if (n + own.length + 1 > ids.length) {
        const grown = new Int32Array(Math.max(ids.length * 2, n + own.length + 1));
        grown.set(ids.subarray(0, n));
        this.idBuffer = ids = grown;
      }
      for (let k = 0; k < own.length; k++) ids[n++] = own[k] as number;
      if (pairs && next !== undefined) {
        const id = this.pairId(word, next, words[i] as string, words[i + 1] as string);
        if (id >= 0) ids[n++] = id;
      }
    }
    sortInPlace(ids, n);
    return this.sparseOfIds(ids, n);
  }

  /**
   * The same vector in plain arrays, for training examples thrown away after use: the garbage
   * collector reclaims these at once, where typed arrays' buffers are freed only later.
   */
  vectorizeTransient(features: ReadonlyMap<string, number>): TransientVector {
    const map = this.weighted(features);
    const ids = [...map.keys()].sort((a, b) => a - b);
    const norm = Math.sqrt(ids.reduce((sum, id) => sum + (map.get(id) as number) ** 2, 0)) || 1;
    return { ids, weights: ids.map((id) => (map.get(id) as number) / norm) };
  }

  private wordOf(word: string, wordFeatures: WordFeatures): CachedWord {
    const cached = this.wordIds.get(word);
    if (cached !== undefined) return cached;
    const ids: number[] = [];
    for (const name of wordFeatures(word)) {
      const id = this.index.get(name);
      if (id !== undefined) ids.push(id);
    }
    // A word with a digit or @ may be part of a number or an email address: not kept after its
    // message (generation -1: its pairs are looked up by name).
    if (mayHoldPersonalData(word)) return { ids, serial: -1, generation: -1 };
    // Bounded: a flood of made-up words starts the cache afresh rather than growing it.
    if (this.wordIds.size >= WORD_CACHE_SIZE) this.startAfresh();
    const entry = { ids, serial: this.wordIds.size, generation: this.generation };
    this.wordIds.set(word, entry);
    return entry;
  }

  private pairId(a: CachedWord, b: CachedWord, first: string, second: string): number {
    // Words from an earlier generation (the cache started afresh within this message) are looked up by name.
    if (a.generation !== this.generation || b.generation !== this.generation) return this.index.get(pairName(first, second)) ?? -1;
    const key = a.serial * WORD_CACHE_SIZE + b.serial;
    const cached = this.pairIds.get(key);
    if (cached !== undefined) return cached;
    const id = this.index.get(pairName(first, second)) ?? -1;
    if (this.pairIds.size >= PAIR_CACHE_SIZE) this.pairIds.clear();
    this.pairIds.set(key, id);
    return id;
  }

  private startAfresh(): void {
    this.wordIds.clear();
    this.pairIds.clear();
    this.generation++;
  }

  /**
   * A unit vector from sorted ids with repeats (a repeat is a count), weighted as `weighted` does and
   * summed as `toSparse` does. The distinct ids are packed to the front of `sorted` as they are read.
   */
  private sparseOfIds(sorted: Int32Array, length: number): SparseVector {
    if (this.weightBuffer.length < length) this.weightBuffer = new Float64Array(sorted.length);
    const buffer = this.weightBuffer;
    let sum = 0;
    let out = 0;
    for (let k = 0; k < length; ) {
      const id = sorted[k] as number;
      let count = 1;
      while (k + count < length && sorted[k + count] === id) count++;
      k += count;
      const weight = this.groupWeightOf(id);
      if (!(weight > 0)) continue;
      // 1 + log(1) is exactly 1: most features occur once.
      const w = weight * (count === 1 ? 1 : 1 + Math.log(count)) * (this.idf[id] as number);
      sorted[out] = id;
      buffer[out++] = w;
      sum += w * w;
    }
    const ids = sorted.slice(0, out);
    const weights = buffer.slice(0, out);
    if (sum > 0) {
      const norm = Math.sqrt(sum);
      for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
    }
    return { ids, weights };
  }

  private groupWeightOf(id: number): number {
    let g = this.groupStarts.length - 1;
    while (g > 0 && (this.groupStarts[g] as number) > id) g--;
    return this.groupWeights[g] as number;
  }

  private weighted(features: ReadonlyMap<string, number>): Map<number, number> {
    const map = new Map<number, number>();
    for (const [name, count] of features) {
      const id = this.index.get(name);
      const weight = groupWeight(name, this.weights);
      if (id !== undefined && weight > 0) map.set(id, weight * (1 + Math.log(count)) * (this.idf[id] as number));
    }
    return map;
  }
}
