import { randomUUID } from 'node:crypto';

export const APP_ID = '6f1c2b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b';
export const APP_PASSWORD = 'test-secret-for-loopback-only';
export const STAFF_TENANT = '1d3f5e7a-2b4c-4d6e-8f0a-9b1c3d5e7f90';
export const OTHER_TENANT = '99999999-8888-4777-a666-555555555555';
export const BOT_ID = `28:${APP_ID}`;
export const BOT_NAME = 'Cyber Attack Assistant';
export const HANDOFF_CHANNEL = '19:handoffchannel0123456789abcdef@thread.tacv2';

export interface TeamsPerson {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export function person(name: string): TeamsPerson {
  return { id: `29:${name.toLowerCase()}-${randomUUID()}`, name, aadObjectId: randomUUID() };
}

export interface TeamsMessageOptions {
  readonly serviceUrl: string;
  readonly from?: TeamsPerson;
  readonly tenantId?: string;
  /** `undefined` leaves `channelData` out altogether. */
  readonly channelData?: Record<string, unknown> | null;
  readonly kind?: 'personal' | 'groupChat' | 'channel';
  readonly conversationId?: string;
  readonly mention?: boolean;
  readonly value?: unknown;
}

/** A message as Teams sends it: personal chat by default, channel or group chat on request, with an @mention if asked. */
export function teamsMessage(text: string, options: TeamsMessageOptions): Record<string, unknown> {
  const from = options.from ?? person('Sam');
  const tenantId = options.tenantId ?? STAFF_TENANT;
  const kind = options.kind ?? 'personal';
  const conversationId = options.conversationId ?? (kind === 'channel' ? `19:general${randomUUID().slice(0, 8)}@thread.tacv2;messageid=${Date.now()}` : `a:${randomUUID()}`);
  const mentionText = `<at>${BOT_NAME}</at>`;
  const channelData =
    options.channelData === null
      ? undefined
      : (options.channelData ?? {
          tenant: { id: tenantId },
          ...(kind === 'channel' ? { team: { id: '19:team@thread.tacv2' }, channel: { id: conversationId.split(';')[0] } } : {}),
        });
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT_ID, name: BOT_NAME },
    conversation: { id: conversationId, conversationType: kind, tenantId, ...(kind === 'personal' ? {} : { isGroup: true }) },
    text: options.mention ? `${mentionText} ${text}` : text,
    textFormat: 'plain',
    locale: 'en-GB',
    ...(options.mention ? { entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: BOT_NAME }, text: mentionText }] } : {}),
    ...(options.value === undefined ? {} : { value: options.value }),
    ...(channelData === undefined ? {} : { channelData }),
  };
}

/** Pressing an `Action.Execute` button on a card in a channel thread, as Teams sends it. */
export function cardInvoke(value: unknown, options: { serviceUrl: string; from: TeamsPerson; threadId: string; tenantId?: string; channelData?: Record<string, unknown> | null }): Record<string, unknown> {
  const base = teamsMessage('', { serviceUrl: options.serviceUrl, from: options.from, tenantId: options.tenantId, kind: 'channel', conversationId: options.threadId, channelData: options.channelData });
  const { text: _text, textFormat: _format, ...rest } = base;
  return { ...rest, type: 'invoke', name: 'adaptiveCard/action', value };
}

/** What a web chat visitor sends (through Azure Bot Service, so with a channel token too). */
export function webVisitorMessage(text: string, options: { serviceUrl: string; conversationId: string }): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'webchat',
    serviceUrl: options.serviceUrl,
    from: { id: `visitor-${options.conversationId}`, name: 'Visitor' },
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: options.conversationId },
    text,
  };
}
