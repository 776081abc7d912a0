import assert from 'node:assert/strict';
import { type Activity, MemoryStorage, TestAdapter } from 'botbuilder';
import { buildBot } from '../../src/app';
import { findTopic } from '../../src/knowledge/knowledgeBase';
import type { Recognizer } from '../../src/recognition/recognizer';
import { ReplyBuilder } from '../../src/rendering/replyBuilder';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

/** Always the helpline topic: its answer has suggested actions and a call card, the nested parts a turn could change. */
const helplineOnly: Recognizer = { recognize: async () => ({ ranked: [{ topicId: 'helpline', score: 0.99 }], outOfScope: 0 }) };

describe('answers are built once and sent as copies', () => {
  it('gives the same answer every time, and changing one copy changes no other', async () => {
    const knowledgeBase = await realKnowledgeBase();
    const topic = findTopic(knowledgeBase, 'helpline');
    assert.ok(topic);
    const replies = new ReplyBuilder(knowledgeBase);
    const first = replies.answer(topic, 'public');
    const pristine = structuredClone(first);
    // What botbuilder and middleware do to a sent activity, and worse.
    Object.assign(first, { id: 'x', conversation: { id: 'other' }, timestamp: new Date() });
    first.suggestedActions?.actions.push({ type: 'imBack', title: 'added', value: 'added' });
    (first.attachments?.[0]?.content as { title: string }).title = 'changed';
    (first.channelData as { topicId: string }).topicId = 'changed';

    const second = replies.answer(topic, 'public');
    assert.deepEqual(second, pristine);
    assert.deepEqual(second, new ReplyBuilder(knowledgeBase).answer(topic, 'public'), 'a fresh builder renders it the same');
    assert.notDeepEqual(replies.answer(topic, 'public', { alsoAsked: 'data-rights' }), pristine, '"also asked" is a different reply');
  });

  it('offers support beside an answer as support, not as "you also asked"', async () => {
    const knowledgeBase = await realKnowledgeBase();
    const topic = findTopic(knowledgeBase, 'am-i-affected');
    assert.ok(topic);
    const replies = new ReplyBuilder(knowledgeBase);
    const withSupport = replies.answer(topic, 'public', { alsoAsked: 'emotional-support' });
    assert.match(withSupport.text ?? '', /there is support too\. Tap below\.$/);
    assert.equal(withSupport.suggestedActions?.actions[0]?.title, findTopic(knowledgeBase, 'emotional-support')?.title);
    assert.match(replies.answer(topic, 'public', { alsoAsked: 'data-rights' }).text ?? '', /You also asked about something else/);
  });

  it('two conversations asking the same question each get their own reply, addressed to them', async () => {
    const knowledgeBase = await realKnowledgeBase();
    const { bot } = buildBot({ config: { MaxMessageChars: 2000 }, knowledgeBase, storage: new MemoryStorage(), recognizer: helplineOnly });
    const conversation = (id: string) => new TestAdapter((context) => bot.run(context), { ...TestAdapter.createConversation(id) });
    const [a, b] = [conversation('conv-a'), conversation('conv-b')];
    const ask = async (adapter: TestAdapter) => {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity('what is the helpline number');
      return adapter.activeQueue.splice(0) as Partial<Activity>[];
    };
    const [fromA] = await ask(a);
    const [fromB] = await ask(b);
    assert.equal(fromA?.conversation?.id, 'conv-a');
    assert.equal(fromB?.conversation?.id, 'conv-b');
    assert.notEqual(fromA?.suggestedActions, fromB?.suggestedActions);
    assert.notEqual(fromA?.attachments?.[0], fromB?.attachments?.[0]);
    const { conversation: _a, recipient: _ra, replyToId: _ia, id: _x, timestamp: _t, localTimestamp: _l, ...restA } = fromA ?? {};
    const { conversation: _b, recipient: _rb, replyToId: _ib, id: _y, timestamp: _u, localTimestamp: _m, ...restB } = fromB ?? {};
    assert.deepEqual(restA, restB, 'the answer itself is the same');
    assert.equal((fromA?.channelData as { topicId?: string }).topicId, 'helpline');
  });
});
