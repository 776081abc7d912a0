import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { createRedactor } from '../../src/privacy/redact';
import { redactActivity } from '../../src/transcripts/redactActivity';

const redactors = { user: createRedactor(), bot: createRedactor({ keep: new Set(['01387216777']) }) };

describe('redactActivity (what a stored transcript keeps of an activity)', () => {
  it('keeps who, when and what, redacted, and leaves out unset fields, names and channel data', () => {
    const timestamp = new Date('2026-11-29T05:00:00Z');
    const stored = redactActivity(
      {
        type: 'message',
        id: 'a1',
        timestamp,
        channelId: 'webchat',
        conversation: { id: 'c1', name: 'secret', isGroup: false, conversationType: 'personal' },
        from: { id: 'u1', name: 'Jane Doe', role: 'user' },
        recipient: { id: 'bot', name: 'Bot' },
        text: 'my number is 07700 900123',
        channelData: { tenant: 'x' },
        value: { phone: '07700900123', nested: ['jane@example.com'] },
        attachments: [{ contentType: 'image/png', contentUrl: 'file:///etc/passwd' }],
      } as Partial<Activity>,
      redactors,
    );
    assert.deepStrictEqual(stored, {
      type: 'message',
      id: 'a1',
      timestamp,
      channelId: 'webchat',
      conversation: { id: 'c1' },
      from: { id: 'u1', role: 'user' },
      recipient: { id: 'bot' },
      text: 'my number is [PHONE]',
      attachments: [{ contentType: 'image/png', contentUrl: '[URL]' }],
      value: { phone: '[PHONE]', nested: ['[EMAIL]'] },
    });
  });

  it("keeps the bot's published numbers in its own words, not in a person's", () => {
    const bot = redactActivity({ type: 'message', from: { id: 'bot', name: 'Bot' }, text: 'Call 01387 216 777' }, redactors);
    const user = redactActivity({ type: 'message', from: { id: 'u', name: 'U', role: 'user' }, text: 'Call 01387 216 777' }, redactors);
    assert.deepStrictEqual(bot, { type: 'message', from: { id: 'bot' }, text: 'Call 01387 216 777' });
    assert.deepStrictEqual(user, { type: 'message', from: { id: 'u', role: 'user' }, text: 'Call [PHONE]' });
  });
});
