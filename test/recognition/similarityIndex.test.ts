import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SimilarityIndex } from '../../src/recognition/similarityIndex';
import type { SparseVector } from '../../src/recognition/sparseVector';

const SCALE = 65535;

function vector(entries: readonly (readonly [number, number])[]): SparseVector {
  const unique = [...new Map(entries).entries()].sort(([a], [b]) => a - b);
  return { ids: Int32Array.from(unique, ([id]) => id), weights: Float64Array.from(unique, ([, w]) => w) };
}

/** The plain rule: each example's sum over the query's features in order, then the best per label. */
function expected(examples: readonly { vector: SparseVector; label: number }[], labels: number, query: SparseVector): Float64Array {
  const best = new Float64Array(labels);
  for (const { vector: v, label } of examples) {
    let sim = 0;
    query.ids.forEach((id, k) => {
      const at = v.ids.indexOf(id);
      if (at >= 0) sim += ((query.weights[k] as number) / SCALE) * Math.round(Math.min(1, v.weights[at] as number) * SCALE);
    });
    if (sim > (best[label] as number)) best[label] = sim;
  }
  return best;
}

describe('similarity index: best example per label', () => {
  // Weights include 0 and values that quantise to 0, which list an example more than once.
  const weight = fc.oneof(fc.constant(0), fc.constant(1e-7), fc.double({ min: 0, max: 1, noNaN: true }));
  const entries = fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), weight), { maxLength: 8 });

  it('gives the plain sums for any examples and queries, and leaves nothing behind for the next query', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(entries, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 12 }), fc.array(entries, { minLength: 1, maxLength: 4 }), (raw, queries) => {
        const examples = raw.map(([e, label]) => ({ vector: vector(e), label }));
        const index = new SimilarityIndex(examples, 4);
        for (const q of queries) assert.deepEqual(index.nearestPerLabel(vector(q)), expected(examples, 4, vector(q)));
      }),
    );
  });

  it("restricted to some labels, gives those labels' sums to the bit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(entries, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 12 }),
        fc.array(entries, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
        (raw, queries, labels) => {
          const examples = raw.map(([e, label]) => ({ vector: vector(e), label }));
          const index = new SimilarityIndex(examples, 4);
          const alone = index.ofLabels(labels);
          for (const q of queries) {
            const all = index.nearestPerLabel(vector(q));
            assert.deepEqual(alone.nearestPerLabel(vector(q)), Float64Array.from(labels, (l) => all[l] as number));
          }
        },
      ),
    );
  });

  it('numbers examples past 65,536 correctly', () => {
    const examples = Array.from({ length: 70_000 }, (_, i) => ({ vector: vector([[i % 5, ((i % 997) + 1) / 1000]]), label: i >= 65_536 ? 1 : 0 }));
    examples.push({ vector: vector([[3, 1]]), label: 2 });
    const index = new SimilarityIndex(examples, 3);
    const query = vector([[1, 0.6], [3, 0.8]]);
    assert.deepEqual(index.nearestPerLabel(query), expected(examples, 3, query));
  });

  it('reads every example when a query lists more than it has room for', () => {
    const examples = [
      { vector: vector([[0, 1e-7], [1, 1e-7], [2, 1e-7], [3, 0.5]]), label: 0 },
      { vector: vector([[0, 0.25]]), label: 1 },
    ];
    const index = new SimilarityIndex(examples, 2);
    const query = vector([[0, 0.5], [1, 0.5], [2, 0.5], [3, 0.5]]);
    assert.deepEqual(index.nearestPerLabel(query), expected(examples, 2, query));
    assert.deepEqual(index.nearestPerLabel(vector([[0, 1]])), expected(examples, 2, vector([[0, 1]])));
  });
});
