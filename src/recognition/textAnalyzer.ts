import { mayHoldPersonalData } from '../privacy/findPersonalData';
import { normalizeText, tokenize } from './textNormalizer';
import { stem } from './stemmer';
import { SpellingCorrector } from './spellingCorrector';
import { SynonymMap } from './synonymMap';

/** Function words that carry no meaning for choosing a topic; question words are kept on purpose. */
const STOPWORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'be', 'been', 'being', 'is', 'are', 'was',
  'were', 'am', 'it', 'this', 'that', 'there', 'please', 'pls', 'plz', 'just', 'do', 'does', 'did', 'so', 'um',
  'erm', 'eh', 'oh', 'well', 'like', 'really', 'very', 'any', 'some', 'also', 'too', 'then', 'now', 'by', 'with',
  'from', 'about', 'as', 'if', 'would', 'could', 'should', 'will', 'can', 'may', 'might', 'shall', 'must', 'got',
  'get', 'have', 'has', 'had', 'ok', 'okay', 'know', 'ken', 'think', 'tell', 'say', 'said', 'one',
]);

/** Words whose analysis is remembered: the everyday vocabulary, small next to the model. */
const WORD_CACHE_SIZE = 4096;

export function isContentWord(w: string): boolean {
  return !STOPWORDS.has(w);
}

/** Drops the function words from an analysed word list. */
export function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => !STOPWORDS.has(w));
}

export interface TextAnalyzerData {
  /** Every training text, used to build the spelling vocabulary. */
  readonly vocabularyTexts: readonly string[];
  readonly synonymGroups: readonly (readonly string[])[];
}

/** Turns a message into the canonical word stems the ranker compares. */
export class TextAnalyzer {
  private readonly corrector: SpellingCorrector;
  private readonly synonyms: SynonymMap;
  /** Stems of the vocabulary: "helping" is a known word ("help") and must not be "corrected" to "helpline". */
  private readonly knownStems = new Set<string>();
  private readonly stems = new Map<string, string>();

  constructor(data: TextAnalyzerData) {
    const frequencies = new Map<string, number>();
    const count = (text: string) => {
      for (const word of tokenize(normalizeText(text))) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
    };
    data.vocabularyTexts.forEach(count);
    data.synonymGroups.forEach((group) => group.forEach(count));
    this.corrector = new SpellingCorrector(frequencies);
    for (const word of frequencies.keys()) this.knownStems.add(stem(word));
    this.synonyms = new SynonymMap(
      data.synonymGroups.map((group) => group.map((phrase) => tokenize(normalizeText(phrase)).map(stem))),
    );
  }

  /** Stems of the message after spelling correction and synonym folding, stopwords kept. */
  analyzeAll(text: string): string[] {
    return this.synonyms.apply(tokenize(normalizeText(text)).map((w) => this.analyzeWord(w)));
  }

  /** A word's stem after spelling correction; remembered, since the same few hundred words come up again and again. */
  private analyzeWord(word: string): string {
    const cached = this.stems.get(word);
    if (cached !== undefined) return cached;
    const s = stem(word);
    const result = this.knownStems.has(s) ? s : stem(this.corrector.correct(word));
    // A word with a digit or @ may be part of a phone, CHI or card number or an email address: it is
    // not kept in memory after its message.
    if (mayHoldPersonalData(word)) return result;
    // Bounded: a flood of made-up words starts the cache afresh rather than growing it.
    if (this.stems.size >= WORD_CACHE_SIZE) this.stems.clear();
    this.stems.set(word, result);
    return result;
  }

  /** The words that matter for ranking. */
  analyze(text: string): string[] {
    return contentWords(this.analyzeAll(text));
  }

  isKnownWord(word: string): boolean {
    return this.corrector.has(word);
  }
}
