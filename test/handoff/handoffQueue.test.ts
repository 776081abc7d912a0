import assert from 'node:assert/strict';
import type { Storage } from 'botbuilder';
import { HandoffQueue } from '../../src/handoff/handoffQueue';
import { ManualClock, storageKinds, visitor } from './handoffFixtures';

for (const kind of storageKinds) {
  describe(`hand-off queue (${kind.name} storage)`, () => {
    let storage: Storage;
    let reopen: () => Storage;
    let cleanup: () => Promise<void>;
    let clock: ManualClock;
    let queue: HandoffQueue;

    beforeEach(async () => {
      ({ storage, reopen, cleanup } = await kind.make());
      clock = new ManualClock('2026-06-15T09:00:00Z');
      queue = new HandoffQueue({ storage, clock });
    });

    afterEach(() => cleanup());

    async function enqueue(conversationId: string, priority: 'urgent' | 'normal' = 'normal') {
      const result = await queue.enqueue(visitor(conversationId, { priority }));
      assert.equal(result.kind, 'queued');
      return result.handoff;
    }

    it('of 20 agents claiming at once, exactly one wins and the others see who did', async () => {
      const handoff = await enqueue('c1');

      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => queue.claim(handoff.id, { agent: `agent${i}`, displayName: `Agent ${i}` })),
      );

      const winners = results.filter((r) => r.kind === 'claimed');
      assert.equal(winners.length, 1);
      const winner = winners[0]?.kind === 'claimed' ? winners[0].handoff.claimedByAgent : undefined;
      for (const loser of results.filter((r) => r.kind !== 'claimed')) {
        assert.equal(loser.kind, 'conflict');
        assert.equal(loser.kind === 'conflict' && loser.handoff.claimedByAgent, winner);
      }
      const stored = await queue.get(handoff.id);
      assert.equal(stored?.status, 'active');
      assert.equal(stored?.claimedByAgent, winner);
    });

    it('a claim racing the visitor’s messages still wins, and no message is lost', async () => {
      const handoff = await enqueue('c1');
      const texts = Array.from({ length: 8 }, (_, i) => `message ${i}`);
      const [claim] = await Promise.all([
        queue.claim(handoff.id, { agent: 'alice', displayName: 'Alice' }),
        ...texts.map((text) => queue.appendMessage(handoff.id, { from: 'visitor', text })),
      ]);
      assert.equal(claim.kind, 'claimed');
      const stored = await queue.get(handoff.id);
      assert.equal(stored?.status, 'active');
      assert.deepEqual(stored?.transcript.filter((t) => t.text.startsWith('message')).map((t) => t.text).sort(), texts);
    });

    it('claiming again one’s own chat is fine; a second claim by someone else is a conflict', async () => {
      const handoff = await enqueue('c1');
      const first = await queue.claim(handoff.id, { agent: 'alice', displayName: 'Alice' });
      assert.equal(first.kind === 'claimed' && first.alreadyClaimed, false);
      const again = await queue.claim(handoff.id, { agent: 'alice', displayName: 'Ally' });
      assert.equal(again.kind === 'claimed' && again.alreadyClaimed, true);
      assert.equal((await queue.get(handoff.id))?.claimedBy, 'Alice', 'a repeat keeps the name first given');
      assert.equal((await queue.claim(handoff.id, { agent: 'bob', displayName: 'Bob' })).kind, 'conflict');
      assert.equal((await queue.claim('no-such-id', { agent: 'bob', displayName: 'Bob' })).kind, 'not-found');
    });

    it('lists urgent first, then the longest waiting, and gives each their place', async () => {
      const first = await enqueue('first');
      clock.advanceMinutes(1);
      const second = await enqueue('second');
      clock.advanceMinutes(1);
      const crisis = await enqueue('crisis', 'urgent');

      assert.deepEqual((await queue.list()).map((h) => h.conversationId), ['crisis', 'first', 'second']);
      assert.deepEqual(await queue.position(first.id), { kind: 'queued', position: 2, queueLength: 3 });

      await queue.claim(crisis.id, { agent: 'alice', displayName: 'Alice' });
      assert.deepEqual((await queue.list()).map((h) => [h.conversationId, h.status]), [
        ['first', 'queued'],
        ['second', 'queued'],
        ['crisis', 'active'],
      ]);
      assert.deepEqual(await queue.position(second.id), { kind: 'queued', position: 2, queueLength: 2 });
      assert.equal((await queue.position(crisis.id)).kind, 'not-queued');
    });

    it('keeps one open hand-off per conversation, even when asked twice at once', async () => {
      const [a, b] = await Promise.all([queue.enqueue(visitor('same')), queue.enqueue(visitor('same'))]);
      assert.deepEqual([a.kind, b.kind].sort(), ['already-open', 'queued']);
      assert.equal(a.handoff.id, b.handoff.id);
      assert.equal((await queue.list()).length, 1);
    });

    it('loses no one when many visitors join at once', async () => {
      const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => enqueue(`c${i}`).then((h) => h.id)));
      assert.deepEqual((await queue.list()).map((h) => h.id).sort(), [...ids].sort());
    });

    it('estimates the wait as the median of recent waits, and says unknown without history', async () => {
      assert.deepEqual(await queue.estimatedWait(), { kind: 'unknown' });
      for (const [conversation, wait] of [['a', 2], ['b', 4], ['c', 10]] as const) {
        const handoff = await enqueue(conversation);
        clock.advanceMinutes(wait);
        await queue.claim(handoff.id, { agent: 'alice', displayName: 'Alice' });
      }
      assert.deepEqual(await queue.estimatedWait(), { kind: 'estimate', minutes: 4, basedOn: 3 });

      clock.advanceMinutes(8 * 24 * 60);
      assert.deepEqual(await queue.estimatedWait(), { kind: 'unknown' }, 'a week-old wait says nothing about now');
    });

    it('records the conversation both ways and ends it', async () => {
      const handoff = await enqueue('c1');
      assert.equal((await queue.appendMessage(handoff.id, { from: 'agent', text: 'hello', agent: 'alice' })).kind, 'not-allowed');
      await queue.claim(handoff.id, { agent: 'alice', displayName: 'Alice' });
      assert.equal((await queue.appendMessage(handoff.id, { from: 'agent', text: 'Hello, I am Alice.', agent: 'alice' })).kind, 'appended');
      assert.equal((await queue.appendMessage(handoff.id, { from: 'agent', text: 'me too', agent: 'bob' })).kind, 'not-allowed');
      assert.equal((await queue.appendMessage(handoff.id, { from: 'visitor', text: 'Thank you' })).kind, 'appended');
      assert.equal((await queue.close(handoff.id, { endedBy: 'agent', agent: 'bob' })).kind, 'not-allowed');

      const closed = await queue.close(handoff.id, { endedBy: 'agent', agent: 'alice' });
      assert.equal(closed.kind, 'closed');
      assert.deepEqual(
        (await queue.get(handoff.id))?.transcript.map((t) => [t.from, t.text]),
        [
          ['visitor', 'was my data published?'],
          ['bot', 'Here is what we know…'],
          ['agent', 'Hello, I am Alice.'],
          ['visitor', 'Thank you'],
        ],
      );
      assert.deepEqual(await queue.list(), []);
      assert.equal((await queue.close(handoff.id, { endedBy: 'visitor' })).kind, 'already-ended');
      assert.equal((await queue.appendMessage(handoff.id, { from: 'visitor', text: 'hello?' })).kind, 'not-allowed');
      assert.equal((await queue.findOpenByConversation('c1')), undefined);
      assert.equal((await queue.enqueue(visitor('c1'))).kind, 'queued', 'a new request after the end starts afresh');
    });

    it('finds visitors silent past the timeout and takes them out of the queue', async () => {
      const quiet = await enqueue('quiet');
      const chatty = await enqueue('chatty');
      clock.advanceMinutes(10);
      await queue.appendMessage(chatty.id, { from: 'visitor', text: 'still here' });
      clock.advanceMinutes(6);

      const stale = await queue.staleQueued(15);
      assert.deepEqual(stale.map((h) => h.id), [quiet.id]);
      assert.equal((await queue.abandon(quiet.id, 'timeout')).kind, 'abandoned');
      assert.deepEqual((await queue.list()).map((h) => h.id), [chatty.id]);
      await queue.claim(chatty.id, { agent: 'alice', displayName: 'Alice' });
      assert.equal((await queue.abandon(chatty.id, 'visitor')).kind, 'not-queued', 'an agent got there first');
    });

    it('is one queue for every instance sharing the storage', async () => {
      const other = new HandoffQueue({ storage: reopen(), clock });
      const handoff = await enqueue('c1');
      assert.deepEqual((await other.list()).map((h) => h.id), [handoff.id]);
      assert.equal((await other.claim(handoff.id, { agent: 'bob', displayName: 'Bob' })).kind, 'claimed');
      assert.equal((await queue.claim(handoff.id, { agent: 'alice', displayName: 'Alice' })).kind, 'conflict');
      assert.equal((await queue.findOpenByConversation('c1'))?.claimedBy, 'Bob');
    });
  });
}
