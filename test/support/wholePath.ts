import { buildUnderstanding } from '../../src/buildUnderstanding';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { realKnowledgeBase } from './realKnowledgeBase';

/** The bot's whole understanding path (safety check, recogniser, decision) over the real knowledge base. */
export async function wholePathUnderstanding(): Promise<MessageUnderstanding> {
  return buildUnderstanding(await realKnowledgeBase(), { MaxMessageChars: 2000 });
}

/** Whether a public message gets the crisis answer, whichever step gives it. */
export async function crisisAnswered(understanding: MessageUnderstanding, text: string): Promise<boolean> {
  const decision = await understanding.understand({ text, audience: 'public' });
  return decision.kind === 'answer' && decision.topicId === 'crisis';
}
