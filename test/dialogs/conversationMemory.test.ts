import assert from 'node:assert/strict';
import fc from 'fast-check';
import { conversationMemorySchema, readMemory } from '../../src/dialogs/conversationMemory';

/** What the schema alone makes of stored memory (the reader before its fast path). */
function bySchema(value: unknown) {
  const parsed = conversationMemorySchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { fallbacks: 0 };
}

const field = {
  fallbacks: fc.oneof(fc.nat(5), fc.constant(-1), fc.constant(1.5), fc.constant(Number.NaN), fc.constant('1'), fc.constant(undefined)),
  lastTopicId: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
  offer: fc.oneof(fc.constantFrom('normal', 'urgent', 'maybe'), fc.constant(undefined), fc.boolean()),
  urgent: fc.oneof(fc.boolean(), fc.constant(undefined), fc.constant('true')),
  checkedIn: fc.oneof(fc.boolean(), fc.constant(undefined), fc.constant(1)),
  handoffId: fc.oneof(fc.uuid(), fc.constant(undefined), fc.constant(null)),
  omnichannel: fc.oneof(fc.constantFrom('initiated', 'accepted', 'other'), fc.constant(undefined)),
  stray: fc.oneof(fc.string(), fc.constant(undefined)),
};

describe('conversation memory as read from state', () => {
  it('reads any stored value exactly as the schema does', () => {
    fc.assert(
      // As JSON gives it back: a plain object (fast-check's records may have no prototype).
      fc.property(fc.record(field, { requiredKeys: [] }).map((r) => ({ ...r })), (stored) => {
        assert.deepEqual(readMemory(stored), bySchema(stored));
      }),
      { numRuns: 2000 },
    );
    for (const odd of [undefined, null, 'memory', 3, [], [1], { __proto__: { fallbacks: 1 } }, Object.create(null), { fallbacks: 2 ** 60 }])
      assert.deepEqual(readMemory(odd), bySchema(odd));
  });

  it('hands out a copy: changing what it returns leaves the stored memory alone', () => {
    const stored = { fallbacks: 1, lastTopicId: 'helpline' };
    const read = readMemory(stored);
    read.fallbacks = 0;
    assert.deepEqual(stored, { fallbacks: 1, lastTopicId: 'helpline' });
  });
});
