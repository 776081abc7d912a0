import assert from 'node:assert/strict';
import { type Activity, MemoryStorage } from 'botbuilder';
import { handoffFlowMessages } from '../../src/messages';
import { topicIdOf } from './botConversation';
import { SUNDAY_MORNING, setupHandoffFlow, textOf } from './handoffFlowSetup';

describe('hand-off to a person: the visitor side (TestAdapter)', () => {
  const setup = setupHandoffFlow;

  describe('HandoffTarget=omnichannel (Bot Framework hand-off protocol)', () => {
    it('sends handoff.initiate with the transcript after consent, relays nothing, and answers handoff.status', async () => {
      const s = await setup({ env: { HandoffTarget: 'omnichannel' }, at: SUNDAY_MORNING, online: false });
      const conversation = s.talk();
      await conversation.send('what is the helpline number');
      await conversation.send('Talk to a person');
      const replies = await conversation.send('yes');
      const initiate = replies.find((a) => a.type === 'event');
      assert.ok(initiate, 'an event was sent');
      assert.equal(initiate.name, 'handoff.initiate');
      const context = initiate.value as { skill: string; priority: string; summary: string };
      assert.equal(context.priority, 'normal');
      assert.match(context.summary, /Asked to talk to a person/);
      const attachment = initiate.attachments?.[0];
      assert.equal(attachment?.name, 'Transcript');
      assert.equal(attachment?.contentType, 'application/json');
      const transcript = attachment?.content as { activities: Partial<Activity>[] };
      assert.deepEqual(transcript.activities.map((a) => [a.from?.role, a.type]).slice(0, 2), [['user', 'message'], ['bot', 'message']]);
      assert.equal(transcript.activities[0]?.text, 'what is the helpline number');
      assert.equal(textOf(replies.at(-1) as Partial<Activity>), handoffFlowMessages.omnichannelPassing);
      assert.deepEqual(await s.services.queue.list(), [], 'the embedded queue is not used');

      const status = (state: string) => conversation.ask({ type: 'event', name: 'handoff.status', value: { state } });
      assert.equal(textOf(await status('accepted')), handoffFlowMessages.omnichannelAccepted);
      assert.equal(textOf(await status('completed')), handoffFlowMessages.omnichannelCompleted);
      assert.match(textOf(await status('failed')), /Sorry, I could not reach the team just now\. Please call the helpline on 01387 216 777: Monday to Friday/);
      assert.deepEqual(await conversation.send({ type: 'event', name: 'handoff.status', value: { state: 'typing' } }), []);
      assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
    });

    it('a repeated status that changes nothing writes no conversation state (no needless last-writer-wins write)', async () => {
      let stateWrites = 0;
      const storage = new MemoryStorage();
      const counting = Object.assign(Object.create(storage) as MemoryStorage, {
        write: (changes: Parameters<MemoryStorage['write']>[0]) => {
          if (Object.keys(changes).some((k) => k.includes('/conversations/'))) stateWrites++;
          return storage.write(changes);
        },
      });
      const s = await setup({ env: { HandoffTarget: 'omnichannel' }, storage: counting });
      const conversation = s.talk();
      await conversation.send('what is the helpline number');
      const status = (state: string) => conversation.ask({ type: 'event', name: 'handoff.status', value: { state } });
      await status('completed');
      const before = stateWrites;
      assert.equal(textOf(await status('completed')), handoffFlowMessages.omnichannelCompleted);
      assert.equal(stateWrites, before);
    });

    it('an urgent hand-off says so in the handoff context', async () => {
      const s = await setup({ env: { HandoffTarget: 'omnichannel' } });
      const conversation = s.talk();
      await conversation.send('i want to die');
      await conversation.send('yes');
      const initiate = (await conversation.send('yes')).find((a) => a.type === 'event');
      assert.equal((initiate?.value as { priority: string }).priority, 'urgent');
    });
  });
});
