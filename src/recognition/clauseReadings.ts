import type { Audience } from '../knowledge/topicSchema';
import { buriedQuestions, statedQuestion } from './buriedQuestion';
import { decide, type DecisionThresholds } from './decide';
import type { Recognition, Recognizer } from './recognizer';
import { declinesAPerson, replyKey } from './replyWording';
import type { Understanding } from './understandMessage';

/** Clauses and the phrases between commas: "put me through to somebody, this bot is useless". */
const PHRASE_BREAK = /[,?!.;]+\s*|\s+(?:but|so|and)\s+/i;
/** Where one question ends and another may begin. */
const CLAUSE_BREAK = /[?!.;]+\s+|\s+(?:and also|also|plus|and(?=\s+(?:what|how|when|who|where|why|is|are|am i|can|do|does|did|will|was|were|should i|should we|could|would)\b))\s+/i;
/** A whole message this far out of scope (a visiting-hours story, a broadband outage) is not searched for a question. */
const BURIED_QUESTION_OUT_OF_SCOPE = 0.9;

/** What a recogniser may offer besides reading (the embedded one does): whether a topic can reach a score on a text, told more cheaply than a reading. */
export interface TopicScoreBound {
  mayReach(text: string, audience: Audience, topicId: string, score: number): boolean;
}

export interface ClauseReadingsOptions {
  /** The recogniser the clauses are read with (see `MessageUnderstandingOptions.auxiliary`). */
  readonly auxiliary: Recognizer;
  readonly thresholds: DecisionThresholds;
  readonly crisisTopicId: string;
  readonly humanTopicId: string;
  readonly conversational: ReadonlySet<string>;
}

/**
 * Readings of a message clause by clause, each clause recognised alone: two questions in one message, a
 * person asked for amid a complaint, a question buried in a long story or marked by the person. The whole
 * message's decision is `MessageUnderstanding`'s; these say what its parts ask.
 */
export class ClauseReadings {
  private readonly auxiliary: Recognizer;
  private readonly thresholds: DecisionThresholds;
  private readonly crisisTopicId: string;
  private readonly humanTopicId: string;
  private readonly conversational: ReadonlySet<string>;
  private readonly bound: Partial<TopicScoreBound>;

  constructor(options: ClauseReadingsOptions) {
    this.auxiliary = options.auxiliary;
    this.bound = options.auxiliary as Recognizer & Partial<TopicScoreBound>;
    this.thresholds = options.thresholds;
    this.crisisTopicId = options.crisisTopicId;
    this.humanTopicId = options.humanTopicId;
    this.conversational = options.conversational;
  }

  /**
   * "when did it happen and who was behind it" scores both topics alike, which alone would read as
   * "did you mean…". When its clauses each clearly ask one of them, both were asked: answer the
   * higher-ranked and offer the other.
   */
  async twoQuestions(text: string, audience: Audience, choices: readonly string[]): Promise<{ main: string; other: string } | undefined> {
    const clauses = text.split(CLAUSE_BREAK).map((c) => c?.trim() ?? '').filter((c) => c.split(/\s+/).length >= 2);
    if (clauses.length < 2) return undefined;
    const asked = new Set<string>();
    for (const clause of clauses.slice(0, 4)) {
      const decision = decide(await this.auxiliary.recognize(clause, audience), this.thresholds);
      if (decision.kind === 'answer' && choices.includes(decision.topicId)) asked.add(decision.topicId);
    }
    // The crisis answer is never just an "also asked" button (as in `secondQuestion`): asked, it leads.
    const [main, other] = choices.filter((t) => asked.has(t)).sort((a, b) => Number(b === this.crisisTopicId) - Number(a === this.crisisTopicId));
    return main !== undefined && other !== undefined ? { main, other } : undefined;
  }

  /**
   * "put me through to somebody, this bot is useless": the complaint reads as out of scope and
   * outweighs the request, but a person asked for is always offered. Only for the `human` topic: other
   * topics found in one clause of a declined message were as often wrong as right on the dev sets.
   */
  async askedForAPerson(text: string, audience: Audience): Promise<Understanding | undefined> {
    if (declinesAPerson(replyKey(text))) return undefined;
    const clauses = text.split(PHRASE_BREAK).map((c) => c.trim()).filter((c) => c.split(/\s+/).length >= 2);
    if (clauses.length < 2) return undefined;
    for (const clause of clauses.slice(0, 6)) {
      // Most phrases share too little with the person topic to reach the score: they need no reading.
      if (!this.mayReach(clause, audience, this.humanTopicId)) continue;
      const decision = decide(await this.auxiliary.recognize(clause, audience), this.thresholds);
      if (decision.kind === 'answer' && decision.topicId === this.humanTopicId && decision.score >= this.thresholds.answer) return { ...decision, via: 'recognizer' };
    }
    return undefined;
  }

  /**
   * A long message declined as a whole, whose question clause alone clearly asks the topic the whole
   * message ranked first (see `buriedQuestions`). Not when the whole reads as plainly out of scope.
   */
  async buriedQuestion(text: string, audience: Audience, whole: Recognition): Promise<Understanding | undefined> {
    const [top] = whole.ranked;
    if (!top || whole.outOfScope >= BURIED_QUESTION_OUT_OF_SCOPE) return undefined;
    for (const clause of buriedQuestions(text)) {
      if (!this.mayReach(clause, audience, top.topicId)) continue;
      const decision = decide(await this.auxiliary.recognize(clause, audience), this.thresholds);
      if (decision.kind === 'answer' && decision.topicId === top.topicId && decision.score >= this.thresholds.answer) return { ...decision, via: 'recognizer' };
    }
    return undefined;
  }

  /**
   * The question the person marked ("what i really want to know is…"), when it alone clearly asks a
   * topic: answered first, the whole message's answer offered beside it. Not over the crisis answer or a
   * person, nor when the whole reads as plainly out of scope.
   */
  async statedQuestion(text: string, audience: Audience, whole: Recognition): Promise<string | undefined> {
    const asked = statedQuestion(text);
    const top = whole.ranked[0]?.topicId;
    if (asked === undefined || top === this.crisisTopicId || top === this.humanTopicId || whole.outOfScope >= BURIED_QUESTION_OUT_OF_SCOPE) return undefined;
    const decision = decide(await this.auxiliary.recognize(asked, audience), this.thresholds);
    // Only a topic the whole message could have been given: the crisis topic is taken out of that when the
    // risk wording was explained as ordinary ("im not suicidal, i just want to know…").
    const possible = decision.kind === 'answer' && whole.ranked.some((s) => s.topicId === decision.topicId);
    return possible && decision.score >= this.thresholds.answer && !this.conversational.has(decision.topicId) ? decision.topicId : undefined;
  }

  /** False only when the clause certainly cannot give the topic an answer's score: then its reading could not count. */
  private mayReach(clause: string, audience: Audience, topicId: string): boolean {
    return this.bound.mayReach?.(clause, audience, topicId, this.thresholds.answer) ?? true;
  }

  /** Two questions in one message: the main one is answered, another confident one is offered. */
  async secondQuestion(text: string, audience: Audience, mainTopicId: string): Promise<string | undefined> {
    const clauses = text.split(CLAUSE_BREAK).map((c) => c?.trim() ?? '').filter((c) => c.split(/\s+/).length >= 2);
    if (clauses.length < 2) return undefined;
    for (const clause of clauses.slice(0, 4)) {
      const decision = decide(await this.auxiliary.recognize(clause, audience), this.thresholds);
      if (decision.kind === 'answer' && decision.topicId !== mainTopicId && decision.topicId !== this.crisisTopicId && decision.score >= this.thresholds.answer)
        return decision.topicId;
    }
    return undefined;
  }
}
