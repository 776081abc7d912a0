import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { dayIndexKey, dayIndexShard } from '../../src/transcripts/transcriptDocuments';
import { StorageTranscriptStore } from '../../src/transcripts/storageTranscriptStore';
import { describeOnSharedStores } from '../storage/sharedStores';
import { StorageWithHeldWrite } from '../storage/storageWithHeldWrite';

const NOW = new Date('2026-03-01T10:00:00Z');

function visitorMessage(conversationId: string): Activity {
  return {
    type: 'message',
    id: 'a1',
    channelId: 'directline',
    conversation: { id: conversationId },
    from: { id: 'visitor', role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    timestamp: NOW,
    text: 'is my data safe',
  } as Activity;
}

describeOnSharedStores('transcript day indexes prepared while another instance writes', (open) => {
  it("keeps the other instance's transcript in today's index, so the purge still finds it", async () => {
    const shardKey = dayIndexKey('2026-03-01', dayIndexShard('directline', 'c-visitor'));
    const held = new StorageWithHeldWrite(open(), shardKey);
    const preparing = new StorageTranscriptStore({ storage: held, now: () => NOW });
    const writing = new StorageTranscriptStore({ storage: open(), now: () => NOW });

    held.hold();
    const prepared = preparing.prepareDays(); // finds today's index absent, then its write waits…
    await held.writeWaiting;
    await writing.logActivity(visitorMessage('c-visitor')); // …while the other instance indexes a transcript there.
    held.release();
    await prepared;

    const listed = await new StorageTranscriptStore({ storage: open(), now: () => NOW }).listTranscripts('directline');
    assert.deepEqual(listed.items.map((t) => t.id), ['c-visitor']);
  });
});
