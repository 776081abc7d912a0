import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SoftmaxClassifier } from '../../src/recognition/softmaxClassifier';
import type { SparseVector } from '../../src/recognition/sparseVector';

function vector(entries: readonly (readonly [number, number])[]): SparseVector {
  const unique = [...new Map(entries).entries()].sort(([a], [b]) => a - b);
  return { ids: Int32Array.from(unique, ([id]) => id), weights: Float64Array.from(unique, ([, w]) => w) };
}

/** The plain rule: bias plus each feature's row in turn, then the softmax. */
function expected(model: { weights: Float32Array; bias: Float64Array; classes: number }, x: SparseVector): Float64Array {
  const out = Float64Array.from(model.bias);
  x.ids.forEach((id, k) => {
    for (let c = 0; c < model.classes; c++) out[c] = (out[c] as number) + (model.weights[id * model.classes + c] as number) * (x.weights[k] as number);
  });
  const max = Math.max(...out);
  let sum = 0;
  for (let c = 0; c < model.classes; c++) sum += out[c] = Math.exp((out[c] as number) - max);
  return out.map((p) => p / sum);
}

describe('softmax classifier', () => {
  const entries = fc.array(fc.tuple(fc.integer({ min: 0, max: 19 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 9 });

  it('predicts exactly the plain rule (bias, then one feature row at a time), for odd and even feature counts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(entries, fc.integer({ min: 0, max: 3 })), { minLength: 2, maxLength: 12 }), fc.array(entries, { maxLength: 5 }), (training, queries) => {
        const classifier = new SoftmaxClassifier(4, 20, training.map(([e, y]) => ({ x: vector(e), y })), { epochs: 5, learningRate: 0.5, l2: 1e-4, seed: 7 });
        const model = classifier as unknown as { weights: Float32Array; bias: Float64Array; classes: number };
        for (const q of queries) assert.deepEqual(classifier.predict(vector(q)), expected(model, vector(q)));
      }),
      { numRuns: 200 },
    );
  });
});
