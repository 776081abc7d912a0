import { ActionTypes, type Attachment, CardFactory } from 'botbuilder';
import type { Topic } from '../knowledge/topicSchema';
import { callCardMessages } from '../messages';
import { phoneNumbers, telHref } from './linkify';

/** Answers where someone may need to phone straight away get a card of call buttons as well as the text. */
export const CALL_CARD_TOPICS: ReadonlySet<string> = new Set(['helpline', 'crisis', 'emotional-support', 'scam-contact']);

/** Most numbers one card offers; the answer text still links every number. */
const MAX_BUTTONS = 4;

/**
 * A Hero card with one tap-to-call (`openUrl` `tel:+44…`) button per number in the answer, in the
 * order the answer gives them; undefined for other topics or an answer with no number.
 */
export function callCard(topic: Topic): Attachment | undefined {
  if (!CALL_CARD_TOPICS.has(topic.id)) return undefined;
  const numbers = phoneNumbers(topic.answer).slice(0, MAX_BUTTONS);
  if (numbers.length === 0) return undefined;
  const buttons = numbers.map((number) => ({
    type: ActionTypes.OpenUrl,
    title: callCardMessages.button(number, callCardMessages.names[number.replace(/\s/g, '')]),
    value: telHref(number),
  }));
  return CardFactory.heroCard(callCardMessages.title, undefined, buttons);
}
