import { DecisionCache } from './decisionCache';
import type { Understanding, UnderstandInput } from './understandMessage';

/** A decision and whether making it read the conversation's previous topic (which decides how it is remembered). */
export interface WatchedDecision {
  readonly decision: Understanding;
  readonly readPrevious: boolean;
}

/**
 * A decision made somewhere other than this thread (the understanding worker), from the same words,
 * audience and previous topic; undefined when it cannot be made there now, and the caller makes it.
 */
export type DecideElsewhere = (input: { readonly text: string; readonly audience: UnderstandInput['audience']; readonly previousTopicId?: string }) => Promise<WatchedDecision | undefined>;

/** Makes a decision while noticing whether it reads the previous topic: where it does, the decision depends on it. */
export async function watchingPrevious(input: UnderstandInput, make: (input: UnderstandInput) => Promise<Understanding>): Promise<WatchedDecision> {
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
  return { decision, readPrevious };
}

/** A decision made afresh: by `elsewhere` when it can take the message, else here by `make`, noticing whether it read the previous topic. */
export async function decidedAfresh(text: string, input: UnderstandInput, make: (input: UnderstandInput) => Promise<Understanding>, elsewhere?: DecideElsewhere): Promise<WatchedDecision> {
  return (await elsewhere?.({ text, audience: input.audience, previousTopicId: input.previousTopicId })) ?? watchingPrevious(input, make);
}

/**
 * The decision on a message from `cache` when the same words came before from the same audience (and
 * after the same topic, where the previous topic was read), else made (by `elsewhere` when it can, by
 * `make` otherwise) and remembered. Most messages are decided without the previous topic (only a short
 * follow-up, a bare reply or everyday risk wording reads it): the read is noticed as it happens, so
 * such a decision serves any point of a conversation. Whether it is read depends only on the words and
 * the audience.
 */
export async function rememberedDecision(
  cache: DecisionCache<Understanding>,
  text: string,
  input: UnderstandInput,
  make: (input: UnderstandInput) => Promise<Understanding>,
  elsewhere?: DecideElsewhere,
): Promise<Understanding> {
  const anywhere = DecisionCache.keyOf([input.audience, text]);
  const afterPrevious = DecisionCache.keyOf([input.audience, text, input.previousTopicId]);
  const remembered = cache.get(anywhere, afterPrevious);
  if (remembered !== undefined) return remembered;
  const made = await decidedAfresh(text, input, make, elsewhere);
  return cache.set(made.readPrevious ? afterPrevious : anywhere, made.decision);
}
