import { SpellingCorrector } from './spellingCorrector';
import { normalizeText } from './textNormalizer';

/**
 * The English words (of the length the respelling reads) that a corrector over the risk wording alone
 * would change into a risk word: "bills" (pills), "willing" (killing),
 * "overdoes" (overdose). Rightly spelt, they must be read as written. Generated into
 * `englishLookAlikes.json` by `npm run lookalikes` from a word list, so the bot carries a few thousand
 * words rather than a dictionary; a test keeps the file in step with the risk wording.
 */
export function findEnglishLookAlikes(englishWords: readonly string[], riskWords: readonly string[]): string[] {
  const corrector = new SpellingCorrector(new Map(riskWords.map((w) => [w, 1])));
  const risk = new Set(riskWords);
  const found = new Set<string>();
  for (const word of englishWords) {
    if (!/^[a-z]{5,}$/.test(word) || risk.has(word) || normalizeText(word) !== word) continue;
    // Any first letter: which near word a tie falls to is not this list's business.
    if (corrector.correct(word) !== word) found.add(word);
  }
  return [...found].sort();
}
