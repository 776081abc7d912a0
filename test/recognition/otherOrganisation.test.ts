import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('another organisation\'s breach or data', () => {
  const topicOf = wholePathTopicOf();
  // Answered before with what to do or with data rights, which are about this board's incident.
  for (const text of ['my gym says their member data was hacked, what should i do', 'is paypal safe after their data breach, what should i do', 'how do i make a subject access request to my employer'])
    it(`"${text}" is out of scope`, async () => assert.equal(await topicOf(text), 'none'));
  it('a scammer\'s threat to send data to an employer is still a scammer\'s contact', async () =>
    assert.equal(await topicOf('got a letter saying my data will be sent to my employer unless i pay'), 'scam-contact'));
  it('a subject access request to the board is still data rights', async () =>
    assert.equal(await topicOf('how do i make a subject access request to the health board'), 'data-rights'));
});
