import type { SparseVector } from './sparseVector';

/**
 * Inverted index over unit vectors, each with a label: one pass over the query's postings gives the
 * cosine to every example, and from that the best example per label. Cost grows with the overlap,
 * not with the number of examples.
 */
const SCALE = 65535;

export class SimilarityIndex {
  /** Postings in compressed-row form: feature id → a slice of `exampleIds`/`weights`, in typed arrays to stay small. */
  private readonly offsets: Int32Array;
  /** 16-bit when the examples fit (a knowledge base many times today's): a third less memory and bandwidth per posting. */
  private readonly exampleIds: Uint16Array | Int32Array;
  /** Cosine weights in [0, 1], quantised to 16 bits: half the memory, far below any threshold's precision. */
  private readonly weights: Uint16Array;
  private readonly labels: Int32Array;
  private readonly scratch: Float64Array;
  /** The examples a query reached, in a reused buffer: an example is listed again only if its sum was still 0. */
  private readonly touched: Int32Array;

  constructor(
    examples: readonly { readonly vector: SparseVector; readonly label: number }[],
    private readonly labelCount: number,
  ) {
    this.labels = Int32Array.from(examples, (e) => e.label);
    this.scratch = new Float64Array(examples.length);
    this.touched = new Int32Array(examples.length);
    let maxId = -1;
    let total = 0;
    for (const { vector } of examples) {
      for (const id of vector.ids) if (id > maxId) maxId = id;
      total += vector.ids.length;
    }
    const counts = new Int32Array(maxId + 2);
    for (const { vector } of examples) for (const id of vector.ids) counts[id + 1] = (counts[id + 1] as number) + 1;
    for (let i = 1; i < counts.length; i++) counts[i] = (counts[i] as number) + (counts[i - 1] as number);
    this.offsets = counts;
    this.exampleIds = examples.length <= 0x10000 ? new Uint16Array(total) : new Int32Array(total);
    this.weights = new Uint16Array(total);
    const fill = counts.slice(0, -1);
    examples.forEach(({ vector }, index) => {
      vector.ids.forEach((id, k) => {
        const at = fill[id] as number;
        this.exampleIds[at] = index;
        this.weights[at] = Math.round(Math.min(1, vector.weights[k] as number) * SCALE);
        fill[id] = at + 1;
      });
    });
  }

  /**
   * An index of only these labels' examples, `labels[i]` numbered i: for one topic's score alone, a
   * fraction of the postings. Read back from this index's postings, so its sums are the same to the bit.
   */
  ofLabels(labels: readonly number[]): SimilarityIndex {
    const position = new Map(labels.map((label, i) => [label, i]));
    const kept = new Map<number, { readonly ids: number[]; readonly weights: number[]; readonly label: number }>();
    for (let id = 0; id + 1 < this.offsets.length; id++) {
      for (let i = this.offsets[id] as number; i < (this.offsets[id + 1] as number); i++) {
        const example = this.exampleIds[i] as number;
        const label = position.get(this.labels[example] as number);
        if (label === undefined) continue;
        let vector = kept.get(example);
        if (vector === undefined) kept.set(example, (vector = { ids: [], weights: [], label }));
        vector.ids.push(id);
        vector.weights.push((this.weights[i] as number) / SCALE);
      }
    }
    return new SimilarityIndex(
      [...kept.values()].map(({ ids, weights, label }) => ({ vector: { ids: Int32Array.from(ids), weights: Float64Array.from(weights) }, label })),
      labels.length,
    );
  }

  /** The highest cosine between the query and any example of each label. */
  nearestPerLabel(query: SparseVector): Float64Array {
    return this.nearestPerLabelInto(query, new Float64Array(this.labelCount));
  }

  /** The same into `best` (one value per label), so a caller can reuse one buffer for every message. */
  nearestPerLabelInto(query: SparseVector, best: Float64Array): Float64Array {
    best.fill(0);
    const { offsets } = this;
    const last = offsets.length - 1;
    let postings = 0;
    for (let k = 0; k < query.ids.length; k++) {
      const id = query.ids[k] as number;
      if (id < last) postings += (offsets[id + 1] as number) - (offsets[id] as number);
    }
    // A long message reaches most examples: then summing without a list of them and reading every
    // example after is faster (a long message's sums a third quicker) and gives the same sums.
    if (postings * 2 > this.scratch.length) this.sumAll(query, best);
    else this.sumTouched(query, best);
    return best;
  }

  private sumAll(query: SparseVector, best: Float64Array): void {
    const sims = this.scratch;
    const { offsets, exampleIds, weights, labels } = this;
    const last = offsets.length - 1;
    for (let k = 0; k < query.ids.length; k++) {
      const id = query.ids[k] as number;
      if (id >= last) continue;
      const q = (query.weights[k] as number) / SCALE;
      const end = offsets[id + 1] as number;
      for (let i = offsets[id] as number; i < end; i++) {
        const example = exampleIds[i] as number;
        sims[example] = (sims[example] as number) + q * (weights[i] as number);
      }
    }
    for (let example = 0; example < sims.length; example++) {
      const sim = sims[example] as number;
      const label = labels[example] as number;
      if (sim > (best[label] as number)) best[label] = sim;
      sims[example] = 0;
    }
  }

  private sumTouched(query: SparseVector, best: Float64Array): void {
    const sims = this.scratch;
    const touched = this.touched;
    const { offsets, exampleIds, weights } = this;
    let count = 0;
    const last = offsets.length - 1;
    for (let k = 0; k < query.ids.length; k++) {
      const id = query.ids[k] as number;
      if (id >= last) continue;
      const q = (query.weights[k] as number) / SCALE;
      const end = offsets[id + 1] as number;
      for (let i = offsets[id] as number; i < end; i++) {
        const example = exampleIds[i] as number;
        const sim = sims[example] as number;
        if (sim === 0) touched[count++] = example;
        sims[example] = sim + q * (weights[i] as number);
      }
    }
    // An example is listed again only when its sum was still 0 (a weight that quantised to 0); if the
    // buffer overflowed (its extra writes are dropped), every example is read instead.
    const all = count > touched.length;
    const n = all ? sims.length : count;
    for (let t = 0; t < n; t++) {
      const example = all ? t : (touched[t] as number);
      const label = this.labels[example] as number;
      if ((sims[example] as number) > (best[label] as number)) best[label] = sims[example] as number;
      sims[example] = 0;
    }
  }
}
