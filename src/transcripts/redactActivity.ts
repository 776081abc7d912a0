import type { Activity } from 'botbuilder';
import type { Redactor } from '../privacy/redact';
import { redactValue } from '../privacy/redactValue';

export interface ActivityRedactors {
  /** For what a person wrote: everything personal-looking goes. */
  readonly user: Redactor;
  /** For what the bot (or an agent through it) sent: the bot's own published numbers stay. */
  readonly bot: Redactor;
}

/**
 * What a stored transcript keeps of an activity: who (ids and role, never display names), when,
 * and what was said, redacted. Channel data, entities and service URLs are left out: they carry
 * tenant, device and client details nobody reading a transcript needs. Attachment URLs are
 * replaced by a marker (they can point at a person's files).
 */
export function redactActivity(activity: Partial<Activity>, redactors: ActivityRedactors): Partial<Activity> {
  const redactor = activity.from?.role === 'user' ? redactors.user : redactors.bot;
  const deep = (value: unknown) => (value === undefined ? undefined : redactValue(value, redactor));
  const account = (a: { id?: string; role?: string } | undefined) => (a === undefined ? undefined : compact({ id: a.id, role: a.role }));
  return compact({
    type: activity.type,
    id: activity.id,
    timestamp: activity.timestamp,
    channelId: activity.channelId,
    conversation: activity.conversation === undefined ? undefined : { id: activity.conversation.id },
    from: account(activity.from),
    recipient: account(activity.recipient),
    replyToId: activity.replyToId,
    locale: activity.locale,
    name: activity.name,
    textFormat: activity.textFormat,
    inputHint: activity.inputHint,
    text: typeof activity.text === 'string' ? redactor(activity.text) : undefined,
    speak: typeof activity.speak === 'string' ? redactor(activity.speak) : undefined,
    summary: typeof activity.summary === 'string' ? redactor(activity.summary) : undefined,
    attachments: activity.attachments?.map((a) =>
      compact({ contentType: a.contentType, content: deep(a.content), contentUrl: a.contentUrl === undefined ? undefined : '[URL]' }),
    ),
    suggestedActions: deep(activity.suggestedActions),
    value: deep(activity.value),
    membersAdded: activity.membersAdded?.map((m) => ({ id: m.id })),
    membersRemoved: activity.membersRemoved?.map((m) => ({ id: m.id })),
  }) as Partial<Activity>;
}

/** The object without its undefined members (the keys are this module's own literals, never `__proto__`). */
function compact<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
