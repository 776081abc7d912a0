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
    if (!isContent(word)) {
      const next = words[i + 1];
      if (next !== undefined) add(`b:${word}_${next}`);
      return;
    }
    add(`w:${word}`);
    const next = words[i + 1];
    if (next !== undefined) add(`b:${word}_${next}`);
    if (word.length >= 5) {
      const padded = `<${word}>`;
      for (let k = 0; k + 4 <= padded.length; k++) add(`c:${padded.slice(k, k + 4)}`);
    }
  });
  return features;
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

  constructor(
    documents: readonly Map<string, number>[],
    private readonly weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
  ) {
    const df = new Map<string, number>();
    for (const doc of documents) for (const name of doc.keys()) df.set(name, (df.get(name) ?? 0) + 1);
    for (const [name, count] of [...df.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
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
   * The same vector in plain arrays, for training examples thrown away after use: the garbage
   * collector reclaims these at once, where typed arrays' buffers are freed only later.
   */
  vectorizeTransient(features: ReadonlyMap<string, number>): TransientVector {
    const map = this.weighted(features);
    const ids = [...map.keys()].sort((a, b) => a - b);
    const norm = Math.sqrt(ids.reduce((sum, id) => sum + (map.get(id) as number) ** 2, 0)) || 1;
    return { ids, weights: ids.map((id) => (map.get(id) as number) / norm) };
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
