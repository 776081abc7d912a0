import { DEFAULT_FEATURE_WEIGHTS, type FeatureWeights } from './featureSpace';
import { DEFAULT_SOFTMAX_OPTIONS, type SoftmaxTrainingOptions } from './softmaxClassifier';

/** The embedded recogniser's settings, chosen on the dev sets and the knowledge base's cross-validation. */
export interface EmbeddedRecognizerOptions {
  /** Weight of the best single example against the topic centroid. */
  readonly nearestWeight: number;
  readonly featureWeights: FeatureWeights;
  /** Only this many characters of a message are read; the rest cannot change the topic much. */
  readonly maxChars: number;
  /** Weight of the trained classifier's probability against the similarity score (0 turns it off). */
  readonly classifierWeight: number;
  readonly classifier: SoftmaxTrainingOptions;
  /** Character n-gram lengths (inside word boundaries) the classifier sees besides words; [] for words only. */
  readonly classifierCharGrams: readonly number[];
  /** TF-IDF weight of those n-grams against a word's 1. */
  readonly classifierCharWeight: number;
  /**
   * How much a word never seen in training counts against coverage, where a known word counts its
   * idf: a name the knowledge base has never heard of ("fife", "ukraine") is strong evidence the
   * question is about something else. Chosen on the knowledge base's cross-validation.
   */
  readonly unknownWordWeight: number;
  /** How far the classifier's preference for the top topic over "none" offsets the nearest out-of-scope example. */
  readonly negativeDiscount: number;
  /** Out-of-scope score of a message naming someone else's incident or helpline ("the ticketmaster breach"); 0 turns it off. */
  readonly otherIncidentScore: number;
  /** Highest out-of-scope score of a message that points at "the hack" or "this leak" (1 turns it off). */
  readonly thisIncidentOutOfScope: number;
}

export const DEFAULT_EMBEDDED_OPTIONS: EmbeddedRecognizerOptions = {
  nearestWeight: 0.6,
  featureWeights: DEFAULT_FEATURE_WEIGHTS,
  maxChars: 2000,
  classifierWeight: 0.35,
  classifier: DEFAULT_SOFTMAX_OPTIONS,
  classifierCharGrams: [4],
  classifierCharWeight: 0.5,
  unknownWordWeight: 6,
  negativeDiscount: 0.3,
  otherIncidentScore: 0.6,
  thisIncidentOutOfScope: 0.45,
};
