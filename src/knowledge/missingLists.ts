import type { KnowledgeBase } from './knowledgeBase';
import type { KnowledgeProblem } from './knowledgeProblem';
import { LOCAL_NAMES_FILE, OUT_OF_SCOPE_FILE, SYNONYMS_FILE } from './loadKnowledgeBase';

/**
 * The optional lists beside the topics, each missing or empty. The bot starts without them, but reads
 * worse: a knowledge folder copied without its lists would otherwise lose them silently.
 */
export function findMissingLists(kb: KnowledgeBase): KnowledgeProblem[] {
  const lists: [string, number, string][] = [
    [OUT_OF_SCOPE_FILE, kb.outOfScopeExamples.length, 'the bot has no examples of questions it must not answer (prescriptions, other breaches) and will guess more'],
    [SYNONYMS_FILE, kb.synonymGroups.length, 'words people use for the same thing ("casualty", "A&E") are read as different words'],
    [LOCAL_NAMES_FILE, kb.localNames?.length ?? 0, 'a local place before "hack" ("the dgri hack") may be read as another organisation\'s incident'],
  ];
  return lists.filter(([, count]) => count === 0).map(([file, , loses]) => ({ code: 'missing-list', file, loses }));
}
