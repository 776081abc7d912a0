import { ActionTypes, type Activity, type CardAction, MessageFactory } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { findTopic, isVisibleTo } from '../knowledge/knowledgeBase';
import type { Audience, Topic } from '../knowledge/topicSchema';
import { SUPPORT_TOPIC_ID } from '../knowledge/requiredTopics';
import { messages } from '../messages';
import { jsonCopy } from '../storage/jsonCopy';
import { callCard } from './callCard';
import { linkify } from './linkify';

/** A button that sends a topic's title back, which the bot answers directly. */
function topicButton(topic: Topic): CardAction {
  return { type: ActionTypes.ImBack, title: topic.title, value: topic.title };
}

/** Builds the activities the bot sends; knows the channel-neutral shape, not the dialog flow. */
export class ReplyBuilder {
  /** Linkified knowledge-base and fixed texts: a finite set, rendered once rather than every turn. */
  private readonly linked = new Map<string, string>();
  /** Answers as first built, per topic, then audience and "also asked": each turn sends a fresh copy. */
  private readonly answers = new WeakMap<Topic, Map<string, Partial<Activity>>>();

  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  private link(publishedText: string): string {
    let text = this.linked.get(publishedText);
    if (text === undefined) this.linked.set(publishedText, (text = linkify(publishedText)));
    return text;
  }

  visibleTopics(ids: readonly string[], audience: Audience): Topic[] {
    return ids
      .map((id) => findTopic(this.knowledgeBase, id))
      .filter((t): t is Topic => t !== undefined && isVisibleTo(t, audience));
  }

  /** The text `answer` sends for a topic when nothing else was asked alongside it. */
  answerText(topicId: string): string | undefined {
    const topic = findTopic(this.knowledgeBase, topicId);
    return topic && this.link(topic.answer);
  }

  /**
   * A topic's answer. The same topic, audience and "also asked" always give the same reply, so it is
   * built once and copied: botbuilder and middleware add ids, addresses and timestamps to what is
   * sent, and no conversation may see another's.
   */
  answer(topic: Topic, audience: Audience, extra: { alsoAsked?: string } = {}): Partial<Activity> {
    let built = this.answers.get(topic);
    if (built === undefined) this.answers.set(topic, (built = new Map()));
    const key = `${audience}\u0000${extra.alsoAsked ?? ''}`;
    let reply = built.get(key);
    if (reply === undefined) built.set(key, (reply = this.buildAnswer(topic, audience, extra)));
    return jsonCopy(reply) as Partial<Activity>;
  }

  private buildAnswer(topic: Topic, audience: Audience, extra: { alsoAsked?: string }): Partial<Activity> {
    const also = extra.alsoAsked ? this.visibleTopics([extra.alsoAsked], audience) : [];
    const followUps = this.visibleTopics(topic.followUps, audience).filter((t) => !also.some((a) => a.id === t.id));
    const buttons = [...also, ...followUps].slice(0, 4).map(topicButton);
    // Support offered beside an answer was not asked for as such: the worry came with the question.
    const lead = also[0]?.id === SUPPORT_TOPIC_ID ? messages.supportOffered : messages.alsoAsked;
    const text = also.length > 0 ? `${this.link(topic.answer)}\n\n${lead}` : this.link(topic.answer);
    const reply = MessageFactory.suggestedActions(buttons, text);
    reply.textFormat = 'markdown';
    reply.channelData = { topicId: topic.id };
    const card = callCard(topic);
    if (card) reply.attachments = [card];
    return reply;
  }

  /**
   * A gentle "are you safe?" after the reply, when the message may hold risk the safety check did not
   * recognise: the crisis numbers, the urgent-help answer a tap away, and a person when one can be offered.
   * `keep`: the buttons of the reply it follows, after its own: Web Chat shows only the last reply's.
   */
  checkIn(crisisTopicId: string, offerPerson: boolean, keep: readonly CardAction[] = []): Partial<Activity> {
    const crisis = findTopic(this.knowledgeBase, crisisTopicId);
    const own: CardAction[] = [
      ...(crisis ? [topicButton(crisis)] : []),
      ...(offerPerson ? [{ type: ActionTypes.ImBack, title: messages.talkToPerson, value: messages.talkToPerson }] : []),
    ];
    const buttons = [...own, ...keep.filter((k) => !own.some((o) => o.title === k.title))];
    const reply = MessageFactory.suggestedActions(buttons, this.link(offerPerson ? `${messages.checkIn} ${messages.checkInOffer}` : messages.checkIn));
    reply.textFormat = 'markdown';
    reply.channelData = { checkIn: true };
    return reply;
  }

  clarify(topicIds: readonly string[], audience: Audience): Partial<Activity> {
    const reply = MessageFactory.suggestedActions(this.visibleTopics(topicIds, audience).map(topicButton), messages.clarify);
    reply.channelData = { clarify: topicIds };
    return reply;
  }

  fallback(consecutive: number, humanTopicId: string): Partial<Activity> {
    if (consecutive < 2) {
      const reply = MessageFactory.text(this.link(messages.fallback));
      reply.textFormat = 'markdown';
      reply.channelData = { fallback: consecutive };
      return reply;
    }
    const human = findTopic(this.knowledgeBase, humanTopicId);
    const buttons: CardAction[] = human ? [{ type: ActionTypes.ImBack, title: messages.talkToPerson, value: messages.talkToPerson }] : [];
    const reply = MessageFactory.suggestedActions(buttons, this.link(messages.secondFallback));
    reply.textFormat = 'markdown';
    reply.channelData = { fallback: consecutive };
    return reply;
  }

  welcome(audience: Audience): Partial<Activity> {
    const greeting = findTopic(this.knowledgeBase, 'greeting');
    const suggestions = this.visibleTopics(messages.welcomeSuggestions, audience).map(topicButton);
    const reply = MessageFactory.suggestedActions(suggestions, this.link(greeting?.answer ?? ''));
    reply.textFormat = 'markdown';
    return reply;
  }

  plain(text: string): Partial<Activity> {
    const reply = MessageFactory.text(linkify(text));
    reply.textFormat = 'markdown';
    return reply;
  }
}
