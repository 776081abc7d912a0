import assert from 'node:assert/strict';
import type { App } from '../../src/app';
import { HandoffEvents } from '../../src/handoff/handoffEvents';
import { HandoffJobs } from '../../src/handoff/handoffJobs';
import { HandoffQueue } from '../../src/handoff/handoffQueue';
import type { Handoff } from '../../src/handoff/handoffRecord';
import type { VisitorNotifier } from '../../src/handoff/visitorNotifier';
import { createLogger } from '../../src/observability/logger';
import { createStorage } from '../../src/storage/createStorage';
import { ManualClock, visitor } from './handoffFixtures';
import { buildMemoryApp } from './memoryApp';

/**
 * What a visitor reads around a hand-off, including the messages sent outside their own turn (agent
 * ended the chat, queue timeout): the helpline is a tap-to-call link there too, as in every other
 * reply, and a one-minute setting reads "1 minute", not "1 minutes".
 */
const HELPLINE_LINK = '[01387 216 777](tel:+441387216777)';
const KEY = 'alice-key-0123456789';

class RecordingNotifier implements VisitorNotifier {
  readonly sent: { conversationId: string; text: string }[] = [];
  async sendToVisitor(handoff: Handoff, text: string): Promise<void> {
    this.sent.push({ conversationId: handoff.conversationId, text });
  }
  to(conversationId: string): string[] {
    return this.sent.filter((s) => s.conversationId === conversationId).map((s) => s.text);
  }
}

describe('hand-off wording the visitor reads', () => {
  let app: App;
  let base: string;
  const notifier = new RecordingNotifier();

  before(async () => {
    app = await buildMemoryApp(
      { AgentConsoleKeys: `Alice:${KEY}`, HelplineHours: 'Mon-Sun 00:00-24:00', HandoffQueueTimeoutMinutes: '1' },
      { visitorNotifier: notifier },
    );
    base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });

  after(async () => {
    await app.close();
  });

  async function agentCall(method: string, path: string, body?: unknown) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  async function say(conversationId: string, text: string): Promise<string[]> {
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: 'm', channelId: 'emulator', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies',
        from: { id: `user-${conversationId}` }, recipient: { id: 'bot' }, conversation: { id: conversationId }, text,
      }),
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { activities: { text?: string }[] };
    return body.activities.map((a) => a.text ?? '');
  }

  it('a queued visitor is asked to write at least every minute when HandoffQueueTimeoutMinutes is 1', async () => {
    assert.equal((await agentCall('POST', '/api/agent/presence', { status: 'online' })).status, 200);
    await say('wording-1', 'can I talk to a real person');
    const queued = (await say('wording-1', 'yes')).join('\n');
    assert.match(queued, /in the queue/);
    assert.match(queued, /at least every 1 minute\./);
  });

  it('when the agent ends the chat the visitor is given the helpline as a tap-to-call link', async () => {
    const [item] = (await agentCall('GET', '/api/agent/queue')).body as { id: string; conversationId: string }[];
    assert.equal(item?.conversationId, 'wording-1');
    assert.equal((await agentCall('POST', `/api/agent/handoffs/${item.id}/claim`, {})).status, 200);
    assert.equal((await agentCall('POST', `/api/agent/handoffs/${item.id}/close`)).status, 200);
    const ended = notifier.to('wording-1').at(-1) ?? '';
    assert.match(ended, /ended the chat/);
    assert.ok(ended.includes(HELPLINE_LINK), ended);
  });

  it('a visitor taken out of the queue after one quiet minute reads "1 minute" and a tap-to-call helpline', async () => {
    const clock = new ManualClock('2026-06-15T09:00:00.000Z');
    const queue = new HandoffQueue({ storage: createStorage({ kind: 'memory', path: 'unused' }), clock });
    const told = new RecordingNotifier();
    const logger = createLogger({ level: 'silent' });
    const jobs = new HandoffJobs({ queue, notifier: told, events: new HandoffEvents([], logger), logger, settings: { HandoffQueueTimeoutMinutes: 1, AgentReminderMinutes: 5 } });
    await queue.enqueue(visitor('quiet'));
    clock.advanceMinutes(2);
    assert.equal((await jobs.runOnce()).timedOut, 1);
    const [timedOut] = told.to('quiet');
    assert.match(timedOut ?? '', /for 1 minute,/);
    assert.ok(timedOut?.includes(HELPLINE_LINK), timedOut);
  });
});
