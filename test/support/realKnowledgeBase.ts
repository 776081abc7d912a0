import path from 'node:path';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { formatProblem } from '../../src/knowledge/knowledgeProblem';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { EmbeddedRecognizer } from '../../src/recognition/embeddedRecognizer';
import type { Recognizer } from '../../src/recognition/recognizer';

export const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');

let loading: Promise<KnowledgeBase> | undefined;

/** The project's own `knowledge/` folder, loaded once per test run and shared (it is read-only). */
export function realKnowledgeBase(): Promise<KnowledgeBase> {
  loading ??= loadKnowledgeBase(KNOWLEDGE_DIR).then((result) => {
    if (!result.ok) throw new Error(`knowledge/ does not load:\n${result.problems.map(formatProblem).join('\n')}`);
    return result.knowledgeBase;
  });
  return loading;
}

let recognizer: Promise<Recognizer> | undefined;

/**
 * The embedded recogniser over the real knowledge base, built once: it trains on every question,
 * which takes a few hundred milliseconds, too long to repeat for every conversation a test opens.
 */
export function realRecognizer(): Promise<Recognizer> {
  recognizer ??= realKnowledgeBase().then((kb) => new EmbeddedRecognizer(kb, { maxChars: 2000 }));
  return recognizer;
}
