import assert from 'node:assert/strict';
import { ConversationState, MemoryStorage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import { JsonConversationState } from '../../src/storage/jsonConversationState';

/** Memory storage that counts writes, so a turn that changed nothing can be seen to write nothing. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

function turnIn(conversationId: string): TurnContext {
  const adapter = new TestAdapter();
  return new TurnContext(adapter, {
    type: 'message',
    text: 'hi',
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'visitor', name: '' },
    recipient: { id: 'bot', name: '' },
    serviceUrl: 'http://127.0.0.1',
  });
}

/** State with `memory` = { fallbacks: 1 } saved by one turn of conversation c1. */
async function afterOneTurn() {
  const storage = new CountingStorage();
  const state = new JsonConversationState(storage);
  const memory = state.createProperty<{ fallbacks: number }>('memory');
  const first = turnIn('c1');
  await memory.set(first, { fallbacks: 1 });
  await state.saveChanges(first);
  return { storage, state, memory };
}

describe('conversation state (JSON change detection)', () => {
  it('keeps what a turn set for the next turn of the same conversation only', async () => {
    const { memory } = await afterOneTurn();

    assert.deepEqual(await memory.get(turnIn('c1')), { fallbacks: 1 });
    assert.equal(await memory.get(turnIn('c2')), undefined);
  });

  it('writes only when the state changed, and again after a later change', async () => {
    const { storage, state, memory } = await afterOneTurn();
    assert.equal(storage.writes, 1);

    const unchanged = turnIn('c1');
    await memory.get(unchanged);
    await state.saveChanges(unchanged);
    assert.equal(storage.writes, 1, 'a turn that only read wrote anyway');

    const changed = turnIn('c1');
    const value = await memory.get(changed);
    assert.ok(value);
    value.fallbacks = 2; // changed in place, as dialogs do
    await state.saveChanges(changed);
    assert.equal(storage.writes, 2);
    assert.deepEqual(await memory.get(turnIn('c1')), { fallbacks: 2 });
  });

  it('reads state botbuilder stored before, and botbuilder reads what it stores', async () => {
    const storage = new MemoryStorage();
    const before = new ConversationState(storage);
    const older = turnIn('c1');
    await before.createProperty<string>('lastTopicId').set(older, 'helpline');
    await before.saveChanges(older);

    const state = new JsonConversationState(storage);
    const turn = turnIn('c1');
    assert.equal(await state.createProperty<string>('lastTopicId').get(turn), 'helpline');
    await state.createProperty<string>('lastTopicId').set(turn, 'crisis');
    await state.saveChanges(turn);
    assert.equal(await new ConversationState(storage).createProperty<string>('lastTopicId').get(turnIn('c1')), 'crisis');
  });

  it('clear then save stores an empty state; delete removes it', async () => {
    const { storage, state, memory } = await afterOneTurn();

    const clearing = turnIn('c1');
    await state.clear(clearing);
    await state.saveChanges(clearing);
    assert.equal(await memory.get(turnIn('c1')), undefined);

    const again = turnIn('c1');
    await memory.set(again, { fallbacks: 3 });
    await state.saveChanges(again);
    await state.delete(turnIn('c1'));
    assert.deepEqual(await storage.read([state.getStorageKey(turnIn('c1')) as string]), {});
  });

  it('force writes even an unchanged state', async () => {
    const storage = new CountingStorage();
    const state = new JsonConversationState(storage);
    const turn = turnIn('c1');
    await state.load(turn);
    await state.saveChanges(turn, true);
    assert.equal(storage.writes, 1);
  });

  it('properties behave as botbuilder\'s: a default is a copy kept in the state, delete removes, unknown is undefined', async () => {
    const storage = new MemoryStorage();
    const state = new JsonConversationState(storage);
    const memory = state.createProperty<{ fallbacks: number; seen: string[] }>('memory');
    const fallback = { fallbacks: 0, seen: [] as string[] };

    const first = turnIn('c1');
    const value = await memory.get(first, fallback);
    value.fallbacks = 1;
    value.seen.push('helpline');
    assert.deepEqual(fallback, { fallbacks: 0, seen: [] }, 'the default itself was changed');
    assert.deepEqual(await memory.get(first), { fallbacks: 1, seen: ['helpline'] }, 'the default was not kept in the state');
    await state.saveChanges(first);

    const other = turnIn('c2');
    assert.deepEqual(await memory.get(other, fallback), { fallbacks: 0, seen: [] }, 'another conversation saw this one\'s memory');
    assert.equal(await state.createProperty<string>('lastTopicId').get(other), undefined);
    assert.equal(await state.createProperty<number>('count').get(other, 0), 0);

    const next = turnIn('c1');
    assert.deepEqual(await memory.get(next, fallback), { fallbacks: 1, seen: ['helpline'] });
    await memory.delete(next);
    assert.equal(await memory.get(next), undefined);
    await state.saveChanges(next);
    assert.equal(await memory.get(turnIn('c1')), undefined);
  });

  it('a property only ever replaced is written when set, not when only read, and still when the whole state was edited', async () => {
    const storage = new CountingStorage();
    const state = new JsonConversationState(storage);
    const recent = state.createProperty<{ entries: string[] }>('recent', { changes: 'replaced' });
    const dialog = state.createProperty<{ stack: string[] }>('dialog');

    const first = turnIn('c1');
    assert.deepEqual(await recent.get(first, { entries: [] }), { entries: [] });
    await state.saveChanges(first);
    assert.equal(storage.writes, 1, 'a default added to the state is a change');

    const reading = turnIn('c1');
    const read = await recent.get(reading);
    await recent.set(reading, read as { entries: string[] });
    await dialog.get(reading);
    await state.saveChanges(reading);
    assert.equal(storage.writes, 1, 'reading (and setting back the same value) wrote');

    const adding = turnIn('c1');
    await recent.set(adding, { entries: [...((await recent.get(adding))?.entries ?? []), 'hello'] });
    await state.saveChanges(adding);
    assert.equal(storage.writes, 2);
    assert.deepEqual(await recent.get(turnIn('c1')), { entries: ['hello'] });

    const inPlace = turnIn('c1');
    (await dialog.get(inPlace, { stack: [] })).stack.push('handoff');
    await state.saveChanges(inPlace);
    assert.equal(storage.writes, 3, 'an in-place property edited in place was not written');

    const whole = turnIn('c1');
    const all = await state.load(whole);
    (all.recent as { entries: string[] }).entries.push('edited through the whole state');
    await state.saveChanges(whole);
    assert.equal(storage.writes, 4, 'an edit through the whole state was not written');
    assert.deepEqual(await recent.get(turnIn('c1')), { entries: ['hello', 'edited through the whole state'] });

    const twice = turnIn('c1');
    await recent.set(twice, { entries: [] });
    await state.saveChanges(twice);
    await state.saveChanges(twice);
    assert.equal(storage.writes, 5, 'a second save with nothing new wrote again');
    (await dialog.get(twice))?.stack.push('again');
    await state.saveChanges(twice);
    assert.equal(storage.writes, 6, 'an in-place edit after a save was not written by the next save');
  });
});

