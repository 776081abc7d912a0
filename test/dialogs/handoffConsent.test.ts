import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { handoffFlowMessages } from '../../src/messages';
import { visitor } from '../handoff/handoffFixtures';
import { buttonTitles, topicIdOf } from './botConversation';
import { FORBIDDEN_ASKS, setupHandoffFlow, textOf } from './handoffFlowSetup';

describe('hand-off to a person: the visitor side (TestAdapter)', () => {
  const setup = setupHandoffFlow;

  describe('consent', () => {
    it('asks first, saying who will see the conversation and not to share bank details or passwords, then queues on yes', async () => {
      const s = await setup();
      const conversation = s.talk();
      await conversation.send('what is the helpline number');
      const consent = await conversation.ask('Talk to a person');
      assert.match(textOf(consent), /helpline team/);
      assert.match(textOf(consent), /will see this conversation/);
      assert.match(textOf(consent), /bank details or passwords/);
      assert.doesNotMatch(textOf(consent), FORBIDDEN_ASKS);
      assert.deepEqual(buttonTitles(consent), ['Yes, go ahead', 'No thanks']);
      assert.deepEqual(await s.services.queue.list(), [], 'nothing is queued before consent');

      const queued = await conversation.ask('yes');
      assert.match(textOf(queued), /You are next in the queue for a person\./);
      assert.match(textOf(queued), /I cannot say how long the wait will be\./, 'no history: no invented estimate');
      assert.match(textOf(queued), /every 15 minutes/);
      assert.deepEqual(buttonTitles(queued), ['End chat']);

      const [handoff] = await s.services.queue.list();
      assert.ok(handoff);
      assert.equal(handoff.priority, 'normal');
      assert.equal(handoff.channel, 'test');
      assert.equal(handoff.summary, 'Asked to talk to a person. Recent topics: Helpline number and opening hours.');
      assert.deepEqual(handoff.lastTopics, ['helpline']);
      // The conversation so far goes with it, as the visitor was told.
      assert.deepEqual(handoff.transcript.map((e) => e.from), ['visitor', 'bot', 'visitor', 'bot']);
      assert.equal(handoff.transcript[0]?.text, 'what is the helpline number');
      assert.match(handoff.transcript[1]?.text ?? '', /01387 216 777/);
      assert.equal(handoff.transcript[2]?.text, 'Talk to a person');
      assert.equal(handoff.transcript[3]?.text, handoffFlowMessages.consent);
      assert.deepEqual(s.listener.heard, ['created normal']);
    });

    it('goes back to the bot on no, queuing nothing, and the bot answers the next question', async () => {
      const s = await setup();
      const conversation = s.talk();
      await conversation.send('Talk to a person');
      assert.equal(textOf(await conversation.ask('No thanks')), handoffFlowMessages.backToBot);
      assert.deepEqual(await s.services.queue.list(), []);
      assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
    });

    for (const word of ['cancel', 'back', 'stop', 'Stop.']) {
      it(`"${word}" at the consent question returns to the bot`, async () => {
        const s = await setup();
        const conversation = s.talk();
        await conversation.send('i want to talk to someone');
        assert.equal(textOf(await conversation.ask(word)), handoffFlowMessages.backToBot);
        assert.deepEqual(await s.services.queue.list(), []);
        assert.equal(topicIdOf(await conversation.ask('is my data in the leak')), 'am-i-affected');
      });
    }

    it('takes a person asked for in so many words as a yes ("just put me through"), queued as asked, with no check-in', async () => {
      for (const words of ['just put me through', 'I want to talk to a real person']) {
        const s = await setup();
        const conversation = s.talk();
        await conversation.send('Talk to a person');
        const replies = await conversation.send(words);
        assert.match(textOf(replies[0] ?? {}), /^You are next in the queue for a person\./, words);
        assert.equal(replies.length, 1, words);
        const [queued] = await s.services.queue.list();
        assert.equal(queued?.priority, 'normal', words);
      }
    });

    it('asks again on an unclear reply, and after three treats it as no', async () => {
      const s = await setup();
      const conversation = s.talk();
      await conversation.send('Talk to a person');
      assert.equal(textOf(await conversation.ask('what do you mean')), handoffFlowMessages.consentRetry);
      assert.equal(textOf(await conversation.ask('hmm')), handoffFlowMessages.consentRetry);
      assert.equal(textOf(await conversation.ask('perhaps')), handoffFlowMessages.backToBot);
      assert.deepEqual(await s.services.queue.list(), []);
    });

    it('starts from the page button sent as a message value or as an event', async () => {
      for (const activity of [
        { type: 'message', text: 'Talk to a person', value: { action: 'handoff' } },
        { type: 'message', value: { action: 'handoff' } },
        { type: 'event', name: 'webchat/button', value: { action: 'handoff' } },
      ] as Partial<Activity>[]) {
        const s = await setup();
        const conversation = s.talk();
        assert.equal(textOf(await conversation.ask(activity)), handoffFlowMessages.consent, JSON.stringify(activity));
        assert.match(textOf(await conversation.ask('yes')), /next in the queue/);
      }
    });
  });

});
