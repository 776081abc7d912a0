import assert from 'node:assert/strict';
import { type Activity, MemoryStorage } from 'botbuilder';
import { buildHandoff } from '../../src/handoff/buildHandoff';
import { HandoffEvents } from '../../src/handoff/handoffEvents';
import { HandoffJobs } from '../../src/handoff/handoffJobs';
import { loadConfig } from '../../src/config';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { handoffFlowMessages, messages } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import type { Recognizer } from '../../src/recognition/recognizer';
import { createStorage } from '../../src/storage/createStorage';
import { ManualClock, visitor } from '../handoff/handoffFixtures';
import { makeTempDirectory } from '../storage/tempDirectory';
import { realKnowledgeBase } from '../support/realKnowledgeBase';
import { BotConversation, buttonTitles, topicIdOf } from './botConversation';
import { MONDAY_MORNING, RecordingListener, SUNDAY_MORNING, allText, queuedAfterConsent, setupHandoffFlow, textOf } from './handoffFlowSetup';

/** Words the flow must never use to ask for more than a first name and a number. */
const FORBIDDEN_ASKS = /date of birth|\bDOB\b|\bCHI\b|address|postcode|surname|full name/i;

describe('hand-off to a person: the visitor side (TestAdapter)', () => {
  let kb: KnowledgeBase;
  before(async () => {
    kb = await realKnowledgeBase();
  });

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

  describe('offers', () => {
    it('offers a person after two fallbacks in a row, never forcing it; "yes" accepts', async () => {
      const s = await setup();
      const conversation = s.talk();
      assert.equal(textOf(await conversation.ask('qwxz blorp')), messages.fallback);
      const offer = await conversation.ask('zzkv frump');
      assert.match(textOf(offer), /Would you like to talk to a person/);
      assert.deepEqual(buttonTitles(offer), ['Talk to a person']);
      assert.deepEqual(await s.services.queue.list(), [], 'an offer is not a hand-off');
      assert.equal(textOf(await conversation.ask('yes')), handoffFlowMessages.consent);
      await conversation.send('yes');
      const [handoff] = await s.services.queue.list();
      assert.equal(handoff?.priority, 'normal');
      assert.match(handoff?.summary ?? '', /could not answer twice/);
    });

    it('a "yes" to the person offered after two fallbacks that also speaks of risk gets the urgent-help answer, and then a person as urgent', async () => {
      const s = await setup();
      const conversation = s.talk();
      await conversation.send('qwxz blorp');
      assert.match(textOf(await conversation.ask('zzkv frump')), /Would you like to talk to a person/);
      const crisis = await conversation.ask("yes, i've taken an overdose");
      assert.equal(topicIdOf(crisis), 'crisis', textOf(crisis));
      assert.match(textOf(crisis), /999/);
      assert.equal(textOf(await conversation.ask('yes')), handoffFlowMessages.consent);
      await conversation.send('yes');
      const [queued] = await s.services.queue.list();
      assert.equal(queued?.priority, 'urgent');
    });

    it('lets the offer lapse when the visitor asks something else', async () => {
      const s = await setup();
      const conversation = s.talk();
      await conversation.send('qwxz blorp');
      await conversation.send('zzkv frump');
      assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
      assert.notEqual(textOf(await conversation.ask('yes')), handoffFlowMessages.consent);
    });

    it('crisis: the urgent-help answer offers a person at once; accepting queues as urgent, ahead of others', async () => {
      const s = await setup();
      await s.services.queue.enqueue(visitor('someone-already-waiting'));
      const conversation = s.talk();
      const crisis = await conversation.ask('i want to end my life');
      assert.equal(topicIdOf(crisis), 'crisis');
      assert.match(textOf(crisis), /999/);
      assert.ok(buttonTitles(crisis).includes('Talk to a person'));
      assert.equal(textOf(await conversation.ask('yes please')), handoffFlowMessages.consent);
      const queued = await conversation.ask('yes');
      assert.match(textOf(queued), /next in the queue/, 'urgent goes ahead of the normal visitor already waiting');
      const [first] = await s.services.queue.list();
      assert.equal(first?.priority, 'urgent');
      assert.equal(first?.conversationId, conversation.adapter.conversation.conversation.id);
      assert.match(first?.summary ?? '', /^Urgent/);
      assert.deepEqual(s.listener.heard, ['created urgent']);
    });

    it('possible risk the safety check did not recognise: after the answer, a gentle check-in; "yes" brings a person as urgent', async () => {
      // The recogniser puts the urgent-help topic second: the wording lists saw nothing.
      const crisisSecond: Recognizer = { recognize: async () => ({ ranked: [{ topicId: 'what-happened', score: 0.5 }, { topicId: 'crisis', score: 0.3 }], outOfScope: 0 }) };
      const s = await setup({ recognizer: crisisSecond });
      await s.services.queue.enqueue(visitor('someone-already-waiting'));
      const conversation = s.talk();
      const [answer, checkIn, ...rest] = await conversation.send('what happened, its all too much, i keep looking at the quarry');
      assert.equal(topicIdOf(answer ?? {}), 'what-happened', 'the question is still answered');
      assert.deepEqual(rest, []);
      assert.match(textOf(checkIn ?? {}), /If you are thinking about harming yourself, or you are in danger now, please call 999\. Samaritans .*116 123/);
      assert.match(textOf(checkIn ?? {}), /Would you like to talk to a person now\?$/);
      assert.deepEqual(buttonTitles(checkIn ?? {}), [kb.topics.find((t) => t.id === 'crisis')?.title, 'Talk to a person', ...buttonTitles(answer ?? {})], "the answer's buttons stay, after its own");
      assert.equal(textOf(await conversation.ask('yes')), handoffFlowMessages.consent);
      await conversation.send('yes');
      const [first] = await s.services.queue.list();
      assert.equal(first?.priority, 'urgent', 'ahead of the visitor already waiting');
      assert.equal(first?.conversationId, conversation.adapter.conversation.conversation.id);
      assert.match(first?.summary ?? '', /^Urgent/);
      assert.doesNotMatch(first?.summary ?? '', /urgent-help answer was given/, 'the summary tells whoever takes the chat what happened: a check-in, not the crisis answer');
    });

    it('the page\'s "Talk to a person" button right after a check-in queues as urgent, as the check-in\'s own button does', async () => {
      const crisisSecond: Recognizer = { recognize: async () => ({ ranked: [{ topicId: 'what-happened', score: 0.5 }, { topicId: 'crisis', score: 0.3 }], outOfScope: 0 }) };
      const s = await setup({ recognizer: crisisSecond });
      await s.services.queue.enqueue(visitor('someone-already-waiting'));
      const conversation = s.talk();
      await conversation.send('what happened, its all too much');
      assert.equal(textOf(await conversation.ask({ type: 'message', value: { action: 'handoff' } })), handoffFlowMessages.consent);
      await conversation.send('yes');
      const [first] = await s.services.queue.list();
      assert.equal(first?.conversationId, conversation.adapter.conversation.conversation.id);
      assert.equal(first?.priority, 'urgent');
    });

    it('a "no" to the person offered (by the crisis answer or a check-in) is not met with the same check-in again', async () => {
      const afterCrisis = (await setup()).talk();
      assert.equal(topicIdOf(await afterCrisis.ask('i want to end my life')), 'crisis');
      for (const reply of ['no', 'nope', 'no im ok']) {
        const replies = await afterCrisis.send(reply);
        assert.ok(!replies.some((r) => /harming yourself/.test(textOf(r))), `${reply}: ${allText(replies)}`);
      }
      for (const reply of ['no', 'im ok']) {
        const afterCheckIn = (await setup()).talk();
        assert.match(allText(await afterCheckIn.send("i can't cope with this anymore")), /harming yourself/, 'the real recogniser ranks crisis second here');
        const replies = await afterCheckIn.send(reply);
        assert.ok(!replies.some((r) => /harming yourself/.test(textOf(r))), `${reply}: ${allText(replies)}`);
      }
    });

    it('"no" or "not now" to the urgent-help answer: a short acknowledgement, not the answer again; 999 and Samaritans kept, a person still offered and queued as urgent', async () => {
      const crisisAnswer = kb.topics.find((t) => t.id === 'crisis')?.answer ?? '';
      for (const reply of ['no', 'not now']) {
        const s = await setup();
        await s.services.queue.enqueue(visitor('someone-already-waiting'));
        const conversation = s.talk();
        assert.equal(topicIdOf(await conversation.ask('i want to end my life')), 'crisis');
        const [ack, ...rest] = await conversation.send(reply);
        assert.deepEqual(rest, [], reply);
        assert.notEqual(topicIdOf(ack ?? {}), 'crisis', `${reply}: the urgent-help answer again`);
        assert.ok(textOf(ack ?? {}).length < crisisAnswer.length, `${reply}: ${textOf(ack ?? {})}`);
        assert.match(textOf(ack ?? {}), /999.*116 123/s, reply);
        assert.doesNotMatch(textOf(ack ?? {}), /harming yourself/, `${reply}: not the check-in again`);
        assert.ok(buttonTitles(ack ?? {}).includes('Talk to a person'), `${reply}: ${buttonTitles(ack ?? {}).join(' | ')}`);
        assert.deepEqual(await s.services.queue.list().then((q) => q.length), 1, 'nothing queued on a no');
        await queuedAfterConsent(conversation);
        const [first] = await s.services.queue.list();
        assert.equal(first?.conversationId, conversation.adapter.conversation.conversation.id, `${reply}: the person changed their mind and goes first`);
        assert.equal(first?.priority, 'urgent');
      }
    });

    it('a second failure to understand with a check-in on the same turn offers a person once, and a "yes" queues as urgent', async () => {
      // Neither message is understood; the second also ranks the urgent-help topic second.
      const byText: Recognizer = {
        recognize: async (text) => ({ ranked: text.includes('weekend') ? [{ topicId: 'what-happened', score: 0.3 }, { topicId: 'crisis', score: 0.28 }] : [{ topicId: 'what-happened', score: 0.3 }], outOfScope: 0.9 }),
      };
      const s = await setup({ recognizer: byText });
      await s.services.queue.enqueue(visitor('someone-already-waiting'));
      const conversation = s.talk();
      assert.equal((await conversation.send('blah blah')).length, 1);
      const replies = await conversation.send('i cannae see a way past the weekend');
      assert.equal(replies.length, 2, allText(replies));
      assert.match(textOf(replies[1] ?? {}), /harming yourself/, 'the check-in comes last');
      const offers = allText(replies).match(/talk to a person/gi) ?? [];
      assert.equal(offers.length, 1, `a person offered ${offers.length} times: ${allText(replies)}`);
      assert.match(allText(replies), /01387 216 777/, 'the helpline is still given');
      assert.deepEqual(buttonTitles(replies[1] ?? {}).filter((t) => t === 'Talk to a person'), ['Talk to a person'], 'one button for it');
      assert.equal(textOf(await conversation.ask('yes')), handoffFlowMessages.consent);
      await conversation.send('yes');
      const [first] = await s.services.queue.list();
      assert.equal(first?.conversationId, conversation.adapter.conversation.conversation.id);
      assert.equal(first?.priority, 'urgent');
    });

    it('asking for a person in a message that would have had a check-in queues as urgent, as a "yes" to the check-in would', async () => {
      const humanThenCrisis: Recognizer = { recognize: async () => ({ ranked: [{ topicId: 'human', score: 0.6 }, { topicId: 'crisis', score: 0.3 }], outOfScope: 0 }) };
      const s = await setup({ recognizer: humanThenCrisis });
      await s.services.queue.enqueue(visitor('someone-already-waiting'));
      const conversation = s.talk();
      assert.equal(textOf(await conversation.ask("i want to speak to someone i'm not coping")), handoffFlowMessages.consent);
      await conversation.send('yes');
      const [first] = await s.services.queue.list();
      assert.equal(first?.conversationId, conversation.adapter.conversation.conversation.id);
      assert.equal(first?.priority, 'urgent');
      assert.doesNotMatch(first?.summary ?? '', /urgent-help answer was given/);
    });

    it('no check-in when the crisis topic is not near the top, or the person says they are not at risk', async () => {
      const crisisThird: Recognizer = { recognize: async () => ({ ranked: [{ topicId: 'what-happened', score: 0.5 }, { topicId: 'timeline', score: 0.3 }, { topicId: 'crisis', score: 0.29 }], outOfScope: 0 }) };
      const third = (await setup({ recognizer: crisisThird })).talk();
      assert.equal((await third.send('what happened')).length, 1);
      const crisisSecond: Recognizer = { recognize: async () => ({ ranked: [{ topicId: 'emotional-support', score: 0.5 }, { topicId: 'crisis', score: 0.45 }], outOfScope: 0 }) };
      const disclaimed = (await setup({ recognizer: crisisSecond })).talk();
      const replies = await disclaimed.send("i'm not suicidal, just so stressed about all this");
      assert.deepEqual(replies.map((r) => topicIdOf(r)), ['emotional-support']);
    });

    it('crisis, then the "Talk to a person" button later: still urgent', async () => {
      const s = await setup();
      const conversation = s.talk();
      await conversation.send('i want to hurt myself');
      await conversation.send('what is the helpline number');
      await queuedAfterConsent(conversation);
      assert.equal((await s.services.queue.list())[0]?.priority, 'urgent');
    });
  });

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

  describe('relay while handed off', () => {
    it('sends messages to the hand-off, not the recogniser; the safety check still runs; "end chat" returns to the bot', async () => {
      const s = await setup();
      const conversation = s.talk();
      await queuedAfterConsent(conversation);
      const [queued] = await s.services.queue.list();
      assert.ok(queued);

      // A question the bot could answer goes to the person instead.
      assert.equal(textOf(await conversation.ask('what is the helpline number')), handoffFlowMessages.passedOn);
      const risky = await conversation.ask('i feel like ending it all');
      assert.equal(textOf(risky), handoffFlowMessages.riskWhileWaiting(1, false), 'alone in the queue: already next, not moved');

      const flagged = await s.services.queue.get(queued.id);
      assert.equal(flagged?.priority, 'urgent');
      assert.equal(flagged?.risk?.reason, 'suicide');
      assert.deepEqual(flagged?.transcript.slice(-2).map((e) => [e.from, e.text]), [
        ['visitor', 'what is the helpline number'],
        ['visitor', 'i feel like ending it all'],
      ]);

      // Typed in a hurry, the same: the relay reads a message respelt, as the bot does.
      const hurried = await conversation.ask('i want to kill myslef');
      assert.equal(textOf(hurried), handoffFlowMessages.riskWhileWaiting(1, false));

      // Asking again says where they are rather than queuing twice.
      assert.match(textOf(await conversation.ask('Talk to a person')), /already in the queue/);
      assert.equal((await s.services.queue.list()).length, 1);

      // Urgent now, and leaving before anyone has talked with them: the numbers go with them.
      assert.equal(textOf(await conversation.ask('End chat')), `${handoffFlowMessages.urgentNumbers}\n\n${handoffFlowMessages.leftQueue}`);
      assert.equal((await s.services.queue.get(queued.id))?.status, 'abandoned');
      assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
      assert.deepEqual(s.listener.heard, [
        'created normal',
        'visitor what is the helpline number',
        'visitor i feel like ending it all',
        'risk suicide',
        'visitor i want to kill myslef',
        'risk suicide',
        'closed abandoned visitor',
      ]);
    });

    it('risk while waiting: the visitor is told their true place (front only when first; moved up otherwise), and not told it again', async () => {
      const s = await setup();
      const [a, b, c] = ['risk-a', 'risk-b', 'risk-c'].map((id) => s.talk(id)) as [BotConversation, BotConversation, BotConversation];
      for (const conversation of [a, b, c]) {
        await queuedAfterConsent(conversation);
        s.clock.advanceMinutes(1);
      }
      const crisisNumbers = (text: string) => {
        assert.match(text, /call 999\. Samaritans are free on 116 123 at any time, and NHS 24 is on 111\./);
        assert.match(text, /I have told the team/);
        assert.doesNotMatch(text, FORBIDDEN_ASKS);
      };

      // First already: nothing to move past.
      const first = textOf(await a.ask('i feel like ending it all'));
      crisisNumbers(first);
      assert.match(first, /you are next in the queue\./);
      assert.doesNotMatch(first, /moved/);

      // Third, behind an urgent visitor: moved up past the normal one, but not to the front.
      const third = textOf(await c.ask('i want to kill myself'));
      crisisNumbers(third);
      assert.match(third, /moved up the queue: you are now number 2\./);
      assert.doesNotMatch(third, /front/);

      // Urgent now, and waiting longer than c, so b moves up to 2 and c goes back to 3.
      assert.match(textOf(await b.ask('i want to end my life')), /moved up the queue: you are now number 2\./);
      const again = textOf(await c.ask('i really want to die'));
      crisisNumbers(again);
      assert.match(again, /you are number 3 in the queue\./);
      assert.doesNotMatch(again, /moved|front/);
      assert.deepEqual((await s.services.queue.list()).map((h) => h.conversationId), ['risk-a', 'risk-b', 'risk-c']);

      // Each was told their place just now: the position job has nothing to repeat.
      const logger = createLogger({ level: 'silent' });
      const jobs = new HandoffJobs({
        queue: s.services.queue,
        notifier: { sendToVisitor: async () => assert.fail('nobody needs telling again') },
        events: new HandoffEvents([], logger),
        logger,
        settings: { HandoffQueueTimeoutMinutes: 15, AgentReminderMinutes: 5 },
      });
      assert.equal((await jobs.runOnce()).positionsTold, 0);
    });

    it('in a live chat: no acknowledgements, the agent holds it, and when the agent ends it the bot answers again', async () => {
      const s = await setup();
      const conversation = s.talk();
      await queuedAfterConsent(conversation);
      const [queued] = await s.services.queue.list();
      assert.ok(queued);
      await s.services.queue.claim(queued.id, { agent: 'Alice', displayName: 'Alice' });
      assert.deepEqual(await conversation.send('hello, are you there?'), [], 'the person answers, not the bot');
      assert.equal(textOf(await conversation.ask('Talk to a person')), handoffFlowMessages.alreadyTalking);
      await s.services.queue.close(queued.id, { endedBy: 'agent', agent: 'Alice' });
      assert.equal(topicIdOf(await conversation.ask('what is the helpline number')), 'helpline');
    });

    it('a visitor ending a live chat closes it for the agent', async () => {
      const s = await setup();
      const conversation = s.talk();
      await queuedAfterConsent(conversation);
      const [queued] = await s.services.queue.list();
      assert.ok(queued);
      await s.services.queue.claim(queued.id, { agent: 'Alice', displayName: 'Alice' });
      assert.equal(textOf(await conversation.ask('end chat')), handoffFlowMessages.endedChat);
      const ended = await s.services.queue.get(queued.id);
      assert.equal(ended?.status, 'closed');
      assert.equal(ended?.endedBy, 'visitor');
    });
  });

  it('survives a restart mid-flow: a new bot on the same file storage continues at the same step', async () => {
    const temp = await makeTempDirectory();
    try {
      const first = await setup({ at: SUNDAY_MORNING, storage: createStorage({ kind: 'file', path: temp.path }) });
      await queuedAfterConsent(first.talk('restart-convo'));
      await first.talk('restart-convo').send('yes');
      // "Restart": new storage handle, services and bot over the same folder.
      const second = await setup({ at: SUNDAY_MORNING, storage: createStorage({ kind: 'file', path: temp.path }) });
      const conversation = second.talk('restart-convo');
      assert.equal(textOf(await conversation.ask('Sam')), handoffFlowMessages.askPhone('Sam'));
      await conversation.send('07700 900123');
      assert.equal((await second.services.callbacks.listOpen())[0]?.firstName, 'Sam');
    } finally {
      await temp.cleanup();
    }
  });

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
