import { ClauseReadings } from './clauseReadings';
import { type DecisionGrounds, decide as decideRanked, type DecisionThresholds } from './decide';
import { withoutMannersGuessed } from './mannersGuessed';
import { type FeelingChoiceOptions, questionWithFeeling } from './questionWithFeeling';
import type { Recognition, Recognizer } from './recognizer';
import { isReplyOnly } from './replyWording';
import type { Understanding, UnderstandInput } from './understandMessage';

const MAX_FOLLOW_UP_WORDS = 5;

export interface RecognisedDecisionOptions extends DecisionGrounds {
  /** Reads a message's clauses and follow-ups (local and free, never CLU). */
  readonly auxiliary: Recognizer;
}

/**
 * From a message's ranking (after the safety check and the readings around the recogniser) to the
 * decision: the decision rule, then what the message's clauses, feelings and the previous topic say.
 */
export class RecognisedDecision {
  private readonly auxiliary: Recognizer;
  private readonly thresholds: DecisionThresholds;
  private readonly crisisTopicId: string;
  private readonly humanTopicId: string;
  private readonly titles = new Map<string, string>();
  /** Small talk (hello, thanks, goodbye): never the question when a message also asks one. */
  private readonly conversational = new Set<string>();
  /** Readings of a message's clauses one by one: two questions, a person asked for, a buried or marked question. */
  private readonly clauses: ClauseReadings;
  /** What `questionWithFeeling` needs: each topic by id (who may see it), and the support and crisis topics. */
  private readonly feeling: FeelingChoiceOptions;

  constructor(options: RecognisedDecisionOptions) {
    for (const topic of options.topics) {
      this.titles.set(topic.id, topic.title);
      if (topic.kind === 'conversational') this.conversational.add(topic.id);
    }
    this.auxiliary = options.auxiliary;
    this.thresholds = options.thresholds;
    this.crisisTopicId = options.crisisTopicId;
    this.humanTopicId = options.humanTopicId;
    this.feeling = { topics: new Map(options.topics.map((t) => [t.id, t])), supportTopicId: options.supportTopicId, crisisTopicId: options.crisisTopicId };
    this.clauses = new ClauseReadings({ auxiliary: options.auxiliary, thresholds: options.thresholds, crisisTopicId: options.crisisTopicId, humanTopicId: options.humanTopicId, conversational: this.conversational });
  }

  /** The decision on a recognised message: an answer (maybe with a second question), "did you mean", a follow-up, or none. */
  async decide(recognition: Recognition, readable: string, input: UnderstandInput): Promise<Understanding> {
    const decision = withoutMannersGuessed(decideRanked(recognition, this.thresholds), readable, this.thresholds);
    const stated = await this.clauses.statedQuestion(readable, input.audience, recognition);
    if (stated && (decision.kind !== 'answer' || stated !== decision.topicId)) {
      const alsoAsked = decision.kind === 'answer' && !this.conversational.has(decision.topicId) && decision.topicId !== this.crisisTopicId ? decision.topicId : undefined;
      return { kind: 'answer', topicId: stated, score: Math.max(decision.score, this.thresholds.answer), via: 'recognizer', ...(alsoAsked ? { alsoAsked } : {}) };
    }
    if (decision.kind === 'answer') {
      const alsoAsked = await this.clauses.secondQuestion(readable, input.audience, decision.topicId);
      // "hi there. who did this": the greeting is manners, the question is what was asked. A person asked for is not manners.
      if (alsoAsked && this.conversational.has(decision.topicId) && decision.topicId !== this.humanTopicId && !this.conversational.has(alsoAsked))
        return { ...decision, topicId: alsoAsked, via: 'recognizer' };
      return alsoAsked ? { ...decision, via: 'recognizer', alsoAsked } : { ...decision, via: 'recognizer' };
    }
    if (decision.kind === 'clarify') {
      const both = await this.clauses.twoQuestions(readable, input.audience, decision.topicIds);
      // A feeling asked beside a question: the question leads, as below ("…im not scared, im raging. where do i report it").
      const ordered = both && (questionWithFeeling([both.main, both.other], input.audience, this.feeling) ?? both);
      if (ordered) return { kind: 'answer', topicId: ordered.main, score: decision.score, via: 'recognizer', alsoAsked: ordered.other };
      const withFeeling = questionWithFeeling(decision.topicIds, input.audience, this.feeling);
      // "ok thanks, still worried though": the thanks is manners, the worry is what to answer.
      if (withFeeling && this.conversational.has(withFeeling.main) !== this.conversational.has(withFeeling.other))
        return { kind: 'answer', topicId: this.conversational.has(withFeeling.main) ? withFeeling.other : withFeeling.main, score: decision.score, via: 'recognizer' };
      if (withFeeling) return { kind: 'answer', topicId: withFeeling.main, score: decision.score, via: 'recognizer', alsoAsked: withFeeling.other };
    }
    const followUp = await this.followUpInContext(readable, input);
    if (followUp) return followUp;
    if (decision.kind === 'none') return (await this.clauses.askedForAPerson(readable, input.audience)) ?? (await this.clauses.buriedQuestion(readable, input.audience, recognition)) ?? { ...decision, via: 'recognizer' };
    return { ...decision, via: 'recognizer' };
  }

  /**
   * "and the number?" or "what about saturday" after an answer: read the short message together
   * with the previous topic's title, as Custom Question Answering does with its previous answer.
   */
  private async followUpInContext(text: string, input: UnderstandInput): Promise<Understanding | undefined> {
    const previous = input.previousTopicId ? this.titles.get(input.previousTopicId) : undefined;
    // A bare "no" or "ok" read with the title is the title alone: the previous answer again.
    if (previous === undefined || text.split(/\s+/).length > MAX_FOLLOW_UP_WORDS || isReplyOnly(text)) return undefined;
    const decision = decideRanked(await this.auxiliary.recognize(`${previous} ${text}`, input.audience), this.thresholds);
    return decision.kind === 'answer' ? { ...decision, via: 'context' } : undefined;
  }
}
