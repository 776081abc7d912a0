import type { Config } from './config';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import { messages } from './messages';
import { EmbeddedRecognizer } from './recognition/embeddedRecognizer';
import type { Recognizer } from './recognition/recognizer';
import { compileSafetyCheck } from './recognition/safetyCheck';
import { MessageUnderstanding } from './recognition/understandMessage';

/** The message-to-decision path, built the same way for the bot and for the CLIs. */
export interface UnderstandingParts {
  /** The main recogniser (default: embedded). */
  readonly recognizer?: Recognizer;
  /** For the extra readings of one message (a second question, a follow-up): local and free, never CLU. */
  readonly auxiliary?: Recognizer;
}

export function buildUnderstanding(
  knowledgeBase: KnowledgeBase,
  config: Pick<Config, 'MaxMessageChars'>,
  parts: UnderstandingParts = {},
): MessageUnderstanding {
  // At start, not on the first messages that reach each risk pattern.
  compileSafetyCheck();
  const recognizer = parts.recognizer ?? new EmbeddedRecognizer(knowledgeBase, { maxChars: config.MaxMessageChars });
  return new MessageUnderstanding({
    recognizer,
    auxiliary: parts.auxiliary ?? recognizer,
    knowledgeBase,
    buttonPhrases: { [messages.talkToPerson]: 'human' },
    maxChars: config.MaxMessageChars,
  });
}

