import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('whether one\'s own care goes ahead', () => {
  const topicOf = wholePathTopicOf();
  // Declined before: the treatment named, with no appointment or hack said.
  for (const text of ['will my chemo be affected', 'my dads dialysis is on friday, does he still go in wi all this', 'will the district nurse still come to my dad with all this going on', 'is my home visit still on'])
    it(`"${text}" gets the answer on care`, async () => assert.equal(await topicOf(text), 'care-impact'));
  for (const text of ['can i move my scan to next week', 'my camhs appointment clashes with school, is it still on', 'co-op data breach, am i affected', 'the synnovis attack, were my blood tests in london affected', 'will my scan still go ahead if theres a rail strike on wednesday', 'can i change my district nurse visit to the afternoon', 'can i get my prescription delivered'])
    it(`"${text}" does not`, async () => assert.notEqual(await topicOf(text), 'care-impact'));
});

describe('care or results late, with the attack asked about as the cause', () => {
  const topicOf = wholePathTopicOf();
  // What was published (the results named), or declined, before.
  for (const text of ['my blood test results are taking ages, is that cos of the cyber attack', 'my biopsy results are taking forever is it the hack', 'still waiting on my referral, is the hack holding it up', 'my repeat prescription is late, is that the attack'])
    it(`"${text}" gets the answer on care`, async () => assert.equal(await topicOf(text), 'care-impact'));
  // Data asked after, or no attack named: not this reading's.
  for (const text of ['were my results leaked, is that why theyre late', 'my test results are late'])
    it(`"${text}" does not`, async () => assert.notEqual(await topicOf(text), 'care-impact'));
  it('in Teams, staff asking whether their work is slower because of it keep their own answer', async () => {
    assert.equal(await topicOf('results taking longer and we have all these workarounds, is that the cyber stuff', 'staff'), 'staff-working-practices');
  });
});
