// What the hand-off flow tests share: a bot with hand-off services on a TestAdapter, a clock set
// inside or outside helpline hours, and a listener that keeps what the queue's listeners hear.
import assert from 'node:assert/strict';
import { type Activity, MemoryStorage, type Storage } from 'botbuilder';
import { type HandoffServices, buildHandoff } from '../../src/handoff/buildHandoff';
import { HandoffEvents, type HandoffListener } from '../../src/handoff/handoffEvents';
import type { Handoff } from '../../src/handoff/handoffRecord';
import { loadConfig } from '../../src/config';
import { handoffFlowMessages, messages } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import type { Recognizer } from '../../src/recognition/recognizer';
import { ManualClock } from '../handoff/handoffFixtures';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';
import { BotConversation } from './botConversation';

/** Monday 15 June 2026, 10:00 in London (BST): inside the default helpline hours. */
export const MONDAY_MORNING = '2026-06-15T09:00:00.000Z';
/** Sunday 14 June 2026, 10:00 in London: closed all day. */
export const SUNDAY_MORNING = '2026-06-14T09:00:00.000Z';

/** The reply's text with Markdown links read as their labels (phone numbers become tel: links). */
/** Words the flow must never use to ask for more than a first name and a number. */
export const FORBIDDEN_ASKS = /date of birth|\bDOB\b|\bCHI\b|address|postcode|surname|full name/i;
export const textOf = (reply: Partial<Activity>) => (reply.text ?? '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
export const allText = (replies: Partial<Activity>[]) => replies.map(textOf).join('\n');

/** Keeps what listeners hear, in order. */
export class RecordingListener implements HandoffListener {
  readonly heard: string[] = [];
  created(h: Handoff) {
    this.heard.push(`created ${h.priority}`);
  }
  visitorMessage(_h: Handoff, entry: { text: string }) {
    this.heard.push(`visitor ${entry.text}`);
  }
  riskFlagged(h: Handoff) {
    this.heard.push(`risk ${h.risk?.reason}`);
  }
  closed(h: Handoff) {
    this.heard.push(`closed ${h.status} ${h.endedBy}`);
  }
}

export interface HandoffFlowSetup {
  readonly services: HandoffServices;
  readonly listener: RecordingListener;
  readonly clock: ManualClock;
  readonly storage: Storage;
  talk(conversationId?: string): BotConversation;
}

export interface HandoffFlowSetupOptions {
  readonly env?: Record<string, string>;
  readonly at?: string;
  readonly online?: boolean;
  readonly storage?: Storage;
  readonly recognizer?: Recognizer;
}

/**
 * Hand-off services on memory storage, an agent online (unless `online: false`), at `at` (Monday
 * morning), for bots over the real knowledge base and (unless given another) the real recogniser.
 */
export async function setupHandoffFlow(options: HandoffFlowSetupOptions = {}): Promise<HandoffFlowSetup> {
  const kb = await realKnowledgeBase();
  const recognizer = options.recognizer ?? (await realRecognizer());
  const result = loadConfig({ StorageKind: 'memory', ...options.env });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const clock = new ManualClock(options.at ?? MONDAY_MORNING);
  const storage = options.storage ?? new MemoryStorage();
  const services = buildHandoff({ config: result.config, storage, clock });
  if (options.online ?? true) await services.presence.setStatus('Alice', 'online');
  const listener = new RecordingListener();
  const events = new HandoffEvents([listener], createLogger({ level: 'silent' }));
  return {
    services,
    listener,
    clock,
    storage,
    talk: (conversationId) => new BotConversation({ knowledgeBase: kb, recognizer, storage, handoff: { services, events }, conversationId }),
  };
}

/** Asks for a person, checks the consent question came, and says yes. */
export async function queuedAfterConsent(conversation: BotConversation, ask: string = messages.talkToPerson): Promise<Partial<Activity>[]> {
  const consent = await conversation.send(ask);
  assert.equal(allText(consent), handoffFlowMessages.consent);
  return conversation.send('Yes, go ahead');
}

/** A visitor queued after consent and taken by the agent Alice: a live chat, and its hand-off's id. */
export async function inLiveChat(s: HandoffFlowSetup): Promise<{ conversation: BotConversation; handoffId: string }> {
  const conversation = s.talk();
  await queuedAfterConsent(conversation);
  const [queued] = await s.services.queue.list();
  assert.ok(queued);
  await s.services.queue.claim(queued.id, { agent: 'Alice', displayName: 'Alice' });
  return { conversation, handoffId: queued.id };
}
