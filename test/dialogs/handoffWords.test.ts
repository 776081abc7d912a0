import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { nationalFormat } from '../../src/dialogs/callbackDialog';
import { handoffSummary } from '../../src/dialogs/handoffSummary';
import { isCancel, isEndChat, isHandoffRequest, isHesitant, readYesNo } from '../../src/dialogs/handoffWords';
import { entriesForHandoff, MAX_ENTRIES, MAX_ENTRY_CHARS, MAX_TOPICS, readRecentTranscript, withTurn } from '../../src/dialogs/recentTranscript';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

describe('hand-off words', () => {
  it('reads yes and no as people type them, and nothing else', () => {
    for (const yes of ['yes', 'Yes.', 'YES PLEASE', 'yeah', 'aye', 'ok', 'Okay!', 'go ahead', 'Yes, go ahead', 'yes put me through', 'Talk to a person', 'Yes, phone me back'])
      assert.equal(readYesNo(yes), 'yes', yes);
    for (const no of ['no', 'No thanks', 'nope', 'nah', 'not now', "don't", 'no, I am fine'])
      assert.equal(readYesNo(no), 'no', no);
    for (const neither of ['', 'maybe', 'what is the helpline number', 'is my data in the leak', 'not sure', 'yesterday'])
      assert.equal(readYesNo(neither), undefined, neither);
  });

  it('leaves the flow only on a whole "cancel", "back" or "stop", not on a sentence that contains one', () => {
    for (const word of ['cancel', 'Cancel.', 'back', 'STOP', 'go back', 'never mind', 'back to the bot']) assert.ok(isCancel(word), word);
    for (const text of ['stop the bot i want a human', 'can you call me back', 'Sam', '07700 900123']) assert.ok(!isCancel(text), text);
  });

  it('knows a whole hesitation ("i\'m not sure"), never a sentence that goes on to say more', () => {
    for (const text of ["I'm not sure", 'im not sure.', 'not sure', 'If I have to', 'dunno', 'Maybe'])
      assert.equal(isHesitant(text), true, text);
    for (const text of ["i'm not sure i can go on", 'not sure i want to be here anymore', 'maybe it would be better if i was gone', 'yes', 'i feel hopeless'])
      assert.equal(isHesitant(text), false, text);
  });

  it('ends a chat on "end chat", "cancel" or "stop", while a goodbye still reaches the person', () => {
    for (const word of ['end chat', 'End chat', 'cancel', 'stop', 'leave the queue', 'back to the assistant']) assert.ok(isEndChat(word), word);
    for (const text of ['bye', 'thanks, bye', 'please stop calling me', 'back']) assert.ok(!isEndChat(text), text);
  });

  it('knows the page button as a message value or an event, and nothing else', () => {
    const yes: Partial<Activity>[] = [
      { type: 'message', text: 'Talk to a person', value: { action: 'handoff' } },
      { type: 'event', name: 'anything', value: { action: 'handoff' } },
      { type: 'event', name: 'handoff' },
    ];
    const no: Partial<Activity>[] = [
      { type: 'message', text: 'Talk to a person' },
      { type: 'message', value: { action: 'other' } },
      { type: 'event', name: 'handoff.status', value: { state: 'accepted' } },
      { type: 'conversationUpdate', value: { action: 'handoff' } },
    ];
    for (const a of yes) assert.ok(isHandoffRequest(a), JSON.stringify(a));
    for (const a of no) assert.ok(!isHandoffRequest(a), JSON.stringify(a));
  });
});

describe('hand-off summary and recent transcript', () => {
  it('summarises from the reason and topic titles only', async () => {
    const kb = await realKnowledgeBase();
    assert.equal(handoffSummary('asked', [], kb), 'Asked to talk to a person.');
    assert.equal(handoffSummary('fallbacks', ['helpline', 'am-i-affected'], kb), `The assistant could not answer twice in a row and offered a person. Recent topics: Helpline number and opening hours; ${kb.topics.find((t) => t.id === 'am-i-affected')?.title}.`);
  });

  it('keeps the latest entries and topics, cut to size, and starts afresh from anything unexpected', () => {
    let recent = readRecentTranscript(undefined);
    for (let i = 0; i < MAX_ENTRIES + 5; i++) recent = withTurn(recent, [{ from: 'visitor', text: `m${i} ${'x'.repeat(MAX_ENTRY_CHARS)}`, at: '2026-06-15T09:00:00.000Z' }], [`t${i % 7}`]);
    assert.equal(recent.entries.length, MAX_ENTRIES);
    const texts = entriesForHandoff(recent, () => undefined).map((e) => e.text);
    assert.ok(texts[0]?.startsWith('m5 '));
    assert.ok(texts.length === MAX_ENTRIES && texts.every((t) => t.length === MAX_ENTRY_CHARS));
    assert.equal(recent.topics.length, MAX_TOPICS);
    assert.equal(new Set(recent.topics).size, MAX_TOPICS, 'a topic answered again moves to the end, not in twice');
    assert.deepEqual(readRecentTranscript({ entries: 'corrupt' }), { entries: [], topics: [] });
  });

  it("hands on an answer kept by topic id as the answer's text, and leaves out a topic no longer known", () => {
    const at = '2026-06-15T09:00:00.000Z';
    const recent = withTurn(readRecentTranscript(undefined), [{ from: 'visitor', text: 'helpline?', at }, { from: 'bot', answered: 'helpline', at }, { from: 'bot', answered: 'gone', at }]);
    const stored = readRecentTranscript(JSON.parse(JSON.stringify(recent)));
    assert.deepEqual(entriesForHandoff(stored, (id) => (id === 'helpline' ? 'Call the helpline.' : undefined)), [
      { from: 'visitor', text: 'helpline?', at },
      { from: 'bot', text: 'Call the helpline.', at },
    ]);
  });

  it('shows a callback number as people write it', () => {
    assert.equal(nationalFormat('+447700900123'), '07700 900123');
    assert.equal(nationalFormat('+441387216777'), '01387 216777');
    assert.equal(nationalFormat('+442079460000'), '020 7946 0000');
  });
});
