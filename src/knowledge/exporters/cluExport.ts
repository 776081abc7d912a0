import { questionKey } from '../validateKnowledgeBase';
import type { KnowledgeBase } from '../knowledgeBase';
import type { CluProject } from './cluProjectSchema';

/** CLU's built-in "none of the above" intent; the out-of-scope examples train it. */
const NONE_INTENT = 'None';
const LANGUAGE = 'en-gb';

export interface CluExportOptions {
  readonly projectName: string;
  readonly description?: string;
  /** Every n-th phrasing of an intent (the n-th, 2n-th, …) goes to the Test set; the rest train. */
  readonly testEvery?: number;
  /**
   * The project's own threshold, below which CLU itself answers None. 0 by default: the bot applies
   * `CluConfidenceThreshold` itself, and needs CLU's real scores to know when CLU is unsure.
   */
  readonly confidenceThreshold?: number;
}

/**
 * The knowledge base as a CLU Conversation project for Language Studio's "Import": one intent per
 * topic plus None, the topics' questions as utterances and the out-of-scope examples under None,
 * split deterministically into Train and Test so re-exports are stable and diffable.
 */
export function buildCluProject(knowledgeBase: KnowledgeBase, options: CluExportOptions): CluProject {
  const testEvery = options.testEvery ?? 5;
  const seen = new Set<string>();
  const utterances: CluProject['assets']['utterances'] = [];
  const add = (intent: string, texts: readonly string[]) => {
    let kept = 0;
    for (const text of texts) {
      const key = questionKey(text);
      if (seen.has(key)) continue; // the same phrasing under two intents would teach CLU nothing
      seen.add(key);
      kept++;
      utterances.push({ text: text.trim(), intent, language: LANGUAGE, dataset: kept % testEvery === 0 ? 'Test' : 'Train' });
    }
  };
  for (const topic of knowledgeBase.topics) add(topic.id, topic.questions);
  add(NONE_INTENT, knowledgeBase.outOfScopeExamples);

  return {
    projectFileVersion: '2023-04-01',
    stringIndexType: 'Utf16CodeUnit',
    metadata: {
      projectKind: 'Conversation',
      projectName: options.projectName,
      language: LANGUAGE,
      multilingual: false,
      description: options.description ?? 'NHS Dumfries and Galloway cyber attack assistant: one intent per knowledge-base topic',
      settings: { confidenceThreshold: options.confidenceThreshold ?? 0 },
    },
    assets: {
      projectKind: 'Conversation',
      intents: [...knowledgeBase.topics.map((t) => ({ category: t.id })), { category: NONE_INTENT }],
      entities: [],
      utterances,
    },
  };
}
