import type { Config } from './config';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import { messages } from './messages';
import { EmbeddedRecognizer } from './recognition/embeddedRecognizer';
import type { Recognizer } from './recognition/recognizer';
import { MessageUnderstanding } from './recognition/understandMessage';

/** The message-to-decision path, built the same way for the bot and for the CLIs. */
export function buildUnderstanding(knowledgeBase: KnowledgeBase, config: Pick<Config, 'MaxMessageChars'>, recognizer?: Recognizer): MessageUnderstanding {
  return new MessageUnderstanding({
    recognizer: recognizer ?? new EmbeddedRecognizer(knowledgeBase, { maxChars: config.MaxMessageChars }),
    knowledgeBase,
    buttonPhrases: { [messages.talkToPerson]: 'human' },
    maxChars: config.MaxMessageChars,
  });
}

