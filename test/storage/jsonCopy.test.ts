import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonCopy } from '../../src/storage/jsonCopy';
import { anyValue, oddValue, outcome } from './jsonLikeValues';

describe('jsonCopy (a stored activity, as the JSON round trip gives it)', () => {
  it('gives what JSON.parse(JSON.stringify(x)) gives (what the transcript store did before), for anything', async () => {
    const value = fc.oneof(anyValue, fc.array(fc.oneof(anyValue, oddValue)), fc.dictionary(fc.string(), fc.oneof(anyValue, oddValue)));
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        assert.deepStrictEqual(await outcome(() => jsonCopy(v)), await outcome(() => JSON.parse(JSON.stringify(v))));
      }),
      { numRuns: 3000 },
    );
  });

  it('copies an activity as stored: timestamps as ISO text, unset fields left out, nothing shared with the original', () => {
    const activity = { type: 'message', timestamp: new Date('2026-11-29T05:00:00Z'), text: 'hi', replyToId: undefined, suggestedActions: { actions: [{ type: 'imBack', title: 'A', value: 'A' }] } };
    const stored = jsonCopy(activity) as typeof activity;
    assert.deepStrictEqual(stored, { type: 'message', timestamp: '2026-11-29T05:00:00.000Z', text: 'hi', suggestedActions: { actions: [{ type: 'imBack', title: 'A', value: 'A' }] } });
    assert.notEqual(stored.suggestedActions, activity.suggestedActions);
    assert.notEqual(stored.suggestedActions.actions[0], activity.suggestedActions.actions[0]);
  });

  it('throws on a cycle, as the JSON round trip did', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    assert.throws(() => jsonCopy(cycle), TypeError);
  });
});
