import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { isVisibleTo } from '../knowledge/knowledgeBase';
import { SUPPORT_TOPIC_ID } from '../knowledge/requiredTopics';
import type { Audience, Topic } from '../knowledge/topicSchema';
import { questionKey } from '../knowledge/validateKnowledgeBase';
import { type Decision, type DecisionGrounds, type DecisionThresholds, DEFAULT_THRESHOLDS } from './decide';
import type { Recognizer } from './recognizer';
import { knowledgeBaseRespeller, type Respeller } from './respeller';
import { checkSafetyRespelt } from './respeltSafetyCheck';
import type { SafetyResult } from './safetyCheck';
import { declinesAPerson, declinesAnyone, isReplyOnly, replyKey } from './replyWording';
import { ReadableText } from './readableText';
import { MessageReadings } from './messageReadings';
import { RecognisedDecision } from './recognisedDecision';
import { asksIfSafeAnyway, type CheckInOptions, DEFAULT_CHECK_IN_SCORE, withCheckIn } from './safetyCheckIn';
import type { RiskClassifier } from './riskClassifier';
import type { DecisionCache } from './decisionCache';
import { type DecideElsewhere, decidedAfresh, rememberedDecision, type WatchedDecision, watchingPrevious } from './rememberedDecision';

export { DEFAULT_CHECK_IN_SCORE } from './safetyCheckIn';

export type Understanding = Decision & {
  /** Which step decided: the safety check, the recogniser, or the conversation's previous topic. */
  readonly via: 'safety' | 'recognizer' | 'context';
  /** A second question found in the same message, offered as a follow-up. */
  readonly alsoAsked?: string;
  /** The crisis topic ranked near the top without being the answer: ask gently whether the person is safe. */
  readonly checkIn?: true;
};

export interface UnderstandInput {
  readonly text: string;
  readonly audience: Audience;
  readonly previousTopicId?: string;
}

export interface MessageUnderstandingOptions {
  readonly recognizer: Recognizer;
  /** Reads the extra parts of a message (second question, follow-up); defaults to `recognizer`. */
  readonly auxiliary?: Recognizer;
  /** Topic titles are the labels of the bot's buttons; a tapped button is answered directly. */
  readonly knowledgeBase: KnowledgeBase;
  /** Extra exact phrases for a topic, such as the page's "Talk to a person" button. */
  readonly buttonPhrases?: Readonly<Record<string, string>>;
  readonly crisisTopicId?: string;
  /** Where wording that disclaims risk is sent instead of the crisis answer. */
  readonly supportTopicId?: string;
  /** The topic that offers a person. */
  readonly humanTopicId?: string;
  readonly thresholds?: DecisionThresholds;
  /** Only this many characters are read; a 100,000-character message is answered from its start. */
  readonly maxChars?: number;
  /** Lowest crisis score, in the recogniser's top two, that adds the safety check-in. */
  readonly checkInScore?: number;
  /** A trained second opinion on risk, for wording the patterns miss (none: the patterns alone). */
  readonly riskClassifier?: RiskClassifier;
  /** Decisions remembered (`rememberedDecision`): only with a recogniser that reads the same text alike (not CLU). */
  readonly decisionCache?: DecisionCache<Understanding>;
  /**
   * Where new messages are read when it can take them (the understanding worker, the same knowledge
   * base on another thread); this thread reads them when it cannot. Only with the embedded recogniser.
   */
  readonly elsewhere?: DecideElsewhere;
}

/**
 * The one path from a message to a decision, shared by the bot, `npm run ask` and `npm run eval`:
 * safety check first, then the recogniser, then the decision rule.
 */
export class MessageUnderstanding {
  private readonly recognizer: Recognizer;
  private readonly crisisTopicId: string;
  private readonly supportTopicId: string;
  private readonly humanTopicId: string;
  private readonly maxChars: number;
  private readonly checkIn: CheckInOptions;
  private readonly riskClassifier: RiskClassifier | undefined;
  private readonly respeller: Respeller;
  private readonly buttons = new Map<string, Topic>();
  /** The readings around the recogniser (a scammer's contact, details given to be checked, …). */
  private readonly readings: MessageReadings;
  /** The decision on a recognised message. */
  private readonly recognised: RecognisedDecision;
  /** The text the recognisers read from a message. */
  private readonly readable: ReadableText;
  /** Read by the benchmark. */
  readonly decisions: DecisionCache<Understanding> | undefined;
  private readonly elsewhere: DecideElsewhere | undefined;

  constructor(options: MessageUnderstandingOptions) {
    for (const topic of options.knowledgeBase.topics) this.buttons.set(questionKey(topic.title), topic);
    for (const [phrase, id] of Object.entries(options.buttonPhrases ?? {})) {
      const topic = options.knowledgeBase.topics.find((t) => t.id === id);
      if (topic) this.buttons.set(questionKey(phrase), topic);
    }
    this.readable = new ReadableText(options.knowledgeBase);
    this.recognizer = options.recognizer;
    const auxiliary = options.auxiliary ?? options.recognizer;
    this.crisisTopicId = options.crisisTopicId ?? 'crisis';
    this.supportTopicId = options.supportTopicId ?? SUPPORT_TOPIC_ID;
    this.humanTopicId = options.humanTopicId ?? 'human';
    const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.maxChars = options.maxChars ?? 2000;
    this.checkIn = { crisisTopicId: this.crisisTopicId, score: options.checkInScore ?? DEFAULT_CHECK_IN_SCORE };
    this.riskClassifier = options.riskClassifier;
    this.decisions = options.decisionCache;
    this.elsewhere = options.elsewhere;
    this.respeller = knowledgeBaseRespeller(options.knowledgeBase);
    const grounds: DecisionGrounds = {
      topics: options.knowledgeBase.topics,
      thresholds,
      crisisTopicId: this.crisisTopicId,
      humanTopicId: this.humanTopicId,
      supportTopicId: this.supportTopicId,
    };
    this.readings = new MessageReadings({ ...grounds, places: { elsewhere: options.knowledgeBase.otherPlaces ?? [], here: options.knowledgeBase.localNames ?? [] } });
    this.recognised = new RecognisedDecision({ ...grounds, auxiliary });
  }

  /** The decision on a message, remembered (`rememberedDecision`) when there is a cache. */
  async understand(input: UnderstandInput): Promise<Understanding> {
    // The recogniser reads the start of a long message; the safety check reads on (a story that ends in risk).
    if (input.text.length > this.maxChars && this.checkSafety(input.text).risk) return { kind: 'answer', topicId: this.crisisTopicId, score: 1, via: 'safety' };
    const text = input.text.slice(0, this.maxChars);
    const make = (watched: UnderstandInput) => this.understandAfresh(text, watched);
    if (this.decisions !== undefined) return rememberedDecision(this.decisions, text, input, make, this.elsewhere);
    return (await decidedAfresh(text, input, make, this.elsewhere)).decision;
  }

  /** The decision made afresh on this thread, and whether it read the previous topic: what the understanding worker answers. */
  understandWatched(input: UnderstandInput): Promise<WatchedDecision> {
    const text = input.text.slice(0, this.maxChars);
    return watchingPrevious(input, (watched) => this.understandAfresh(text, watched));
  }

  private async understandAfresh(text: string, input: UnderstandInput): Promise<Understanding> {
    const safety = this.checkSafety(text);
    if (safety.risk) return { kind: 'answer', topicId: this.crisisTopicId, score: 1, via: 'safety' };
    const button = this.buttons.get(questionKey(text));
    if (button && isVisibleTo(button, input.audience)) return { kind: 'answer', topicId: button.id, score: 1, via: 'context' };
    // "no i dont want a human" reads as the human topic (and a check-in): it answers the offer, and the dialog acknowledges it.
    const key = replyKey(text);
    if (isReplyOnly(text) && declinesAPerson(key) && (input.previousTopicId === this.humanTopicId || !declinesAnyone(key))) return { kind: 'none', score: 0, via: 'context' };
    const readable = this.readable.of(text);
    let recognition = await this.recognizer.recognize(readable, input.audience);
    // "I'm not suicidal, just stressed": the person has told us there is no risk; ordinary worry
    // is answered with emotional support, not the crisis answer.
    if (safety.disclaimed) {
      recognition = {
        ...recognition,
        ranked: recognition.ranked.map((s) => (s.topicId === this.crisisTopicId ? { ...s, topicId: this.supportTopicId } : s)).filter((s, i, all) => all.findIndex((o) => o.topicId === s.topicId) === i),
      };
    }
    // "i dont want to talk to a person, just tell me the number": a person declined is not asked for.
    if (declinesAPerson(key)) recognition = { ...recognition, ranked: recognition.ranked.filter((s) => s.topicId !== this.humanTopicId) };
    recognition = this.readings.apply(recognition, readable, text, input.audience);
    const askIfSafe = asksIfSafeAnyway(safety, text, this.riskClassifier);
    // "i've overdone it this week": everyday wording the recogniser takes for risk. It decides without
    // the crisis topic, which still brings the safety check-in (`withCheckIn` reads the whole ranking);
    // so does the follow-up reading with the previous topic, unless that topic was the crisis answer.
    if (!safety.everyday) return withCheckIn(await this.recognised.decide(recognition, readable, input), recognition, this.checkIn, askIfSafe);
    const understood = await this.recognised.decide({ ...recognition, ranked: recognition.ranked.filter((s) => s.topicId !== this.crisisTopicId) }, readable, input);
    const crisisAgain = understood.kind === 'answer' && understood.topicId === this.crisisTopicId && input.previousTopicId !== this.crisisTopicId;
    return withCheckIn(crisisAgain ? { kind: 'none', score: understood.score, via: 'recognizer' } : understood, recognition, this.checkIn, askIfSafe);
  }

  /**
   * The safety check, with the message respelt when it finds nothing (`checkSafetyRespelt`). Also
   * used while a person is taking over (the visitor relay).
   */
  checkSafety(text: string): SafetyResult {
    return checkSafetyRespelt(text, this.respeller);
  }
}
