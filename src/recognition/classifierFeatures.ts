import type { WordFeatures } from './featureSpace';

// The trained classifier's view of a message: its words, function words too, and their hashed
// character n-grams.

/** Character n-grams share this many hashed slots, so the classifier's size stays bounded as the knowledge base grows. */
const CHAR_GRAM_BUCKETS = 2048;

/** FNV-1a over text[start, end). */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The classifier's features: the words, and optionally their character n-grams (robust to typos and endings). */
export function classifierFeatures(words: readonly string[], charGrams: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of words) for (const name of classifierFeaturesOfWord(word, charGrams)) out.set(name, (out.get(name) ?? 0) + 1);
  return out;
}

function classifierFeaturesOfWord(word: string, charGrams: readonly number[]): string[] {
  const names = [`w:${word}`];
  const padded = `<${word}>`;
  for (const n of charGrams) for (let k = 0; k + n <= padded.length; k++) names.push(`g:${hashOf(padded, k, k + n) % CHAR_GRAM_BUCKETS}`);
  return names;
}

/** One function per n-gram setting: `FeatureSpace.vectorizeWords` caches a word's ids under the function it was given. */
const classifierWordFeaturesByGrams = new WeakMap<readonly number[], WordFeatures>();

export function classifierWordFeatures(charGrams: readonly number[]): WordFeatures {
  let features = classifierWordFeaturesByGrams.get(charGrams);
  if (!features) classifierWordFeaturesByGrams.set(charGrams, (features = (word) => classifierFeaturesOfWord(word, charGrams)));
  return features;
}
