import assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { handoffFlowMessages, messages } from '../../src/messages';
import type { Recognizer } from '../../src/recognition/recognizer';
import { visitor } from '../handoff/handoffFixtures';
import { realKnowledgeBase } from '../support/realKnowledgeBase';
import { buttonTitles, topicIdOf } from './botConversation';
import { allText, queuedAfterConsent, setupHandoffFlow, textOf } from './handoffFlowSetup';

describe('hand-off to a person: the visitor side (TestAdapter)', () => {
  let kb: KnowledgeBase;
  before(async () => {
    kb = await realKnowledgeBase();
  });

  const setup = setupHandoffFlow;

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

});
