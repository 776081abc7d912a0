import { hashOf } from './classifierFeatures';
import { mulberry32, shuffle } from './seededShuffle';
import { normalizeText } from './textNormalizer';

/**
 * A trained second opinion on risk to life, for wording the risk patterns have never seen. Four fresh blind
 * sets (dev29, dev30, dev31, dev33) each found a dozen to forty-four crises the patterns missed, and dev34 found
 * fifty-five: a list of wording is a floor, not a net. This is logistic regression over the words, word pairs
 * and character 3- and 4-grams of the normalised message (hashed, so its size is fixed), trained on the safety
 * tables and the dev sets' labels (`npm run risk:examples` writes them to riskExamples.json). Pure and seeded:
 * the same examples give the same weights.
 */
export interface RiskExample {
  readonly text: string;
  readonly risk: boolean;
}

/** Hashed feature slots: 2^18 float32 weights, 1 MB. */
const SLOTS = 1 << 18;
const EPOCHS = 30;
const LEARNING_RATE = 0.5;
const L2 = 1e-6;
/** Each feature's share of a message's score, the same for short and long messages (scaling by length let one word decide a short one). */
const FEATURE_SCALE = 0.1;
/** Risk messages count twice: about one in eight examples, and a missed one costs more than a needless question. */
const RISK_WEIGHT = 2;

function slotOf(feature: string): number {
  return hashOf(feature, 0, feature.length) % SLOTS;
}

/** The message's features as slots: each word, each pair of neighbouring words, each word's 3- and 4-grams. */
export function riskFeatures(text: string): number[] {
  const words = normalizeText(text).split(' ').filter(Boolean);
  const slots = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    slots.add(slotOf(`w:${word}`));
    if (i + 1 < words.length) slots.add(slotOf(`b:${word} ${words[i + 1] as string}`));
    const padded = `<${word}>`;
    for (const n of [3, 4]) for (let k = 0; k + n <= padded.length; k++) slots.add(slotOf(`g${n}:${padded.slice(k, k + n)}`));
  }
  return [...slots];
}

export class RiskClassifier {
  private readonly weights = new Float32Array(SLOTS);
  private bias = 0;

  constructor(examples: readonly RiskExample[]) {
    const features = examples.map((e) => riskFeatures(e.text));
    const order = examples.map((_, i) => i);
    const random = mulberry32(7);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      shuffle(order, random);
      const rate = LEARNING_RATE / (1 + epoch * 0.2);
      for (const i of order) {
        const x = features[i] as number[];
        const y = (examples[i] as RiskExample).risk ? 1 : 0;
        const gradient = (this.score(x) - y) * (y === 1 ? RISK_WEIGHT : 1);
        this.bias -= rate * gradient * FEATURE_SCALE;
        for (const k of x) this.weights[k] = (this.weights[k] as number) - rate * (gradient * FEATURE_SCALE + L2 * (this.weights[k] as number));
      }
    }
  }

  /** How likely the message speaks of a risk to life, 0 to 1. */
  probability(text: string): number {
    return this.score(riskFeatures(text));
  }

  private score(x: readonly number[]): number {
    let z = this.bias;
    for (const k of x) z += (this.weights[k] as number) * FEATURE_SCALE;
    return 1 / (1 + Math.exp(-z));
  }
}
