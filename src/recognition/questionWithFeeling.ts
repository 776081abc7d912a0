import { isVisibleTo } from '../knowledge/knowledgeBase';
import type { Audience, Topic } from '../knowledge/topicSchema';

export interface FeelingChoiceOptions {
  /** Each topic by id: which audience may see it. */
  readonly topics: ReadonlyMap<string, Topic>;
  readonly supportTopicId: string;
  readonly crisisTopicId: string;
}

/**
 * "pls tell me if im affected im so worried" ranks the question and emotional support alike: the
 * feeling comes with the question. Asking a worried person which of the two they meant is clumsy;
 * the question is answered and support offered below it (answering the feeling left the question
 * unanswered: "im 16 and i went to camhs, are my sessions in the leak, im scared"). A crisis leads, as elsewhere.
 */
export function questionWithFeeling(choices: readonly string[], audience: Audience, options: FeelingChoiceOptions): { main: string; other: string } | undefined {
  const { topics, supportTopicId, crisisTopicId } = options;
  if (choices.length !== 2 || !choices.includes(supportTopicId)) return undefined;
  // A choice this audience cannot see (CLU need not filter) is left to the "did you mean" rule, which drops it.
  if (!choices.every((id) => { const topic = topics.get(id); return topic === undefined || isVisibleTo(topic, audience); })) return undefined;
  const [main, other] = [...choices].sort((a, b) => Number(b === crisisTopicId) - Number(a === crisisTopicId) || Number(a === supportTopicId) - Number(b === supportTopicId));
  return main !== undefined && other !== undefined ? { main, other } : undefined;
}
