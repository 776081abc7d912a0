import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('whether one\'s own care goes ahead', () => {
  const topicOf = wholePathTopicOf();
  // Declined before: the treatment named, with no appointment or hack said.
  for (const text of ['will my chemo be affected', 'my dads dialysis is on friday, does he still go in wi all this'])
    it(`"${text}" gets the answer on care`, async () => assert.equal(await topicOf(text), 'care-impact'));
  for (const text of ['can i move my scan to next week', 'my camhs appointment clashes with school, is it still on', 'co-op data breach, am i affected', 'the synnovis attack, were my blood tests in london affected', 'will my scan still go ahead if theres a rail strike on wednesday'])
    it(`"${text}" does not`, async () => assert.notEqual(await topicOf(text), 'care-impact'));
});
