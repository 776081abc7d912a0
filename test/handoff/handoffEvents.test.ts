import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { App } from '../../src/app';
import { HandoffEvents, type HandoffListener } from '../../src/handoff/handoffEvents';
import type { Handoff } from '../../src/handoff/handoffRecord';
import { visitor } from './handoffFixtures';
import { buildMemoryApp } from './memoryApp';

const ALICE = 'alice-key-0123456789';

class RecordingListener implements HandoffListener {
  readonly heard: string[] = [];
  created(h: Handoff) {
    this.heard.push(`created ${h.conversationId}`);
  }
  claimed(h: Handoff) {
    this.heard.push(`claimed ${h.conversationId} by ${h.claimedBy}`);
  }
  closed(h: Handoff) {
    this.heard.push(`closed ${h.conversationId} by ${h.endedBy}`);
  }
}

describe('hand-off listeners', () => {
  it('a listener that throws is logged and skipped; the others still hear', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn', base: undefined }, new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
    const after = new RecordingListener();
    const events = new HandoffEvents([{ created: () => Promise.reject(new Error('Teams is down')) }, after], logger);
    const handoff = { id: 'h1', conversationId: 'c1' } as Handoff;
    await events.created(handoff);
    assert.deepEqual(after.heard, ['created c1']);
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? '', /hand-off listener failed/);
    assert.match(lines[0] ?? '', /"event":"created"/);
  });

  it("keeps the visitor's words out of the log when a listener's error quotes them", async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn', base: undefined }, new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
    const events = new HandoffEvents([{ visitorMessage: (_h, entry) => Promise.reject(new Error(`could not post "${entry.text}" to Teams`)) }], logger);
    await events.visitorMessage({ id: 'h1', conversationId: 'c1' } as Handoff, { from: 'visitor', text: 'my bank card number is private', at: '2026-06-15T09:00:00.000Z' });
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0] ?? '', /bank card/);
  });

  describe('from the agent API', () => {
    let app: App;
    let base: string;
    const listener = new RecordingListener();

    before(async () => {
      app = await buildMemoryApp(
        { AgentConsoleKeys: `Alice:${ALICE}` },
        {
          handoffListeners: [listener],
          handoffJobsIntervalMs: 0,
          // The visitor is not on a real channel here; the listeners are what is under test.
          visitorNotifier: { sendToVisitor: async () => undefined },
        },
      );
      base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    });
    after(() => app.close());

    const post = (path: string, body: unknown = {}) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ALICE}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

    it('hears claims and closes, and not refused ones', async () => {
      const { handoff } = await app.handoff.queue.enqueue(visitor('listened'));
      assert.equal((await post(`/api/agent/handoffs/${handoff.id}/claim`, { agentName: 'Alice' })).status, 200);
      assert.equal((await post(`/api/agent/handoffs/${handoff.id}/close`)).status, 200);
      assert.equal((await post(`/api/agent/handoffs/${handoff.id}/close`)).status, 409);
      assert.deepEqual(listener.heard, ['claimed listened by Alice', 'closed listened by agent']);
    });
  });
});
