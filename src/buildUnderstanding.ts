import type { Config } from './config';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import { messages } from './messages';
import { EmbeddedRecognizer } from './recognition/embeddedRecognizer';
import type { Recognizer } from './recognition/recognizer';
import { compileSafetyCheck } from './recognition/safetyCheck';
import { RiskClassifier } from './recognition/riskClassifier';
import riskExamples from './recognition/riskExamples.json';
import type { DecisionCache } from './recognition/decisionCache';
import type { DecideElsewhere } from './recognition/rememberedDecision';
import { MessageUnderstanding, type Understanding } from './recognition/understandMessage';

/** The message-to-decision path, built the same way for the bot and for the CLIs. */
export interface UnderstandingParts {
  /** The main recogniser (default: embedded). */
  readonly recognizer?: Recognizer;
  /** For the extra readings of one message (a second question, a follow-up): local and free, never CLU. */
  readonly auxiliary?: Recognizer;
  /** The trained second opinion on risk (default: trained on `riskExamples.json`, about a second). */
  readonly riskClassifier?: RiskClassifier;
  /** Remembered decisions (default none): only with a recogniser that answers the same text the same way. */
  readonly decisionCache?: DecisionCache<Understanding>;
  /** Another thread that reads new messages when it can (the understanding worker); only with the embedded recogniser. */
  readonly elsewhere?: DecideElsewhere;
}

/**
 * The risk classifier trained on the examples `npm run risk:examples` wrote: once per process (it never changes
 * after training), so a test run that starts many servers trains it once.
 */
export function defaultRiskClassifier(): RiskClassifier {
  trained ??= new RiskClassifier((riskExamples as [string, number][]).map(([text, risk]) => ({ text, risk: risk === 1 })));
  return trained;
}
let trained: RiskClassifier | undefined;

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
    riskClassifier: parts.riskClassifier ?? defaultRiskClassifier(),
    maxChars: config.MaxMessageChars,
    decisionCache: parts.decisionCache,
    elsewhere: parts.elsewhere,
  });
}

