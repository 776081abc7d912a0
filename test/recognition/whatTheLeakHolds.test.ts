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

describe('the risk of identity fraud, which is what to do', () => {
  const topicOf = wholePathTopicOf();
  // What was published before (the staff, or "theft" of data, heard first).
  for (const text of ['identity theft', 'im a porter, am i more at risk of identity fraud now and what do i do about it', 'should i worry about someone stealing my identity after the leak'])
    it(`"${text}" gets what to do`, async () => assert.equal(await topicOf(text), 'what-to-do'));
  it('which data was taken, asked beside it, is still what was published', async () =>
    assert.equal(await topicOf('what staff information was published and should we be worried about identity theft'), 'data-published'));
  it('in Teams, staff asking about their own risk get the staff data answer', async () => assert.equal(await topicOf('as an employee am i at more risk of identity theft', 'staff'), 'staff-data'));
});
