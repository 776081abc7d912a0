import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('the leaked data passed round or looked at', () => {
  const topicOf = wholePathTopicOf();
  // dev37 family: what was published before.
  it('a colleague posting screenshots of the stolen files gets do-not-search-data', async () =>
    assert.equal(await topicOf('someone at my work keeps posting screenshots of the stolen files on facebook, can they do that'), 'do-not-search-data'));
  it('in Teams too', async () =>
    assert.equal(await topicOf('a colleague is forwarding bits of the leaked data round the ward whatsapp, is that ok', 'staff'), 'do-not-search-data'));
  it('what was in the leaked files is still what was published', async () => assert.equal(await topicOf('what was in the leaked files'), 'data-published'));
});
