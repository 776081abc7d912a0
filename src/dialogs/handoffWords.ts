import type { Activity } from 'botbuilder';
import { handoffFlowMessages, messages } from '../messages';
import { replyKey } from '../recognition/replyWording';

// One reading of a reply for the dialogs and the understanding.
export { replyKey };

const keys = (...phrases: string[]) => new Set(phrases.map(replyKey));

/** Whole replies that leave the hand-off flow (consent, callback) and go back to the bot. */
const CANCEL = keys('cancel', 'back', 'stop', 'go back', 'quit', 'exit', 'never mind', 'nevermind', 'forget it', 'cancel please', 'back to the bot', 'back to the assistant', 'stop please');

/** Whole replies that end a chat with a person (or leave the queue); anything else is passed on. */
const END_CHAT = keys('end chat', 'end the chat', 'end this chat', 'cancel', 'stop', 'leave', 'leave the queue', 'leave queue', 'exit', 'quit', 'back to the bot', 'back to the assistant', handoffFlowMessages.endChatButton);

const YES = keys('yes', 'y', 'yeah', 'yea', 'yep', 'yup', 'aye', 'ok', 'okay', 'sure', 'please', 'yes please', 'go ahead', 'go on', 'alright', 'fine', 'ye', 'yes go ahead', messages.talkToPerson, handoffFlowMessages.yesGoAhead, handoffFlowMessages.yesCallMe);
const NO = keys('no', 'n', 'nope', 'nah', 'naw', 'no thanks', 'no thank you', 'not now', 'dont', 'do not', handoffFlowMessages.noThanks, handoffFlowMessages.noCallback);

/**
 * Whole replies that hesitate ("i'm not sure", "if i have to"): an answer to the bot's question, not
 * news. The risk classifier reads some of them as possible risk; at a question about a person, they are not.
 */
const HESITANT = keys('not sure', 'im not sure', 'i am not sure', 'i m not sure', 'not really sure', 'not sure really', 'hmm not sure', 'i dont know', 'i do not know', 'dont know', 'dunno', 'i dunno', 'maybe', 'perhaps', 'possibly', 'i guess', 'i guess so', 'i suppose', 'i suppose so', 'if i have to', 'if i must', 'if you think so', 'whatever', 'i dont mind', 'can i think about it');

export function isCancel(text: string): boolean {
  return CANCEL.has(replyKey(text));
}

export function isEndChat(text: string): boolean {
  return END_CHAT.has(replyKey(text));
}

export function isHesitant(text: string): boolean {
  return HESITANT.has(replyKey(text));
}

/** A yes or a no to a question the bot asked; undefined when the reply is neither. */
export function readYesNo(text: string): 'yes' | 'no' | undefined {
  const key = replyKey(text);
  if (YES.has(key)) return 'yes';
  if (NO.has(key)) return 'no';
  const first = key.split(' ')[0] ?? '';
  if (['yes', 'yeah', 'yep', 'aye'].includes(first)) return 'yes';
  if (['no', 'nope', 'nah'].includes(first)) return 'no';
  return undefined;
}

/**
 * The page's "Talk to a person" button: a message or event whose value is `{action: "handoff"}`
 * (the text "Talk to a person" alone goes through the `human` topic like any other message).
 */
export function isHandoffRequest(activity: Partial<Activity>): boolean {
  const value = activity.value as { action?: unknown } | undefined;
  if (typeof value === 'object' && value !== null && value.action === 'handoff') return activity.type === 'message' || activity.type === 'event';
  return activity.type === 'event' && activity.name === 'handoff';
}
