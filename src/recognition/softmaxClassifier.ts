import type { TransientVector } from './featureSpace';
import type { SparseVector } from './sparseVector';
import { mulberry32, shuffle } from './seededShuffle';

export interface SoftmaxTrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Seed for the example order, so training is deterministic. */
  readonly seed: number;
}

export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxTrainingOptions = { epochs: 100, learningRate: 0.5, l2: 1e-4, seed: 7 };

/** A class whose gradient is this small is left alone: most of a peaked softmax, so training stays fast. */
const NEGLIGIBLE_GRADIENT = 1e-3;

/**
 * Multinomial logistic regression over sparse TF-IDF vectors, trained by plain SGD in a seeded order.
 * It learns which words tell topics apart, where nearest-neighbour similarity only sees overlap.
 */
export class SoftmaxClassifier {
  private readonly weights: Float32Array;
  private readonly bias: Float64Array;

  constructor(
    private readonly classes: number,
    dimensions: number,
    examples: readonly { readonly x: SparseVector | TransientVector; readonly y: number }[],
    options: SoftmaxTrainingOptions = DEFAULT_SOFTMAX_OPTIONS,
  ) {
    this.weights = new Float32Array(classes * dimensions);
    this.bias = new Float64Array(classes);
    const order = examples.map((_, i) => i);
    const random = mulberry32(options.seed);
    const probabilities = new Float64Array(classes);
    // A budget of example updates rather than a fixed epoch count: a knowledge base ten times larger
    // needs fewer passes, and training time stays flat.
    const epochs = Math.max(5, Math.min(options.epochs, Math.ceil((options.epochs * 800) / Math.max(1, examples.length))));
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      const rate = options.learningRate / (1 + epoch * 0.1);
      for (const i of order) {
        const { x, y } = examples[i] as { x: SparseVector | TransientVector; y: number };
        this.probabilitiesInto(x, probabilities);
        for (let c = 0; c < classes; c++) {
          const gradient = (probabilities[c] as number) - (c === y ? 1 : 0);
          if (Math.abs(gradient) < NEGLIGIBLE_GRADIENT) continue;
          this.bias[c] = (this.bias[c] as number) - rate * gradient;
          for (let k = 0; k < x.ids.length; k++) {
            const index = (x.ids[k] as number) * classes + c;
            const w = this.weights[index] as number;
            this.weights[index] = w - rate * (gradient * (x.weights[k] as number) + options.l2 * w);
          }
        }
      }
    }
  }

  /** Class probabilities for one vector. */
  predict(x: SparseVector): Float64Array {
    return this.predictInto(x, new Float64Array(this.classes));
  }

  /** The same into `out` (one value per class), so a caller can reuse one buffer for every message. */
  predictInto(x: SparseVector, out: Float64Array): Float64Array {
    this.probabilitiesInto(x, out);
    return out;
  }

  private probabilitiesInto(x: SparseVector | TransientVector, out: Float64Array): void {
    const classes = this.classes;
    for (let c = 0; c < classes; c++) out[c] = this.bias[c] as number;
    // Weights are stored feature by feature, so each of the query's features reads one contiguous row.
    const weights = this.weights;
    const n = x.ids.length;
    let k = 0;
    // Four, then two features a pass: the same additions in the same order (((out + a) + b) + …), fewer reads and writes of `out`.
    for (; k + 3 < n; k += 4) {
      const r0 = (x.ids[k] as number) * classes;
      const v0 = x.weights[k] as number;
      const r1 = (x.ids[k + 1] as number) * classes;
      const v1 = x.weights[k + 1] as number;
      const r2 = (x.ids[k + 2] as number) * classes;
      const v2 = x.weights[k + 2] as number;
      const r3 = (x.ids[k + 3] as number) * classes;
      const v3 = x.weights[k + 3] as number;
      for (let c = 0; c < classes; c++)
        out[c] = (out[c] as number) + (weights[r0 + c] as number) * v0 + (weights[r1 + c] as number) * v1 + (weights[r2 + c] as number) * v2 + (weights[r3 + c] as number) * v3;
    }
    for (; k + 1 < n; k += 2) {
      const row = (x.ids[k] as number) * classes;
      const value = x.weights[k] as number;
      const row2 = (x.ids[k + 1] as number) * classes;
      const value2 = x.weights[k + 1] as number;
      for (let c = 0; c < classes; c++) out[c] = (out[c] as number) + (weights[row + c] as number) * value + (weights[row2 + c] as number) * value2;
    }
    for (; k < n; k++) {
      const row = (x.ids[k] as number) * classes;
      const value = x.weights[k] as number;
      for (let c = 0; c < classes; c++) out[c] = (out[c] as number) + (weights[row + c] as number) * value;
    }
    let max = -Infinity;
    for (let c = 0; c < classes; c++) if ((out[c] as number) > max) max = out[c] as number;
    let sum = 0;
    for (let c = 0; c < this.classes; c++) {
      const e = Math.exp((out[c] as number) - max);
      out[c] = e;
      sum += e;
    }
    for (let c = 0; c < this.classes; c++) out[c] = (out[c] as number) / sum;
  }
}
