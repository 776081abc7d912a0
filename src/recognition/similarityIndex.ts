import type { SparseVector } from './sparseVector';

/**
 * Inverted index over unit vectors, each with a label: one pass over the query's postings gives the
 * cosine to every example, and from that the best example per label. Cost grows with the overlap,
 * not with the number of examples.
 */
export class SimilarityIndex {
  private readonly postings = new Map<number, { examples: number[]; weights: number[] }>();
  private readonly labels: Int32Array;
  private readonly scratch: Float64Array;

  constructor(
    examples: readonly { readonly vector: SparseVector; readonly label: number }[],
    private readonly labelCount: number,
  ) {
    this.labels = Int32Array.from(examples, (e) => e.label);
    this.scratch = new Float64Array(examples.length);
    examples.forEach(({ vector }, index) => {
      vector.ids.forEach((id, k) => {
        let list = this.postings.get(id);
        if (!list) this.postings.set(id, (list = { examples: [], weights: [] }));
        list.examples.push(index);
        list.weights.push(vector.weights[k] as number);
      });
    });
  }

  /** The highest cosine between the query and any example of each label. */
  nearestPerLabel(query: SparseVector): Float64Array {
    const sims = this.scratch;
    sims.fill(0);
    const touched: number[] = [];
    query.ids.forEach((id, k) => {
      const list = this.postings.get(id);
      if (!list) return;
      const q = query.weights[k] as number;
      for (let i = 0; i < list.examples.length; i++) {
        const example = list.examples[i] as number;
        if (sims[example] === 0) touched.push(example);
        sims[example] = (sims[example] as number) + q * (list.weights[i] as number);
      }
    });
    const best = new Float64Array(this.labelCount);
    for (const example of touched) {
      const label = this.labels[example] as number;
      if ((sims[example] as number) > (best[label] as number)) best[label] = sims[example] as number;
    }
    return best;
  }
}
