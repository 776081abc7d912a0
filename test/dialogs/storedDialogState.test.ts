import assert from 'node:assert/strict';
import { type Activity, MemoryStorage } from 'botbuilder';
import { buildHandoff } from '../../src/handoff/buildHandoff';
import { HandoffEvents } from '../../src/handoff/handoffEvents';
import { loadConfig } from '../../src/config';
import { handoffFlowMessages } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import { ManualClock } from '../handoff/handoffFixtures';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';
import { BotConversation } from './botConversation';

/** Monday 15 June 2026, 10:00 in London: inside the default helpline hours. */
const MONDAY_MORNING = '2026-06-15T09:00:00.000Z';

/** The replies' text with Markdown links read as their labels (phone numbers become tel: links). */
const textOf = (replies: Partial<Activity>[]) => replies.map((a) => (a.text ?? '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')).join('\n');

interface StackEntry {
  id: string;
  state: { dialogs?: { dialogStack: StackEntry[] }; options?: unknown; [k: string]: unknown };
}

describe('dialog state stored by earlier versions', () => {
  it('a hand-off started before the upgrade (under the old "respond" step) finishes and the bot answers again', async () => {
    const kb = await realKnowledgeBase();
    const recognizer = await realRecognizer();
    const loaded = loadConfig({ StorageKind: 'memory' });
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const storage = new MemoryStorage();
    const clock = new ManualClock(MONDAY_MORNING);
    const services = buildHandoff({ config: loaded.config, storage, clock });
    await services.presence.setStatus('Alice', 'online');
    const events = new HandoffEvents([], createLogger({ level: 'silent' }));
    const talk = () => new BotConversation({ knowledgeBase: kb, recognizer, storage, handoff: { services, events }, conversationId: 'old-stack' });

    // Up to the consent question, then the stored stack is rewritten as the previous version left it:
    // the main dialog's only step was the waterfall "respond", begun without options.
    const consent = await talk().send('Talk to a person');
    assert.equal(textOf(consent), handoffFlowMessages.consent);
    const all = (storage as unknown as { memory: Record<string, string> }).memory;
    const key = Object.keys(all).find((k) => k.includes('old-stack'));
    assert.ok(key, 'conversation state stored');
    const state = JSON.parse(all[key] as string) as { dialogState: { dialogStack: StackEntry[] } };
    const inner = state.dialogState.dialogStack[0]?.state.dialogs?.dialogStack ?? [];
    const step = inner[0];
    assert.ok(step && inner.length === 2, 'the main dialog holds its step and the hand-off');
    step.id = 'respond';
    delete step.state.options;
    all[key] = JSON.stringify(state);

    // After the upgrade: the visitor says no, the flow ends, and the bot is itself again.
    const back: Partial<Activity>[] = await talk().send('No thanks');
    assert.equal(textOf(back), handoffFlowMessages.backToBot);
    const answer = await talk().send('what is the helpline number');
    assert.match(textOf(answer), /01387 216 777/);
  });
});
