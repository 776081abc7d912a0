import { buildUnderstanding } from '../../src/buildUnderstanding';
import type { Audience } from '../../src/knowledge/topicSchema';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { realKnowledgeBase } from './realKnowledgeBase';

let understanding: Promise<MessageUnderstanding> | undefined;

/**
 * The bot's whole understanding path (safety check, recogniser, decision) over the real knowledge base, built
 * once per test run and shared: it holds no conversation state, and building it (training the classifier)
 * took a second or two for each of some fifty suites.
 */
export function wholePathUnderstanding(): Promise<MessageUnderstanding> {
  understanding ??= realKnowledgeBase().then((kb) => buildUnderstanding(kb, { MaxMessageChars: 2000 }));
  return understanding;
}

/** Whether a public message gets the crisis answer, whichever step gives it. */
export async function crisisAnswered(understanding: MessageUnderstanding, text: string): Promise<boolean> {
  const decision = await understanding.understand({ text, audience: 'public' });
  return decision.kind === 'answer' && decision.topicId === 'crisis';
}

/**
 * For a suite that asks what the whole path answers: registers a `before` that builds the path once, and
 * returns a function giving a message's topic, or "none" or "clarify" when nothing is answered.
 */
export function wholePathTopicOf(): (text: string, audience?: Audience) => Promise<string> {
  let understanding: MessageUnderstanding | undefined;
  before(async () => {
    understanding = await wholePathUnderstanding();
  });
  return async (text, audience = 'public') => {
    if (!understanding) throw new Error('wholePathTopicOf: used outside the suite that called it');
    const decision = await understanding.understand({ text, audience });
    return decision.kind === 'answer' ? decision.topicId : decision.kind;
  };
}
