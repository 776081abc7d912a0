import assert from 'node:assert/strict';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';
import { BotConversation, topicIdOf } from './botConversation';

/** Memory storage that counts writes of conversation state (keys under `…/conversations/`). */
class CountingStorage extends MemoryStorage {
  stateWrites = 0;
  override write(changes: StoreItems): Promise<void> {
    if (Object.keys(changes).some((k) => k.includes('/conversations/'))) this.stateWrites++;
    return super.write(changes);
  }
}

describe('conversation state writes per turn', () => {
  it('a question writes the state once; a welcome, typing or an empty event writes nothing; what was written is read back next turn', async () => {
    const storage = new CountingStorage();
    const conversation = new BotConversation({ knowledgeBase: await realKnowledgeBase(), recognizer: await realRecognizer(), storage });

    await conversation.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'Someone' }] });
    assert.equal(storage.stateWrites, 0, 'the welcome wrote state');

    const answer = await conversation.ask('what is the helpline number');
    assert.equal(topicIdOf(answer), 'helpline');
    assert.equal(storage.stateWrites, 1);

    await conversation.send({ type: 'typing' });
    await conversation.send({ type: 'event', name: 'something' });
    assert.equal(storage.stateWrites, 1, 'a turn that changed nothing wrote state');

    await conversation.send('asdfgh qwerty');
    await conversation.send('zxcvb poiuy');
    assert.equal(storage.stateWrites, 3);
    const stored = Object.entries((storage as unknown as { memory: Record<string, string> }).memory).find(([k]) => k.includes('/conversations/'));
    const state = JSON.parse(stored?.[1] ?? '{}') as { memory?: { lastTopicId?: string }; recentTranscript?: { entries: { from: string }[]; topics: string[] } };
    assert.equal(state.memory?.lastTopicId, 'helpline');
    assert.deepEqual(state.recentTranscript?.topics, ['helpline']);
    assert.deepEqual(state.recentTranscript?.entries.map((e) => e.from), ['visitor', 'bot', 'visitor', 'bot', 'visitor', 'bot']);
  });
});
