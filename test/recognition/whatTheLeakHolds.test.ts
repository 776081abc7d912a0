import assert from 'node:assert/strict';
import { asksWhatTheLeakHolds } from '../../src/recognition/whatTheLeakHolds';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const WHAT_IT_HOLDS = ['did the leaked files include bank details', 'is there passwords in the stolen data', 'were peoples home addresses in the dump'];
const WHETHER_MINE = ['were my bank details in the leaked files', 'is my password in the stolen data', 'should i search the leaked data for passwords of mine'];

describe('which kinds of data the leak holds', () => {
  for (const text of WHAT_IT_HOLDS) it(`"${text}" asks it`, () => assert.equal(asksWhatTheLeakHolds(text), true));
  for (const text of WHETHER_MINE) it(`"${text}" asks about the writer's own`, () => assert.equal(asksWhatTheLeakHolds(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Got "searching for it" and "am i affected" before.
    for (const text of WHAT_IT_HOLDS.slice(0, 2)) it(`"${text}" gets what was published`, async () => assert.equal(await topicOf(text), 'data-published'));
    it('"is my password in the stolen data" still asks whether the writer is affected', async () => assert.equal(await topicOf(WHETHER_MINE[1] as string), 'am-i-affected'));
  });
});
