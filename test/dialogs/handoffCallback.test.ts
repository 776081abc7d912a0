import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { handoffFlowMessages } from '../../src/messages';
import { buttonTitles, topicIdOf } from './botConversation';
import { FORBIDDEN_ASKS, SUNDAY_MORNING, queuedAfterConsent, setupHandoffFlow, textOf } from './handoffFlowSetup';

describe('hand-off to a person: the visitor side (TestAdapter)', () => {
  const setup = setupHandoffFlow;

  describe('outside hours or with nobody online: a callback', () => {
    it('says when the team is next available, gives phone and hours, and takes a first name and a UK number', async () => {
      const s = await setup({ at: SUNDAY_MORNING });
      const conversation = s.talk();
      const replies = await queuedAfterConsent(conversation);
      assert.equal(replies.length, 2);
      assert.match(textOf(replies[0] as Partial<Activity>), /not taking chats right now\. They are next available tomorrow at 9am\./);
      assert.match(textOf(replies[0] as Partial<Activity>), /01387 216 777.*Monday to Friday 9am to 6pm, Saturday 9am to 1pm; closed on Sunday/);
      assert.equal(textOf(replies[1] as Partial<Activity>), handoffFlowMessages.callbackOffer);
      assert.deepEqual(buttonTitles(replies[1] as Partial<Activity>), ['Yes, phone me back', 'No thanks']);
      assert.deepEqual(await s.services.queue.list(), [], 'nobody is queued when nobody can answer');

      assert.equal(textOf(await conversation.ask('Yes, phone me back')), handoffFlowMessages.askFirstName);
      assert.equal(textOf(await conversation.ask('Sam 123')), 'Please type just your first name, using letters (spaces, hyphens and apostrophes are fine).');
      assert.equal(textOf(await conversation.ask('Sam')), handoffFlowMessages.askPhone('Sam'));
      assert.match(textOf(await conversation.ask('0770 090')), /too short/);
      assert.match(textOf(await conversation.ask('+1 212 555 0100')), /only call UK numbers/);
      const confirmed = await conversation.ask('07700 900123');
      assert.equal(textOf(confirmed), handoffFlowMessages.callbackSaved('Sam', '07700 900123', 'tomorrow at 9am'));

      const callbacks = await s.services.callbacks.listOpen();
      assert.equal(callbacks.length, 1);
      assert.equal(callbacks[0]?.firstName, 'Sam');
      assert.equal(callbacks[0]?.phone, '+447700900123');
      assert.equal(callbacks[0]?.priority, 'normal');
      for (const reply of [...replies, confirmed]) assert.doesNotMatch(textOf(reply), FORBIDDEN_ASKS);
      // Back with the bot.
      assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
    });

    it('keeps the name and number out of the conversation an agent may later read', async () => {
      const s = await setup({ at: SUNDAY_MORNING });
      const conversation = s.talk();
      await queuedAfterConsent(conversation);
      await conversation.send('yes');
      await conversation.send('Sam');
      await conversation.send('07700 900123');
      s.clock.advanceMinutes(24 * 60); // Monday morning: open
      await s.services.presence.setStatus('Alice', 'online');
      await queuedAfterConsent(conversation);
      const [handoff] = await s.services.queue.list();
      const said = handoff?.transcript.map((e) => e.text).join('\n') ?? '';
      assert.doesNotMatch(said, /07700|Sam\b/);
    });

    it('open but nobody online: says so and offers the callback', async () => {
      const s = await setup({ online: false });
      const conversation = s.talk();
      const replies = await queuedAfterConsent(conversation);
      assert.match(textOf(replies[0] as Partial<Activity>), /Nobody from the helpline team is free to chat right now/);
      assert.equal(textOf(replies[1] as Partial<Activity>), handoffFlowMessages.callbackOffer);
    });

    it('urgent and closed: the crisis numbers come first', async () => {
      const s = await setup({ at: SUNDAY_MORNING });
      const conversation = s.talk();
      await conversation.send('i am going to kill myself');
      await conversation.send('yes');
      const replies = await conversation.send('yes');
      assert.ok(textOf(replies[0] as Partial<Activity>).startsWith(handoffFlowMessages.urgentNumbers), textOf(replies[0] as Partial<Activity>));
    });

    for (const [step, answers] of [
      ['the callback offer', []],
      ['the first name', ['yes']],
      ['the phone number', ['yes', 'Sam']],
    ] as const) {
      it(`"cancel" at ${step} returns to the bot and stores nothing`, async () => {
        const s = await setup({ at: SUNDAY_MORNING });
        const conversation = s.talk();
        await queuedAfterConsent(conversation);
        for (const answer of answers) await conversation.send(answer);
        assert.equal(textOf(await conversation.ask('cancel')), handoffFlowMessages.backToBot);
        assert.deepEqual(await s.services.callbacks.listOpen(), []);
        assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
      });
    }

    it('"no thanks" to the callback returns to the bot', async () => {
      const s = await setup({ at: SUNDAY_MORNING });
      const conversation = s.talk();
      await queuedAfterConsent(conversation);
      assert.equal(textOf(await conversation.ask('No thanks')), handoffFlowMessages.callbackDeclined);
    });

    it('gives up politely after three bad numbers', async () => {
      const s = await setup({ at: SUNDAY_MORNING });
      const conversation = s.talk();
      await queuedAfterConsent(conversation);
      await conversation.send('yes');
      await conversation.send('Sam');
      await conversation.send('12');
      await conversation.send('0909 879 0000');
      assert.equal(textOf(await conversation.ask('abc')), handoffFlowMessages.callbackGaveUp);
      assert.deepEqual(await s.services.callbacks.listOpen(), []);
    });
  });

});
