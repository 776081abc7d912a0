import assert from 'node:assert/strict';
import { POSSIBLE_RISK } from '../../src/dialogs/visitorRelay';
import { handoffFlowMessages, handoffSummaries, messages } from '../../src/messages';
import { SUNDAY_MORNING, allText, inLiveChat, queuedAfterConsent, setupHandoffFlow, textOf } from './handoffFlowSetup';

// Risk the wording does not show, typed at the hand-off flow's questions: before, "i feel hopeless" at
// the consent question got "Please choose…", where anywhere else the bot would have asked if they were
// safe. Now the flow reads such an answer as the bot reads a question, and gives the same check-in.
describe('hand-off flow: possible risk the wording does not show, typed at its questions', () => {
  const setup = setupHandoffFlow;

  it('at the consent question: the check-in, then the question again (not a try); "yes" then queues as urgent, for the check-in', async () => {
    const s = await setup();
    const conversation = s.talk();
    await conversation.send('Talk to a person');
    assert.deepEqual((await conversation.send('i feel hopeless')).map(textOf), [messages.checkIn, handoffFlowMessages.consent]);
    // Two unclear replies after it still leave the question open: the check-in was not counted as one.
    assert.equal(textOf(await conversation.ask('hmm')), handoffFlowMessages.consentRetry);
    assert.equal(textOf(await conversation.ask('perhaps')), handoffFlowMessages.consentRetry);
    assert.deepEqual(await s.services.queue.list(), [], 'nothing is queued without consent');

    assert.match(allText(await conversation.send('yes')), /You are next in the queue/);
    const [queued] = await s.services.queue.list();
    assert.equal(queued?.priority, 'urgent');
    assert.equal(queued?.summary.startsWith(handoffSummaries['check-in']), true, queued?.summary);
    assert.ok(queued?.transcript.some((e) => e.from === 'visitor' && e.text === 'i feel hopeless'), 'the person sees what was said');
  });

  it('"yes" with words the recogniser reads as the urgent-help question: the check-in, then the queue, urgent, with the words flagged for the person', async () => {
    const s = await setup();
    const conversation = s.talk('at-risk');
    await conversation.send('Talk to a person');
    const replies = await conversation.send('yes please, i have been having dark thoughts');
    assert.equal(textOf(replies[0] ?? {}), messages.checkIn);
    assert.match(textOf(replies[1] ?? {}), /^You are next in the queue for a person\./);
    const [queued] = await s.services.queue.list();
    assert.equal(queued?.priority, 'urgent');
    assert.equal(queued?.risk?.reason, POSSIBLE_RISK);
    assert.equal(queued?.transcript.at(-1)?.text, 'yes please, i have been having dark thoughts');
  });

  it('closed: at the first-name question, the check-in and the question again; the callback is urgent', async () => {
    const s = await setup({ at: SUNDAY_MORNING });
    const conversation = s.talk();
    await conversation.send('Talk to a person');
    await conversation.send('yes');
    assert.equal(allText(await conversation.send('yes')), handoffFlowMessages.askFirstName);
    assert.deepEqual((await conversation.send('i cant cope with this anymore')).map(textOf), [messages.checkIn, handoffFlowMessages.askFirstName]);
    await conversation.send('Hope');
    await conversation.send('07700 900123');
    const [request] = await s.services.callbacks.listOpen();
    assert.equal(request?.firstName, 'Hope');
    assert.equal(request?.priority, 'urgent');
  });

  it('waiting in the queue: such a message is flagged for the person and moves the visitor ahead, with the numbers; ordinary ones are only passed on', async () => {
    const s = await setup();
    await queuedAfterConsent(s.talk('someone-waiting'));
    s.clock.advanceMinutes(1);
    const conversation = s.talk('waiting-at-risk');
    await queuedAfterConsent(conversation);
    for (const ordinary of ['how long will it be', "i'm really worried about this", 'i cant sleep']) assert.equal(textOf(await conversation.ask(ordinary)), handoffFlowMessages.passedOn, ordinary);
    assert.equal((await s.services.queue.list())[0]?.conversationReference.conversation.id, 'someone-waiting');

    assert.equal(textOf(await conversation.ask('i feel hopeless')), handoffFlowMessages.riskWhileWaiting(1, true));
    const [first] = await s.services.queue.list();
    assert.equal(first?.conversationReference.conversation.id, 'waiting-at-risk');
    assert.equal(first?.priority, 'urgent');
    assert.equal(first?.risk?.reason, POSSIBLE_RISK);
  });

  it('in a live chat such a message is only passed on: the person is reading it', async () => {
    const s = await setup();
    const { conversation, handoffId } = await inLiveChat(s);
    assert.deepEqual(await conversation.send('i feel hopeless'), []);
    const chat = await s.services.queue.get(handoffId);
    assert.equal(chat?.risk, undefined);
    assert.equal(chat?.transcript.at(-1)?.text, 'i feel hopeless');
  });

  it('a check-in accepted is remembered: a later hand-off from the same conversation is urgent too', async () => {
    const s = await setup();
    const conversation = s.talk();
    const checkIn = allText(await conversation.send('i feel so low i dont see the point'));
    assert.match(checkIn, /thinking about harming yourself/);
    await queuedAfterConsent(conversation, 'yes');
    const [first] = await s.services.queue.list();
    assert.ok(first);
    assert.equal(first.priority, 'urgent');
    await s.services.queue.close(first.id, { endedBy: 'agent', agent: 'Alice' });

    await conversation.send('what is the helpline number');
    await queuedAfterConsent(conversation);
    const [again] = await s.services.queue.list();
    assert.notEqual(again?.id, first.id);
    assert.equal(again?.priority, 'urgent');
    assert.equal(again?.summary.startsWith(handoffSummaries['check-in']), true, again?.summary);
  });

  it('ordinary answers are not read as risk: no check-in, and a normal hand-off', async () => {
    const s = await setup({ at: SUNDAY_MORNING });
    const conversation = s.talk();
    await conversation.send('Talk to a person');
    // Hesitations the risk classifier alone would check in on: at a question about a person, only hesitant.
    for (const unclear of ["i'm not sure", 'if i have to']) assert.deepEqual((await conversation.send(unclear)).map(textOf), [handoffFlowMessages.consentRetry], unclear);
    assert.doesNotMatch(allText(await conversation.send('yes please')), /thinking about harming yourself/);
    await conversation.send('yes');
    for (const answer of ['Grace', '07700 900123']) assert.doesNotMatch(allText(await conversation.send(answer)), /thinking about harming yourself/);
    const [request] = await s.services.callbacks.listOpen();
    assert.equal(request?.priority, 'normal');
  });
});
