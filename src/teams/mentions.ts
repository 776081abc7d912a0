import type { Activity } from 'botbuilder';

interface MentionEntity {
  readonly type: 'mention';
  readonly mentioned?: { readonly id?: string; readonly name?: string };
  readonly text?: string;
}

function isMention(entity: unknown): entity is MentionEntity {
  return typeof entity === 'object' && entity !== null && (entity as { type?: unknown }).type === 'mention';
}

type MentionSource = Pick<Partial<Activity>, 'entities' | 'recipient' | 'text'>;

/** Mentions of this bot (Teams: `{type:'mention', mentioned:{id:'28:…'}, text:'<at>Name</at>'}`). */
function botMentions(activity: MentionSource): MentionEntity[] {
  const botId = activity.recipient?.id;
  if (botId === undefined) return [];
  return (activity.entities ?? []).filter(isMention).filter((m) => m.mentioned?.id === botId);
}

export function isBotMentioned(activity: MentionSource): boolean {
  return botMentions(activity).length > 0;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The message without the bot's @mention, so "<at>NHS D&G Assistant</at> is my data leaked" is read
 * as "is my data leaked". Mentions of other people stay (as their names).
 */
export function withoutBotMention(activity: MentionSource): string {
  let text = activity.text ?? '';
  for (const mention of botMentions(activity)) {
    const forms = [mention.text, mention.mentioned?.name === undefined ? undefined : `<at>${mention.mentioned.name}</at>`];
    for (const form of forms) if (form) text = text.replace(new RegExp(escapeRegExp(form), 'gi'), ' ');
  }
  // Other people's mentions read as their names.
  text = text.replace(/<at>([^<]*)<\/at>/gi, '$1');
  return text.replace(/\s+/g, ' ').trim();
}
