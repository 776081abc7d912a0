import { DecisionCache } from './decisionCache';
import type { Understanding, UnderstandInput } from './understandMessage';

/**
 * The decision on a message from `cache` when the same words came before from the same audience (and
 * after the same topic, where the previous topic was read), else made by `make` and remembered.
 * Most messages are decided without the previous topic (only a short follow-up, a bare reply or
 * everyday risk wording reads it): the read is noticed as it happens, so such a decision serves any
 * point of a conversation. Whether it is read depends only on the words and the audience.
 */
export async function rememberedDecision(
  cache: DecisionCache<Understanding>,
  text: string,
  input: UnderstandInput,
  make: (input: UnderstandInput) => Promise<Understanding>,
): Promise<Understanding> {
  const anywhere = DecisionCache.keyOf([input.audience, text]);
  const afterPrevious = DecisionCache.keyOf([input.audience, text, input.previousTopicId]);
  const remembered = cache.get(anywhere, afterPrevious);
  if (remembered !== undefined) return remembered;
  let readPrevious = false;
  const watched: UnderstandInput = {
    text: input.text,
    audience: input.audience,
    get previousTopicId() {
      readPrevious = true;
      return input.previousTopicId;
    },
  };
  const decision = await make(watched);
  return cache.set(readPrevious ? afterPrevious : anywhere, decision);
}
