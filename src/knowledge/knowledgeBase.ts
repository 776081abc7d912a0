import type { Topic, Audience } from './topicSchema';

/** The loaded, validated knowledge base; read-only after loading. */
export interface KnowledgeBase {
  readonly topics: readonly Topic[];
  /** Examples of messages that are out of scope (training negatives). */
  readonly outOfScopeExamples: readonly string[];
  /** Domain synonym groups; the first word of each group is canonical. */
  readonly synonymGroups: readonly (readonly string[])[];
  /** Local places and sites: in front of "hack" or "breach" they describe this incident, not another one. */
  readonly localNames?: readonly string[];
  /** Other boards, hospitals and organisations with incidents of their own: a question about one of them is not this bot's. */
  readonly otherPlaces?: readonly string[];
}

export function findTopic(kb: KnowledgeBase, id: string): Topic | undefined {
  return kb.topics.find((t) => t.id === id);
}

/** Staff topics are visible only to staff; public topics to everyone. */
export function isVisibleTo(topic: Pick<Topic, 'audience'>, audience: Audience): boolean {
  return topic.audience === 'public' || audience === 'staff';
}
