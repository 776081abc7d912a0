import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config';
import { HandoffEvents, type HandoffListener } from '../../src/handoff/handoffEvents';
import { HandoffJobs } from '../../src/handoff/handoffJobs';
import { helplineScheduleOf } from '../../src/handoff/handoffConfig';
import { HandoffQueue } from '../../src/handoff/handoffQueue';
import type { Handoff } from '../../src/handoff/handoffRecord';
import type { VisitorNotifier } from '../../src/handoff/visitorNotifier';
import { handoffFlowMessages } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import { queueItemView } from '../../src/server/agentApi';
import { ManualClock, storageKinds, visitor } from './handoffFixtures';

const START = '2026-06-15T09:00:00.000Z';
const settings = { HandoffQueueTimeoutMinutes: 15, AgentReminderMinutes: 5 };

/** Keeps what each visitor was told, by conversation id. */
class RecordingNotifier implements VisitorNotifier {
  readonly sent: { conversationId: string; text: string }[] = [];
  failFor = new Set<string>();

  async sendToVisitor(handoff: Handoff, text: string): Promise<void> {
    if (this.failFor.has(handoff.conversationId)) throw new Error('Conversation not found');
    this.sent.push({ conversationId: handoff.conversationId, text });
  }

  to(conversationId: string): string[] {
    return this.sent.filter((s) => s.conversationId === conversationId).map((s) => s.text);
  }
}

class RecordingListener implements HandoffListener {
  readonly heard: string[] = [];
  closed(h: Handoff) {
    this.heard.push(`closed ${h.conversationId} ${h.endedBy}`);
  }
  agentReminded(h: Handoff) {
    this.heard.push(`reminded ${h.conversationId}`);
  }
}

for (const kind of storageKinds) {
  describe(`hand-off jobs (${kind.name} storage, injected clock)`, () => {
    let cleanup: () => Promise<void>;
    let clock: ManualClock;
    let queue: HandoffQueue;
    let notifier: RecordingNotifier;
    let listener: RecordingListener;
    let jobs: HandoffJobs;
    /** A second instance over the same stored data, as another server process would open it. */
    let otherJobs: HandoffJobs;
    /** The same two, knowing the helpline's hours (the defaults: weekdays 9am to 6pm in London). */
    let withHours: HandoffJobs;
    let otherWithHours: HandoffJobs;

    beforeEach(async () => {
      const made = await kind.make();
      cleanup = made.cleanup;
      clock = new ManualClock(START);
      queue = new HandoffQueue({ storage: made.storage, clock });
      notifier = new RecordingNotifier();
      listener = new RecordingListener();
      const logger = createLogger({ level: 'silent' });
      const events = new HandoffEvents([listener], logger);
      jobs = new HandoffJobs({ queue, notifier, events, logger, settings });
      otherJobs = new HandoffJobs({ queue: new HandoffQueue({ storage: made.reopen(), clock }), notifier, events, logger, settings });
      const config = loadConfig({ StorageKind: 'memory' });
      if (!config.ok) throw new Error(config.problems.join('\n'));
      const hours = { schedule: helplineScheduleOf(config.config), clock };
      withHours = new HandoffJobs({ queue, notifier, events, logger, settings, hours });
      otherWithHours = new HandoffJobs({ queue: new HandoffQueue({ storage: made.reopen(), clock }), notifier, events, logger, settings, hours });
    });
    afterEach(async () => {
      await jobs.stop();
      await cleanup();
    });

    /** Queued and told its first position, as the visitor flow does. */
    async function waiting(conversationId: string, priority: 'normal' | 'urgent' = 'normal'): Promise<Handoff> {
      // A minute apart, so the queue order does not hang on ids.
      clock.advanceMinutes(1);
      const { handoff } = await queue.enqueue(visitor(conversationId, { priority }));
      const place = await queue.position(handoff.id);
      assert.equal(place.kind, 'queued');
      if (place.kind === 'queued') await queue.notePosition(handoff.id, place.position);
      return handoff;
    }

    it('tells and removes a queued visitor silent for HandoffQueueTimeoutMinutes, counting from their last message', async () => {
      const quiet = await waiting('quiet');
      clock.advanceMinutes(10);
      await queue.appendMessage(quiet.id, { from: 'visitor', text: 'still here' });
      clock.advanceMinutes(14);
      assert.equal((await jobs.runOnce()).timedOut, 0, '14 minutes after their last message: still waiting');
      assert.equal((await queue.get(quiet.id))?.status, 'queued');

      clock.advanceMinutes(1);
      assert.deepEqual(await jobs.runOnce(), { timedOut: 1, positionsTold: 0, agentsReminded: 0, toldClosed: 0 });
      const removed = await queue.get(quiet.id);
      assert.equal(removed?.status, 'abandoned');
      assert.equal(removed?.endedBy, 'timeout');
      assert.deepEqual(await queue.list(), []);
      assert.deepEqual(notifier.to('quiet'), [handoffFlowMessages.timedOut(15)]);
      assert.deepEqual(listener.heard, ['closed quiet timeout']);
      assert.equal((await jobs.runOnce()).timedOut, 0, 'once only');
    });

    it('never times out an urgent visitor (crisis, or risk said while waiting): silent for hours, they wait for an agent', async () => {
      const crisis = await waiting('crisis', 'urgent');
      const flagged = await waiting('flagged');
      await queue.flagRisk(flagged.id, 'suicide');
      const ordinary = await waiting('ordinary');
      clock.advanceMinutes(6 * 60);
      assert.equal((await jobs.runOnce()).timedOut, 1, 'only the ordinary visitor');
      assert.equal((await queue.get(ordinary.id))?.status, 'abandoned');
      assert.deepEqual((await queue.list()).map((h) => h.conversationId).sort(), ['crisis', 'flagged']);
      assert.deepEqual([...notifier.to('crisis'), ...notifier.to('flagged')], [], 'not told to keep writing, nor removed');
      // Checked on the record too: a timeout started before the flag landed does not remove them.
      assert.equal((await queue.timeOut(flagged.id, 15)).kind, 'not-queued');
    });

    it('tells visitors still waiting when the helpline closes, once per closure, urgent ones with the crisis numbers first', async () => {
      clock.advanceMinutes(7 * 60 + 47); // 17:47 in London, Monday
      await waiting('ordinary');
      await waiting('at-risk', 'urgent');
      assert.equal((await withHours.runOnce()).toldClosed, 0, 'open: nothing to tell');

      clock.advanceMinutes(12); // 18:01: closed until 9am tomorrow
      const runs = await Promise.all([withHours.runOnce(), otherWithHours.runOnce()]);
      assert.equal(runs[0].toldClosed + runs[1].toldClosed, 2, 'each visitor told by one instance');
      assert.equal(notifier.to('ordinary').at(-1), handoffFlowMessages.closedWhileWaiting('tomorrow at 9am', false));
      assert.deepEqual(notifier.to('at-risk'), [handoffFlowMessages.closedWhileWaiting('tomorrow at 9am', true)]);
      assert.ok(notifier.to('at-risk')[0]?.startsWith(handoffFlowMessages.urgentNumbers));
      assert.match(notifier.to('at-risk')[0] ?? '', /You keep your place in the queue/);
      assert.doesNotMatch(notifier.to('ordinary').at(-1) ?? '', /keep your place|999/, 'an ordinary visitor still times out when silent');
      assert.equal((await withHours.runOnce()).toldClosed, 0, 'once');

      // Still waiting when the team closes the next evening (the urgent visitor never times out): told again.
      clock.advanceMinutes(24 * 60);
      assert.equal((await withHours.runOnce()).toldClosed, 1);
      assert.equal(notifier.to('at-risk').length, 2);
    });

    it('never times out a chat an agent has taken', async () => {
      const taken = await waiting('taken');
      await queue.claim(taken.id, { agent: 'Alice', displayName: 'Alice' });
      clock.advanceMinutes(60);
      assert.equal((await jobs.runOnce()).timedOut, 0);
      assert.equal((await queue.get(taken.id))?.status, 'active');
    });

    it('tells waiting visitors their new place only when it changes', async () => {
      const first = await waiting('first');
      await waiting('second');
      await waiting('third');
      assert.equal((await jobs.runOnce()).positionsTold, 0, 'everyone already knows their place');

      await queue.claim(first.id, { agent: 'Alice', displayName: 'Alice' });
      assert.equal((await jobs.runOnce()).positionsTold, 2);
      assert.deepEqual(notifier.to('second'), ['You are now next in the queue.']);
      assert.deepEqual(notifier.to('third'), ['You are now number 2 in the queue.']);
      assert.deepEqual(notifier.to('first'), []);

      await waiting('urgent', 'urgent');
      assert.equal((await jobs.runOnce()).positionsTold, 2, 'an urgent visitor moves the others back');
      assert.deepEqual(notifier.to('second'), ['You are now next in the queue.', 'You are now number 2 in the queue.']);
      assert.deepEqual(notifier.to('urgent'), []);
      assert.equal((await jobs.runOnce()).positionsTold, 0);
    });

    it('reminds an agent quiet for AgentReminderMinutes once per quiet spell, visibly in the queue, until they write', async () => {
      const chat = await waiting('chat');
      await queue.claim(chat.id, { agent: 'Alice', displayName: 'Alice' });
      clock.advanceMinutes(4);
      assert.equal((await jobs.runOnce()).agentsReminded, 0);
      clock.advanceMinutes(1);
      assert.equal((await jobs.runOnce()).agentsReminded, 1);
      const flagged = await queue.get(chat.id);
      assert.equal(flagged?.agentReminder?.quietSince, flagged?.claimedAt);
      assert.ok(flagged && 'agentReminder' in queueItemView(flagged), 'GET /api/agent/queue shows it');
      assert.deepEqual(listener.heard, ['reminded chat']);
      clock.advanceMinutes(10);
      assert.equal((await jobs.runOnce()).agentsReminded, 0, 'one reminder per quiet spell');

      const wrote = await queue.appendMessage(chat.id, { from: 'agent', agent: 'Alice', text: 'Sorry for the wait.' });
      assert.equal(wrote.kind, 'appended');
      const saidAt = wrote.kind === 'appended' ? wrote.handoff.transcript.at(-1)?.at : undefined;
      assert.equal((await queue.get(chat.id))?.agentReminder, undefined, 'writing clears the reminder');
      clock.advanceMinutes(5);
      assert.equal((await jobs.runOnce()).agentsReminded, 1);
      assert.equal((await queue.get(chat.id))?.agentReminder?.quietSince, saidAt, 'counted from their message');
      assert.deepEqual(notifier.sent, [], 'the visitor is not told about reminders');
    });

    it('with two instances running the jobs at once, each visitor is told once and each agent reminded once', async () => {
      const first = await waiting('a');
      await waiting('b');
      const silent = await waiting('c');
      await queue.appendMessage(first.id, { from: 'visitor', text: 'hello' });
      const chat = await waiting('d');
      await queue.claim(chat.id, { agent: 'Bob', displayName: 'Bob' });
      clock.advanceMinutes(15);
      // a wrote at 09:00 too, so a, b and c all time out; d is active and quiet.
      await queue.appendMessage(first.id, { from: 'visitor', text: 'still here' });
      const [one, two] = await Promise.all([jobs.runOnce(), otherJobs.runOnce()]);
      assert.equal(one.timedOut + two.timedOut, 2);
      assert.equal(one.agentsReminded + two.agentsReminded, 1);
      assert.equal(one.positionsTold + two.positionsTold, 0, 'a stays first');
      assert.deepEqual(notifier.to('b'), [handoffFlowMessages.timedOut(15)]);
      assert.deepEqual(notifier.to('c'), [handoffFlowMessages.timedOut(15)]);
      assert.deepEqual(notifier.to('a'), []);
      assert.equal((await queue.get(silent.id))?.endedBy, 'timeout');
      assert.deepEqual(listener.heard.filter((h) => h.startsWith('reminded')), ['reminded d']);
    });

    it('carries on when a visitor cannot be reached', async () => {
      await waiting('gone');
      await waiting('here');
      notifier.failFor.add('gone');
      clock.advanceMinutes(15);
      assert.equal((await jobs.runOnce()).timedOut, 2);
      assert.deepEqual(notifier.to('here'), [handoffFlowMessages.timedOut(15)]);
      assert.deepEqual(await queue.list(), []);
    });
  });
}

describe('hand-off jobs timer and settings', () => {
  it('start runs the jobs on their interval until stopped', async () => {
    const kind = storageKinds[0];
    assert.ok(kind);
    const made = await kind.make();
    const clock = new ManualClock(START);
    const queue = new HandoffQueue({ storage: made.storage, clock });
    const notifier = new RecordingNotifier();
    const logger = createLogger({ level: 'silent' });
    const jobs = new HandoffJobs({ queue, notifier, events: new HandoffEvents([], logger), logger, settings, intervalMs: 5 });
    await queue.enqueue(visitor('timer'));
    clock.advanceMinutes(15);
    jobs.start();
    for (let i = 0; i < 400 && notifier.sent.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    await jobs.stop();
    assert.deepEqual(notifier.to('timer'), [handoffFlowMessages.timedOut(15)]);
  });

  it('AgentReminderMinutes defaults to 5 and must be a whole number of minutes', () => {
    const ok = loadConfig({});
    assert.ok(ok.ok);
    assert.equal(ok.config.AgentReminderMinutes, 5);
    const twelve = loadConfig({ AgentReminderMinutes: '12' });
    assert.equal(twelve.ok && twelve.config.AgentReminderMinutes, 12);
    const bad = loadConfig({ AgentReminderMinutes: 'soon' });
    assert.equal(bad.ok, false);
    assert.ok(!bad.ok && bad.problems.some((p) => p.startsWith('AgentReminderMinutes: ')));
  });
});
