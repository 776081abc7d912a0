import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import englishLookAlikes from './englishLookAlikes.json';
import { RISK_PATTERNS } from './riskPatterns';
import { SpellingCorrector } from './spellingCorrector';
import { normalizeText, tokenize } from './textNormalizer';

/**
 * Every word of four letters or more written out in the risk patterns ("himself", "reason", "tablets"):
 * the vocabulary a misspelt risk message is read back into. Taken from the patterns themselves, so a
 * new pattern's words count without a second list to keep in step.
 */
export function riskVocabulary(): string[] {
  const words = new Set<string>();
  for (const { pattern } of RISK_PATTERNS) for (const word of pattern.source.replace(/\\[a-z]/gi, ' ').match(/[a-z]{4,}/g) ?? []) words.add(word);
  return [...words];
}

/** The respelling for a knowledge base: its questions, keywords, titles, answers, negatives and synonyms, and the risk wording. */
export function knowledgeBaseRespeller(kb: KnowledgeBase): Respeller {
  return new Respeller(
    [...kb.topics.flatMap((t) => [...t.questions, ...t.keywords, t.title, t.answer]), ...kb.outOfScopeExamples, ...kb.synonymGroups.flat()],
    riskVocabulary(),
  );
}

/** Outweighs any count a knowledge-base word has. */
const RISK_WORD_WEIGHT = 1_000_000;

/**
 * The message with misspelt words put right against a vocabulary (the knowledge base's and the risk
 * wording's), leaving punctuation, quotes and known words as written: a second reading for the safety
 * check, which matches exact wording ("no raeson to live", "going to kill himmself").
 */
export class Respeller {
  private readonly corrector: SpellingCorrector;

  constructor(vocabularyTexts: readonly string[], riskWords: Iterable<string> = []) {
    const frequencies = new Map<string, number>();
    for (const text of vocabularyTexts) for (const word of tokenize(normalizeText(text))) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
    // Where a misspelling is as near a risk word as an everyday one ("raeson": reason, or the ransom
    // misspelling "ranson"), the risk word wins: reading risk in is this reading's whole purpose.
    for (const word of riskWords) frequencies.set(word, (frequencies.get(word) ?? 0) + RISK_WORD_WEIGHT);
    // Rightly spelt English words a letter or two from risk wording ("bills", "willing", "overdoes"):
    // known, so never put "right" into it, and never offered as corrections themselves. Generated from
    // a word list (`npm run lookalikes`).
    this.corrector = new SpellingCorrector(frequencies, new Set([...EVERYDAY_LOOK_ALIKES, ...(englishLookAlikes as string[])]));
  }

  respell(text: string): string {
    // A word with an apostrophe is a contraction or a possessive, left whole: "wouldn't" read as
    // "wouldn" + "t" became "would't", a denial turned into the risk it denied.
    return text.replace(/[A-Za-z]+(?:['\u2019][A-Za-z]+)*/g, (word) => {
      if (word.length < 5 || !/^[A-Za-z]+$/.test(word)) return word;
      const lower = word.toLowerCase();
      const corrected = this.corrector.correct(lower);
      // Words the normaliser expands ("shouldnt", "wisnae") are not in the vocabulary, which is normalised:
      // they are known forms, not misspellings ("shouldnt" is not "should").
      // A first letter is rarely the slip, and changing it turns everyday words the vocabulary lacks into
      // risk wording: "bills" into "pills", "sending it all" into "ending it all", "willing" into "killing".
      if (corrected === lower || corrected[0] !== lower[0] || isInflection(lower, corrected) || normalizeText(lower) !== lower) return word;
      return corrected;
    });
  }
}

/**
 * Everyday words the knowledge base lacks, a letter from risk wording with the same first letter, met
 * in messages to this bot ("i've overdone it" is not an overdose, a beach is not bleach). The vocabulary
 * is no dictionary: more may turn up.
 */
const EVERYDAY_LOOK_ALIKES = [
  'overdone', 'overdoing', 'beach', 'beaches', 'bride', 'burying', 'bursting', 'drawn', 'dreading', 'drilling', 'drowsing',
  'gasping', 'hinged', 'hurling', 'print', 'printed', 'printing', 'prison', 'shout', 'shouting', 'together', 'trawling',
  // "walkin intae the solway" (dev41) is walking, not the risk wording's "wakin".
  'walkin',
];

/** "kills" and "kill", "article" and "articles": the same word, rightly spelt, which the vocabulary has in another form. */
function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && ['s', 'es', 'd', 'ed', 'ing', 'er', 'ly'].includes(long.slice(short.length));
}
