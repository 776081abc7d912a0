import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { isVisibleTo } from '../knowledge/knowledgeBase';
import type { Audience, Topic } from '../knowledge/topicSchema';
import { questionKey } from '../knowledge/validateKnowledgeBase';
import { decide, type Decision, type DecisionThresholds, DEFAULT_THRESHOLDS } from './decide';
import type { Recognizer } from './recognizer';
import { checkSafety } from './safetyCheck';

export type Understanding = Decision & {
  /** Which step decided: the safety check, the recogniser, or the conversation's previous topic. */
  readonly via: 'safety' | 'recognizer' | 'context';
  /** A second question found in the same message, offered as a follow-up. */
  readonly alsoAsked?: string;
};

export interface UnderstandInput {
  readonly text: string;
  readonly audience: Audience;
  readonly previousTopicId?: string;
}

export interface MessageUnderstandingOptions {
  readonly recognizer: Recognizer;
  /** Topic titles are the labels of the bot's buttons; a tapped button is answered directly. */
  readonly knowledgeBase: KnowledgeBase;
  /** Extra exact phrases for a topic, such as the page's "Talk to a person" button. */
  readonly buttonPhrases?: Readonly<Record<string, string>>;
  readonly crisisTopicId?: string;
  /** Where wording that disclaims risk is sent instead of the crisis answer. */
  readonly supportTopicId?: string;
  readonly thresholds?: DecisionThresholds;
  /** Only this many characters are read; a 100,000-character message is answered from its start. */
  readonly maxChars?: number;
}

/**
 * The one path from a message to a decision, shared by the bot, `npm run ask` and `npm run eval`:
 * safety check first, then the recogniser, then the decision rule.
 */
export class MessageUnderstanding {
  private readonly recognizer: Recognizer;
  private readonly crisisTopicId: string;
  private readonly supportTopicId: string;
  private readonly thresholds: DecisionThresholds;
  private readonly maxChars: number;
  private readonly buttons = new Map<string, Topic>();

  constructor(options: MessageUnderstandingOptions) {
    for (const topic of options.knowledgeBase.topics) this.buttons.set(questionKey(topic.title), topic);
    for (const [phrase, id] of Object.entries(options.buttonPhrases ?? {})) {
      const topic = options.knowledgeBase.topics.find((t) => t.id === id);
      if (topic) this.buttons.set(questionKey(phrase), topic);
    }
    this.recognizer = options.recognizer;
    this.crisisTopicId = options.crisisTopicId ?? 'crisis';
    this.supportTopicId = options.supportTopicId ?? 'emotional-support';
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.maxChars = options.maxChars ?? 2000;
  }

  async understand(input: UnderstandInput): Promise<Understanding> {
    const text = input.text.slice(0, this.maxChars);
    const safety = checkSafety(text);
    if (safety.risk) return { kind: 'answer', topicId: this.crisisTopicId, score: 1, via: 'safety' };
    const button = this.buttons.get(questionKey(text));
    if (button && isVisibleTo(button, input.audience)) return { kind: 'answer', topicId: button.id, score: 1, via: 'context' };
    let recognition = await this.recognizer.recognize(text, input.audience);
    // "I'm not suicidal, just stressed": the person has told us there is no risk; ordinary worry
    // is answered with emotional support, not the crisis answer.
    if (safety.disclaimed) {
      recognition = {
        ...recognition,
        ranked: recognition.ranked.map((s) => (s.topicId === this.crisisTopicId ? { ...s, topicId: this.supportTopicId } : s)).filter((s, i, all) => all.findIndex((o) => o.topicId === s.topicId) === i),
      };
    }
    return { ...decide(recognition, this.thresholds), via: 'recognizer' };
  }
}
