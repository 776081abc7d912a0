import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonCopy } from '../../src/storage/jsonCopy';

/** What the transcript store did before: the JSON round trip, or the error it threw. */
function roundTrip(value: unknown): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

function copied(value: unknown): { value: unknown } | { error: string } {
  try {
    return { value: jsonCopy(value) };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

class Stamp {
  constructor(readonly at = 1) {}
  toJSON() {
    return { stamped: this.at };
  }
}

describe('jsonCopy (a stored activity, as the JSON round trip gives it)', () => {
  it('gives what JSON.parse(JSON.stringify(x)) gives, for anything', () => {
    const odd = fc.constantFrom<unknown>(undefined, -0, Number.NaN, Number.POSITIVE_INFINITY, new Date(Number.NaN), new Stamp(), () => 1, Symbol('s'), { toJSON: () => 'own' }, [1, , 3], JSON.parse('{"__proto__":{"x":1}}'));
    const anything = fc.anything({ withDate: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, withTypedArray: true, withObjectString: true, maxDepth: 4 });
    const value = fc.oneof(anything, fc.array(fc.oneof(anything, odd)), fc.dictionary(fc.string(), fc.oneof(anything, odd)));
    fc.assert(
      fc.property(value, (v) => {
        assert.deepStrictEqual(copied(v), roundTrip(v));
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
