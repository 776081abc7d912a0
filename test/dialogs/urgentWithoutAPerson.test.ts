import assert from 'node:assert/strict';
import { handoffFlowMessages } from '../../src/messages';
import { SUNDAY_MORNING, allText, setupHandoffFlow, textOf } from './handoffFlowSetup';

/** How many times the urgent numbers appear in the turn's replies. */
const timesNumbersGiven = (text: string) => text.split(handoffFlowMessages.urgentNumbers).length - 1;

// Someone who may be at risk and leaves without a person (declining one, cancelling, a callback days
// away, or a channel that could not reach the team) goes with the urgent numbers, as on leaving the queue.
describe('hand-off flow: an urgent visitor left without a person', () => {
  const setup = setupHandoffFlow;

  it('HandoffTarget=omnichannel: when the channel cannot reach the team, an urgent visitor gets the numbers before the helpline hours; others only the hours', async () => {
    const failed = async (first: string) => {
      const conversation = (await setup({ env: { HandoffTarget: 'omnichannel' } })).talk();
      await conversation.send(first);
      await conversation.send('yes');
      await conversation.send('yes');
      return allText(await conversation.send({ type: 'event', name: 'handoff.status', value: { state: 'failed' } }));
    };
    const urgent = await failed('i want to kill myself');
    assert.ok(urgent.startsWith(handoffFlowMessages.urgentNumbers), urgent);
    assert.match(urgent, /Sorry, I could not reach the team just now/);
    const ordinary = await failed('Talk to a person');
    assert.equal(timesNumbersGiven(ordinary), 0, ordinary);
    assert.match(ordinary, /^Sorry, I could not reach the team just now/);
  });

  it('closed and urgent: a saved callback ends with the numbers for meanwhile, and one declined starts with them; an ordinary callback gets neither', async () => {
    const s = await setup({ at: SUNDAY_MORNING });
    const toCallbackOffer = async (id: string, first: string) => {
      const conversation = s.talk(id);
      await conversation.send(first);
      if (first !== 'Talk to a person') await conversation.send('yes');
      assert.equal(textOf((await conversation.send('yes')).at(-1) ?? {}), handoffFlowMessages.callbackOffer);
      return conversation;
    };
    const urgent = await toCallbackOffer('urgent-saved', 'i want to kill myself');
    await urgent.send('yes');
    await urgent.send('Sam');
    const saved = allText(await urgent.send('07700 900123'));
    assert.match(saved, /^Thank you, Sam\. The helpline team will call you on 07700 900123/);
    assert.ok(saved.endsWith(`\n\n${handoffFlowMessages.untilTheyCall}`), saved);

    const declined = allText(await (await toCallbackOffer('urgent-declined', 'i want to kill myself')).send('no'));
    assert.equal(declined, `${handoffFlowMessages.urgentNumbers}\n\n${handoffFlowMessages.callbackDeclined}`);

    const ordinary = await toCallbackOffer('ordinary', 'Talk to a person');
    await ordinary.send('yes');
    await ordinary.send('Sam');
    const ordinarySaved = allText(await ordinary.send('07700 900123'));
    assert.equal(timesNumbersGiven(ordinarySaved), 0, ordinarySaved);
    assert.equal(allText(await (await toCallbackOffer('ordinary-declined', 'Talk to a person')).send('no')), handoffFlowMessages.callbackDeclined);
  });

  it('urgent, turning away from a person at consent or cancelling at a callback question: the numbers first, then back to the assistant', async () => {
    const s = await setup({ at: SUNDAY_MORNING });
    const declined = s.talk('declined');
    await declined.send('i want to kill myself');
    assert.equal(allText(await declined.send('yes')), handoffFlowMessages.consent);
    assert.equal(allText(await declined.send('No thanks')), `${handoffFlowMessages.urgentNumbers}\n\n${handoffFlowMessages.backToBot}`);

    const cancelled = s.talk('cancelled');
    await cancelled.send('i want to kill myself');
    await cancelled.send('yes');
    await cancelled.send('yes');
    assert.equal(allText(await cancelled.send('yes')), handoffFlowMessages.askFirstName);
    assert.equal(allText(await cancelled.send('cancel')), `${handoffFlowMessages.urgentNumbers}\n\n${handoffFlowMessages.backToBot}`);

    const ordinary = s.talk('ordinary');
    await ordinary.send('Talk to a person');
    assert.equal(allText(await ordinary.send('No thanks')), handoffFlowMessages.backToBot);
  });
});
