import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { isVisibleTo } from '../knowledge/knowledgeBase';
import type { Audience, Topic } from '../knowledge/topicSchema';
import { classifierFeatures, classifierWordFeatures } from './classifierFeatures';
import { DEFAULT_EMBEDDED_OPTIONS, type EmbeddedRecognizerOptions } from './embeddedRecognizerOptions';
import { FeatureSpace, featuresOf, ownFeaturesOf, type WordFeatures } from './featureSpace';
import type { Recognition, Recognizer, ScoredTopic } from './recognizer';
import { bestFirstThenId } from './rankOrder';
import { SoftmaxClassifier } from './softmaxClassifier';
import { SimilarityIndex } from './similarityIndex';
import { centroid, type SparseVector } from './sparseVector';
import { namesAnotherIncident, pointsAtThisIncident } from './anotherIncident';
import { contentWords, isContentWord, TextAnalyzer } from './textAnalyzer';

/** What the recogniser saw for its top topic: the inputs of the calibrated confidence. */
export interface TopSignals {
  readonly top: number;
  readonly second: number;
  readonly probability: number;
  readonly bestProbability: number;
  readonly nearest: number;
  readonly bestNearest: number;
  readonly central: number;
  readonly none: number;
  readonly negative: number;
  readonly uncovered: number;
  readonly words: number;
}

interface TopicModel {
  readonly topic: Topic;
  /** Model index of the public topic a staff topic's score is lent to, on the public side. */
  readonly alternative: number | undefined;
}

/**
 * The in-process recogniser: TF-IDF over normalised, spell-corrected, synonym-folded stems,
 * scoring each topic by its nearest example and its centroid. Pure and deterministic; built once
 * from the knowledge base.
 */
export class EmbeddedRecognizer implements Recognizer {
  private readonly analyzer: TextAnalyzer;
  private readonly space: FeatureSpace;
  private readonly models: readonly TopicModel[];
  private readonly ids: readonly string[];
  private readonly examples: SimilarityIndex;
  private readonly centres: SimilarityIndex;
  /** The classifier sees words and hashed character 4-grams (typos, word endings), not pairs: small enough to scale. */
  private readonly wordSpace: FeatureSpace;
  private readonly inDomainWords: ReadonlySet<string>;
  /** Words of local place names, read as messages are: never taken for another organisation's name. */
  private readonly localNameWords: ReadonlySet<string>;
  private readonly classifier: SoftmaxClassifier | undefined;
  private readonly options: EmbeddedRecognizerOptions;
  private readonly indexOf: ReadonlyMap<string, number>;
  /** One message's per-topic numbers, in buffers reused by every message: read only within `read`. */
  private readonly scratch: { readonly scores: Float64Array; readonly nearest: Float64Array; readonly central: Float64Array; readonly probabilities: Float64Array };
  /** Per topic asked about in `mayReach` (built then): the examples and centres of it and of the staff topics that lend it their score. */
  private readonly alone = new Map<number, { readonly labels: readonly number[]; readonly examples: SimilarityIndex; readonly centres: SimilarityIndex }>();

  constructor(knowledgeBase: KnowledgeBase, options: Partial<EmbeddedRecognizerOptions> = {}) {
    this.options = { ...DEFAULT_EMBEDDED_OPTIONS, ...options };
    const trainingTexts = knowledgeBase.topics.map((t) => ({ topic: t, texts: trainingTextsOf(t) }));
    this.analyzer = new TextAnalyzer({
      vocabularyTexts: [...trainingTexts.flatMap((t) => t.texts), ...knowledgeBase.outOfScopeExamples],
      synonymGroups: knowledgeBase.synonymGroups,
    });
    const read = (text: string) => {
      const all = this.analyzer.analyzeAll(text);
      return { features: featuresOf(all, isContentWord), allWords: all };
    };
    const topicFeatures = trainingTexts.map(({ topic, texts }) => {
      const readings = texts.map(read);
      return { topic, features: readings.map((r) => r.features), allWords: readings.map((r) => r.allWords) };
    });
    const negativeReadings = knowledgeBase.outOfScopeExamples.map(read);
    const negativeFeatures = negativeReadings.map((r) => r.features);
    const negativeAllWords = negativeReadings.map((r) => r.allWords);
    this.space = new FeatureSpace([...topicFeatures.flatMap((t) => t.features), ...negativeFeatures], this.options.featureWeights);
    // Example vectors live only in the similarity index; the topic keeps just its centre.
    const exampleVectors = topicFeatures.map(({ features }) => features.map((f) => this.space.vectorize(f)));
    const indexOf = new Map(knowledgeBase.topics.map((t, i) => [t.id, i]));
    this.models = topicFeatures.map(({ topic }) => ({
      topic,
      alternative: topic.publicAlternative === undefined ? undefined : indexOf.get(topic.publicAlternative),
    }));
    this.ids = this.models.map((m) => m.topic.id);
    this.indexOf = indexOf;
    const topics = this.models.length;
    this.scratch = { scores: new Float64Array(topics), nearest: new Float64Array(topics + 1), central: new Float64Array(topics), probabilities: new Float64Array(topics + 1) };
    // Topic centres go in an index of their own: one pass over the query's postings scores them all.
    this.centres = new SimilarityIndex(exampleVectors.map((vectors, label) => ({ vector: centroid(vectors), label })), this.models.length);
    // Label = topic index; the last label stands for "out of scope".
    const outOfScopeLabel = this.models.length;
    this.examples = new SimilarityIndex(
      [
        ...exampleVectors.flatMap((vectors, label) => vectors.map((vector) => ({ vector, label }))),
        ...negativeFeatures.map((f) => ({ vector: this.space.vectorize(f), label: outOfScopeLabel })),
      ],
      outOfScopeLabel + 1,
    );
    const forClassifier = (w: readonly string[]) => classifierFeatures(w, this.options.classifierCharGrams);
    // The classifier reads function words too: "should i", "will i", "can you" tell topics apart
    // once a model can weigh them, where the similarity ranker would only see noise.
    this.wordSpace = new FeatureSpace([...topicFeatures.flatMap((t) => t.allWords), ...negativeAllWords].map(forClassifier), {
      unigram: 1,
      bigram: 0,
      charGram: this.options.classifierCharWeight,
    });
    this.classifier =
      this.options.classifierWeight > 0
        ? new SoftmaxClassifier(
            outOfScopeLabel + 1,
            this.wordSpace.size,
            [
              ...topicFeatures.flatMap((t, y) => t.allWords.map((w) => ({ x: this.wordSpace.vectorizeTransient(forClassifier(w)), y }))),
              ...negativeAllWords.map((w) => ({ x: this.wordSpace.vectorizeTransient(forClassifier(w)), y: outOfScopeLabel })),
            ],
            this.options.classifier,
          )
        : undefined;
    this.inDomainWords = new Set(topicFeatures.flatMap((t) => t.features.flatMap((f) => [...f.keys()].filter((k) => k.startsWith('w:')))));
    this.localNameWords = new Set((knowledgeBase.localNames ?? []).flatMap((name) => this.analyzer.analyzeAll(name)));
  }

  async recognize(text: string, audience: Audience): Promise<Recognition> {
    return this.recognizeSync(text, audience);
  }

  /** The same as `recognize`, without a promise: for benchmarks and the evaluation loop. */
  recognizeSync(text: string, audience: Audience): Recognition {
    return this.read(text, audience).recognition;
  }

  /** The recognition and the evidence behind its top topic, for calibration. */
  read(text: string, audience: Audience): { recognition: Recognition; signals: TopSignals | undefined } {
    const all = this.analyzer.analyzeAll(text.slice(0, this.options.maxChars));
    const words = contentWords(all);
    // "not now", "no im not", "i dont know": a reply to something, which says nothing on its own. Read
    // as a question, its "not" and "i" matched the crisis topic's questions ("i'm not safe right now").
    if (words.every((w) => REPLY_ONLY_WORDS.has(w)) && words.some((w) => NEGATIONS.has(w)) && !all.some((w) => HOW_I_AM.has(w))) return { recognition: { ranked: [], outOfScope: 1 }, signals: undefined };
    // Function words count only in pairs ("should i", "how do"): alone they would match everything.
    const query = this.space.vectorizeWords(all, contentWordFeatures, true);
    const probabilities = this.classifier?.predictInto(this.wordSpace.vectorizeWords(all, classifierWordFeatures(this.options.classifierCharGrams), false), this.scratch.probabilities);
    const nearest = this.examples.nearestPerLabelInto(query, this.scratch.nearest);
    const central = this.centres.nearestPerLabelInto(query, this.scratch.central);

    // Each visible topic's score by model index (-1: not offered); staff topics lend theirs to public counterparts.
    const scores = this.scratch.scores.fill(-1);
    let staffOnly = 0;
    let bestNearest = -1;
    let bestProbability = -1;
    for (let i = 0; i < this.models.length; i++) {
      const model = this.models[i] as TopicModel;
      const score = this.combine(probabilities?.[i] ?? 0, nearest[i] as number, central[i] as number, probabilities !== undefined);
      if (isVisibleTo(model.topic, audience)) {
        if (score > 0) scores[i] = Math.max(scores[i] as number, score);
        if ((nearest[i] as number) > bestNearest) bestNearest = nearest[i] as number;
        if ((probabilities?.[i] ?? 0) > bestProbability) bestProbability = probabilities?.[i] ?? 0;
      } else if (model.alternative === undefined) staffOnly = Math.max(staffOnly, score);
      else if ((scores[model.alternative] as number) < score) scores[model.alternative] = score;
    }
    // Sized once: grown by pushes, a ranking of every topic is copied over several times.
    let offered = 0;
    for (let i = 0; i < scores.length; i++) if ((scores[i] as number) >= 0) offered++;
    const ranked = new Array<ScoredTopic>(offered);
    for (let i = 0, k = 0; i < scores.length; i++) if ((scores[i] as number) >= 0) ranked[k++] = { topicId: this.ids[i] as string, score: scores[i] as number };
    ranked.sort(bestFirstThenId);
    const index = ranked[0] === undefined ? 0 : (this.indexOf.get(ranked[0].topicId) as number);

    const negative = nearest[this.models.length] as number;
    const none = probabilities?.[this.models.length] ?? 0;
    // A near out-of-scope example counts for less when the classifier (which has seen all of them)
    // still prefers the top topic to "none" ("i want to complain about the data breach").
    const confidence = (probabilities?.[index] ?? 0) - none;
    const { uncovered, closerToNegative } = this.outOfScopeParts(words, negative - this.options.negativeDiscount * confidence, ranked[0]?.score ?? 0);
    // A staff-only question asked on the public side ("a journalist rang me at work") is not the
    // public's to be answered: when a staff topic with no public counterpart fits best, it is out of scope.
    const staffQuestion = staffOnly > (ranked[0]?.score ?? 0) ? Math.min(1, 0.5 + (staffOnly - (ranked[0]?.score ?? 0)) * 2) : 0;
    const otherIncident = this.options.otherIncidentScore > 0 && namesAnotherIncident(all, (w) => this.inDomainWords.has(`w:${w}`), (w) => this.localNameWords.has(w)) ? this.options.otherIncidentScore : 0;
    let outOfScope = Math.max(none, uncovered, closerToNegative, staffQuestion, otherIncident);
    // "the hack", "this leak": the person means the incident this bot is about, however the rest reads.
    if (otherIncident === 0 && staffQuestion === 0 && pointsAtThisIncident(all, (w) => this.localNameWords.has(w))) outOfScope = Math.min(outOfScope, this.options.thisIncidentOutOfScope);
    const recognition = { ranked, outOfScope };
    const top = ranked[0];
    if (!top) return { recognition, signals: undefined };
    return {
      recognition,
      signals: {
        top: top.score,
        second: ranked[1]?.score ?? 0,
        probability: probabilities?.[index] ?? 0,
        bestProbability,
        nearest: nearest[index] as number,
        bestNearest,
        central: index >= 0 ? (central[index] as number) : 0,
        none,
        negative,
        uncovered,
        words: words.length,
      },
    };
  }

  /**
   * False when the topic's score for this text is certainly below `score`, true when it may reach it: its
   * own examples and centre (with the classifier's probability taken as 1, then as given) bound it, without
   * the index of every example. For readings that count a clause only if it clearly asks one topic.
   */
  mayReach(text: string, audience: Audience, topicId: string, score: number): boolean {
    const index = this.indexOf.get(topicId);
    if (index === undefined) return true;
    const own = this.topicAlone(index);
    const all = this.analyzer.analyzeAll(text.slice(0, this.options.maxChars));
    const query = this.space.vectorizeWords(all, contentWordFeatures, true);
    const nearest = own.examples.nearestPerLabel(query);
    const central = own.centres.nearestPerLabel(query);
    const hasClassifier = this.classifier !== undefined;
    // As in `read`: the topic counts where the audience sees it, a staff topic lends where it does not.
    const counts = (label: number) => isVisibleTo((this.models[label] as TopicModel).topic, audience) === (label === index);
    // The margin only guards the comparison: the sums are those `read` makes.
    const below = (probability: (label: number) => number) =>
      own.labels.every((label, k) => !counts(label) || this.combine(probability(label), nearest[k] as number, central[k] as number, hasClassifier) < score - REACH_MARGIN);
    if (below(() => 1)) return false;
    if (!this.classifier) return true;
    const probabilities = this.classifier.predictInto(this.wordSpace.vectorizeWords(all, classifierWordFeatures(this.options.classifierCharGrams), false), this.scratch.probabilities);
    return !below((label) => probabilities[label] as number);
  }

  private topicAlone(index: number): { readonly labels: readonly number[]; readonly examples: SimilarityIndex; readonly centres: SimilarityIndex } {
    let own = this.alone.get(index);
    if (own === undefined) {
      const labels = [index, ...this.models.flatMap((m, i) => (m.alternative === index ? [i] : []))];
      own = { labels, examples: this.examples.ofLabels(labels), centres: this.centres.ofLabels(labels) };
      this.alone.set(index, own);
    }
    return own;
  }

  private combine(probability: number, nearest: number, central: number, hasClassifier: boolean): number {
    const { nearestWeight, classifierWeight } = this.options;
    const similarity = nearestWeight * nearest + (1 - nearestWeight) * central;
    return hasClassifier ? classifierWeight * probability + (1 - classifierWeight) * similarity : similarity;
  }

  /** Unknown words and a closer out-of-scope example both say "not ours". */
  private outOfScopeParts(words: readonly string[], negative: number, best: number): { uncovered: number; closerToNegative: number } {
    let known = 0;
    let total = 0;
    for (const word of words) {
      const name = `w:${word}`;
      const idf = this.space.idfOf(name);
      const weight = idf === 0 ? this.options.unknownWordWeight : Math.max(idf, 1);
      total += weight;
      if (this.inDomainWords.has(name) || this.localNameWords.has(word)) known += weight;
    }
    const uncovered = total === 0 ? 1 : 1 - known / total;
    const closerToNegative = negative > best ? Math.min(1, 0.5 + (negative - best) * 2) : 0;
    return { uncovered, closerToNegative };
  }
}

/** `mayReach` says no only this far below the score asked about. */
const REACH_MARGIN = 1e-9;

/** Negations, and with them the speaker: no topic in these alone ("am i in it" still asks, with its pairs). */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nope', 'nah', 'naw']);
const REPLY_ONLY_WORDS: ReadonlySet<string> = new Set([...NEGATIONS, 'i', 'me', 'my']);
/** Function words that say how the person is: "i am not ok", "i'm not well" are not bare replies. */
const HOW_I_AM: ReadonlySet<string> = new Set(['ok', 'okay', 'well']);

/** The ranker's features of one word (its pairs are added by `vectorizeWords`). */
const contentWordFeatures: WordFeatures = (word) => ownFeaturesOf(word, isContentWord);

function trainingTextsOf(topic: Topic): string[] {
  return [...topic.questions, ...topic.keywords, topic.title];
}
