import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { handoffFlowMessages, handoffMessages, handoffSummaries } from '../../src/messages';
import { buttonTitles } from './botConversation';
import { SUNDAY_MORNING, allText, queuedAfterConsent, setupHandoffFlow, textOf } from './handoffFlowSetup';

/** How many times the urgent numbers appear in the turn's replies. */
const timesNumbersGiven = (text: string) => text.split(handoffFlowMessages.urgentNumbers).length - 1;

// The safety check reads what is typed at the hand-off flow's questions too: before, risk wording
// there was only an answer to the question, refused ("Please choose…") or taken (as a first name).
describe('hand-off flow: risk wording typed at its questions', () => {
  const setup = setupHandoffFlow;

  it('at the consent question: the urgent numbers at once, then the question again; "yes" then queues as urgent', async () => {
    const s = await setup();
    const conversation = s.talk();
    await conversation.send('Talk to a person');
    const replies = await conversation.send('i want to kill myself');
    assert.deepEqual(replies.map(textOf), [handoffFlowMessages.urgentNumbers, handoffFlowMessages.consent]);
    assert.deepEqual(buttonTitles(replies[1] ?? {}), [handoffFlowMessages.yesGoAhead, handoffFlowMessages.noThanks]);
    assert.deepEqual(await s.services.queue.list(), [], 'nothing is queued without consent');

    assert.match(allText(await conversation.send('yes')), /You are next in the queue/);
    const [queued] = await s.services.queue.list();
    assert.equal(queued?.priority, 'urgent');
    assert.equal(queued?.summary.startsWith(handoffSummaries.crisis), true, queued?.summary);
    assert.ok(queued?.transcript.some((e) => e.from === 'visitor' && e.text === 'i want to kill myself'), 'the person sees what was said');
  });

  it('"yes" in words of risk: the numbers first, then the queue, urgent and ahead of others, with the words flagged for the person', async () => {
    const s = await setup();
    await queuedAfterConsent(s.talk('someone-waiting'));
    const conversation = s.talk('at-risk');
    await conversation.send('Talk to a person');
    const replies = await conversation.send("yes, i've taken an overdose");
    assert.equal(textOf(replies[0] ?? {}), handoffFlowMessages.urgentNumbers);
    assert.match(textOf(replies[1] ?? {}), /^You are next in the queue for a person\./);
    // Urgent visitors keep their place however long they are silent: not asked to write every 15 minutes.
    assert.match(textOf(replies[1] ?? {}), /You can keep typing here and the person will see it\. Type "end chat" to leave the queue\.$/);
    assert.equal(replies.length, 2);

    const [first, second] = await s.services.queue.list();
    assert.equal(first?.conversationReference.conversation.id, 'at-risk');
    assert.equal(second?.conversationReference.conversation.id, 'someone-waiting');
    assert.equal(first?.priority, 'urgent');
    assert.equal(first?.risk?.reason, 'overdose');
    assert.deepEqual(first?.transcript.at(-1), { ...first?.transcript.at(-1), from: 'visitor', text: "yes, i've taken an overdose" });
    assert.deepEqual(s.listener.heard.slice(-3), ['created urgent', "visitor yes, i've taken an overdose", 'risk overdose']);
  });

  it('"no" in words of risk: the numbers, then back to the assistant with nothing queued; asked again later, the hand-off is urgent', async () => {
    const s = await setup();
    const conversation = s.talk();
    await conversation.send('Talk to a person');
    assert.deepEqual((await conversation.send('no, i just want to die')).map(textOf), [handoffFlowMessages.urgentNumbers, handoffFlowMessages.backToBot]);
    assert.deepEqual(await s.services.queue.list(), []);

    await queuedAfterConsent(conversation);
    const [queued] = await s.services.queue.list();
    assert.equal(queued?.priority, 'urgent');
  });

  it('closed: the numbers once at consent, then the callback offer; at the first-name question the numbers and the question again; the callback is still taken', async () => {
    const s = await setup({ at: SUNDAY_MORNING });
    const conversation = s.talk();
    await conversation.send('Talk to a person');
    const closed = await conversation.send('yes, i want to end my life');
    assert.equal(textOf(closed[0] ?? {}), handoffFlowMessages.urgentNumbers);
    assert.equal(timesNumbersGiven(allText(closed)), 1, allText(closed));
    assert.match(allText(closed), /not taking chats right now/);
    assert.equal(textOf(closed.at(-1) ?? {}), handoffFlowMessages.callbackOffer);

    assert.equal(allText(await conversation.send('yes')), handoffFlowMessages.askFirstName);
    assert.deepEqual((await conversation.send('i feel like ending it all')).map(textOf), [handoffFlowMessages.urgentNumbers, handoffFlowMessages.askFirstName]);
    assert.equal(allText(await conversation.send('Sam')), handoffFlowMessages.askPhone('Sam'));
    assert.match(allText(await conversation.send('07700 900123')), /The helpline team will call you on 07700 900123/);
    const callbacks = await s.services.callbacks.listOpen();
    assert.deepEqual(callbacks.map((c) => c.priority), ['urgent'], 'called back first');
  });

  it('closed: risk said first at the phone question still makes the callback urgent', async () => {
    const s = await setup({ at: SUNDAY_MORNING });
    const conversation = s.talk();
    await queuedAfterConsent(conversation);
    await conversation.send('yes');
    await conversation.send('Sam');
    assert.deepEqual((await conversation.send('i want to end my life')).map(textOf), [handoffFlowMessages.urgentNumbers, handoffFlowMessages.askPhone('Sam')]);
    await conversation.send('07700 900123');
    assert.deepEqual((await s.services.callbacks.listOpen()).map((c) => [c.firstName, c.priority]), [['Sam', 'urgent']]);
  });

  it('words of risk are not a try at the consent question, and at the callback\'s questions stay off the record a person later reads', async () => {
    const s = await setup({ at: SUNDAY_MORNING });
    const conversation = s.talk();
    await conversation.send('Talk to a person');
    for (let i = 0; i < 3; i++) assert.equal(textOf((await conversation.send('i want to kill myself')).at(-1) ?? {}), handoffFlowMessages.consent);
    assert.deepEqual((await conversation.send('what do you mean')).map(textOf), [handoffFlowMessages.consentRetry], 'still the first unclear try');
    await conversation.send('yes');
    await conversation.send('yes');
    await conversation.send('Sam');
    assert.deepEqual((await conversation.send('Sam here, i want to end my life')).map(textOf), [handoffFlowMessages.urgentNumbers, handoffFlowMessages.askPhone('Sam')]);
    await conversation.send('07700 900123');

    // Monday morning, an agent online: asked again, the hand-off is urgent, and what was typed at the
    // callback's questions is not in what the person sees.
    s.clock.advanceMinutes(24 * 60);
    await s.services.presence.setStatus('Alice', 'online');
    await queuedAfterConsent(conversation);
    const [queued] = await s.services.queue.list();
    assert.equal(queued?.priority, 'urgent');
    const seen = queued?.transcript.map((e) => e.text).join('\n') ?? '';
    assert.match(seen, /i want to kill myself/);
    assert.doesNotMatch(seen, /\bSam\b|07700|end my life/);
  });

  it('HandoffTarget=omnichannel: "yes" in words of risk gives the numbers and initiates the hand-off as urgent, with those words', async () => {
    const conversation = (await setup({ env: { HandoffTarget: 'omnichannel' } })).talk();
    await conversation.send('Talk to a person');
    const replies = await conversation.send('yes please, i want to die');
    assert.equal(textOf(replies[0] ?? {}), handoffFlowMessages.urgentNumbers);
    const initiate = replies.find((a) => a.type === 'event');
    const context = initiate?.value as { priority?: string; risk?: string } | undefined;
    assert.equal(context?.priority, 'urgent');
    assert.ok(context?.risk, 'the risk is named for the person');
    // The person sees what was said at the consent question, last, as the visitor's.
    const transcript = initiate?.attachments?.[0]?.content as { activities: Partial<Activity>[] };
    const last = transcript.activities.at(-1);
    assert.deepEqual([last?.from?.role, last?.text], ['user', 'yes please, i want to die']);
  });

  it('HandoffTarget=omnichannel: a plain "yes" adds nothing to the transcript and names no risk', async () => {
    const conversation = (await setup({ env: { HandoffTarget: 'omnichannel' } })).talk();
    await conversation.send('Talk to a person');
    const initiate = (await conversation.send('yes')).find((a) => a.type === 'event');
    assert.equal((initiate?.value as { risk?: string } | undefined)?.risk, undefined);
    const transcript = initiate?.attachments?.[0]?.content as { activities: Partial<Activity>[] };
    assert.ok(!transcript.activities.some((a) => a.text === 'yes'), JSON.stringify(transcript.activities.map((a) => a.text)));
  });

  it('an ordinary reply at the questions gets no numbers', async () => {
    const s = await setup({ at: SUNDAY_MORNING });
    const conversation = s.talk();
    await conversation.send('Talk to a person');
    assert.deepEqual((await conversation.send('what do you mean')).map(textOf), [handoffFlowMessages.consentRetry]);
    const closed = allText(await conversation.send('yes'));
    assert.equal(timesNumbersGiven(closed), 0, closed);
    await conversation.send('yes');
    assert.deepEqual((await conversation.send('why do you need it')).map(textOf), [handoffMessages.firstNameProblem['not-a-name']]);
  });
});
