import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { findTopic, isVisibleTo } from '../knowledge/knowledgeBase';
import type { Audience } from '../knowledge/topicSchema';
import type { Understanding } from '../recognition/understandMessage';

/**
 * Keeps staff topics away from the public whatever the recogniser returned: recognisers are
 * swappable (embedded, CLU), so the dialog does not rely on each one filtering by audience.
 * A clarify left with one visible choice becomes that answer; with none, a fallback.
 */
export function decisionForAudience(decision: Understanding, knowledgeBase: KnowledgeBase, audience: Audience): Understanding {
  const visible = (id: string) => {
    const topic = findTopic(knowledgeBase, id);
    return topic === undefined || isVisibleTo(topic, audience);
  };
  switch (decision.kind) {
    case 'answer':
      return visible(decision.topicId) ? decision : { kind: 'none', score: decision.score, via: decision.via };
    case 'clarify': {
      const topicIds = decision.topicIds.filter(visible);
      if (topicIds.length === decision.topicIds.length) return decision;
      const [only] = topicIds;
      if (topicIds.length >= 2) return { ...decision, topicIds };
      if (only !== undefined) return { kind: 'answer', topicId: only, score: decision.score, via: decision.via };
      return { kind: 'none', score: decision.score, via: decision.via };
    }
    case 'none':
      return decision;
  }
}
