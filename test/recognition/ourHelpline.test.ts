import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe("the board's helpline asked for formally", () => {
  const topicOf = wholePathTopicOf();
  // Declined before: the formal wording read as out of scope, like another service's opening hours.
  it('"…the telephone number of the dedicated helpline and the hours it operates" gets the helpline', async () =>
    assert.equal(await topicOf('Would you be so kind as to let me have the telephone number of the dedicated helpline and the hours it operates?'), 'helpline'));
  it("another service's helpline is still out of scope", async () => assert.equal(await topicOf('what is the telephone number of the dementia helpline and its hours'), 'none'));
});
