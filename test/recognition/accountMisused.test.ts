import assert from 'node:assert/strict';
import { asksIfTheLeakMisusedMyAccount } from '../../src/recognition/accountMisused';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const ASKS = ['my email has been hacked is it because of the nhs', 'my bank account was hacked, was it from the nhs hack', 'my card was cloned last week, could that be down to the hack'];
const DOES_NOT = ['my email has been hacked, how do i get it back', 'was the nhs email system hacked', 'is my bank account number in the leak'];

describe("one's own account misused, asked whether the leak is why", () => {
  for (const text of ASKS) it(`"${text}" asks it`, () => assert.equal(asksIfTheLeakMisusedMyAccount(text), true));
  for (const text of DOES_NOT) it(`"${text}" does not`, () => assert.equal(asksIfTheLeakMisusedMyAccount(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // How care was affected, or what happened, before.
    for (const text of ASKS) it(`"${text}" gets what to do`, async () => assert.equal(await topicOf(text), 'what-to-do'));
    it('fraud asked how to report is not turned into what to do', async () =>
      assert.notEqual(await topicOf('someone used my details from the leak to open a loan, how do i report it'), 'what-to-do'));
  });
});
