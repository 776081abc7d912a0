import { type Attachment, CardFactory } from 'botbuilder';
import type { Handoff } from '../handoff/handoffRecord';
import { teamsMessages } from './teamsMessages';

const say = teamsMessages.card;

/** The verbs of the card's `Action.Execute` buttons; the invoke carries one back with `{handoffId}`. */
export const HANDOFF_VERBS = { take: 'handoff.take', end: 'handoff.end' } as const;
export type HandoffVerb = (typeof HANDOFF_VERBS)[keyof typeof HANDOFF_VERBS];

export interface HandoffCardOptions {
  /** Topic titles for the "asked about" line (ids are shown when a title is not known). */
  readonly topicTitle?: (id: string) => string | undefined;
  /** A line for the agent who pressed a button, e.g. who already has the chat. */
  readonly notice?: string;
}

/** Adaptive Cards format dates in the reader's own time zone, but only from `yyyy-mm-ddThh:mm:ssZ`. */
function cardDate(iso: string): string {
  const plain = new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${plain}, SHORT)}} {{TIME(${plain})}}`;
}

function statusLine(handoff: Handoff): string {
  switch (handoff.status) {
    case 'queued':
      return say.queued;
    case 'active':
      return say.active(handoff.claimedBy ?? 'Someone');
    case 'closed':
    case 'abandoned':
      return say.ended[handoff.endedBy ?? 'agent'] ?? say.ended.agent;
  }
}

export function isUrgent(handoff: Pick<Handoff, 'priority' | 'risk'>): boolean {
  return handoff.priority === 'urgent' || handoff.risk !== undefined;
}

/** The JSON of the card (an Adaptive Card 1.5), as both a message attachment and an invoke response carry it. */
export function handoffCardJson(handoff: Handoff, options: HandoffCardOptions = {}): Record<string, unknown> {
  const urgent = isUrgent(handoff);
  const topics = handoff.lastTopics.map((id) => options.topicTitle?.(id) ?? id);
  const body: Record<string, unknown>[] = [];
  if (options.notice) body.push({ type: 'TextBlock', text: options.notice, wrap: true, weight: 'Bolder', color: 'Warning' });
  if (urgent) {
    body.push({
      type: 'Container',
      style: 'attention',
      bleed: true,
      items: [
        { type: 'TextBlock', text: say.urgent, weight: 'Bolder', color: 'Attention', size: 'Medium' },
        ...(handoff.risk ? [{ type: 'TextBlock', text: say.riskFlagged, wrap: true }] : []),
      ],
    });
  }
  body.push(
    { type: 'TextBlock', text: say.title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: handoff.summary, wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: say.facts.priority, value: say.priority[urgent ? 'urgent' : 'normal'] },
        { title: say.facts.waitingSince, value: cardDate(handoff.waitingSince) },
        { title: say.facts.channel, value: say.channels[handoff.channel] ?? handoff.channel },
        { title: say.facts.topics, value: topics.length > 0 ? topics.join(', ') : say.noTopics },
      ],
    },
    { type: 'TextBlock', text: statusLine(handoff), wrap: true, isSubtle: handoff.status !== 'active', weight: handoff.status === 'active' ? 'Bolder' : 'Default' },
  );
  const button = (title: string, verb: HandoffVerb) => ({ type: 'Action.Execute', title, verb, data: { handoffId: handoff.id }, ...(verb === HANDOFF_VERBS.take ? { style: 'positive' } : {}) });
  const actions = handoff.status === 'queued' ? [button(say.take, HANDOFF_VERBS.take)] : handoff.status === 'active' ? [button(say.end, HANDOFF_VERBS.end)] : [];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions,
  };
}

export function handoffCard(handoff: Handoff, options: HandoffCardOptions = {}): Attachment {
  return CardFactory.adaptiveCard(handoffCardJson(handoff, options));
}
