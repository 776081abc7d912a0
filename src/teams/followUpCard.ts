import { type Activity, type Attachment, type CardAction, CardFactory } from 'botbuilder';

/** Marks a message sent by one of our follow-up buttons: addressed to the bot without an @mention. */
export const FOLLOW_UP_MARK = 'followUp';

/**
 * Teams shows suggested actions only in personal chats, and then only until the next message, so
 * follow-ups (and "did you mean" choices) go on an Adaptive Card instead. Each button is a
 * `messageBack`: the question appears in the chat as the person's own message and reaches the bot
 * as text, as a typed question would.
 */
export function followUpCard(actions: readonly CardAction[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [],
    actions: actions.map((action) => {
      const question = String(action.value ?? action.title);
      return {
        type: 'Action.Submit',
        title: action.title,
        data: { [FOLLOW_UP_MARK]: true, msteams: { type: 'messageBack', text: question, displayText: question, value: { [FOLLOW_UP_MARK]: true } } },
      };
    }),
  });
}

/** A reply as Teams should get it: suggested actions (which only send text back) become card buttons. */
export function renderForTeams(activity: Partial<Activity>): Partial<Activity> {
  const actions = (activity.suggestedActions?.actions ?? []).filter((a) => a.type === 'imBack' || a.type === 'postBack' || a.type === 'messageBack');
  if (actions.length === 0) return activity;
  const { suggestedActions: _dropped, ...rest } = activity;
  return { ...rest, attachments: [...(activity.attachments ?? []), followUpCard(actions)] };
}

/** True for a message that came from one of our follow-up buttons. */
export function isFollowUpClick(activity: Pick<Partial<Activity>, 'value'>): boolean {
  const value: unknown = activity.value;
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[FOLLOW_UP_MARK] === true;
}
