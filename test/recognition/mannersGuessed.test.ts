import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('a reply of manners is not guessed for a question', () => {
  const topicOf = wholePathTopicOf();
  // "later" alone scores the goodbye first, low but clear of the rest: a goodbye to a question is wrong.
  it('"is it true they took a wee bit first and then the rest later" is not answered with goodbye', async () =>
    assert.notEqual(await topicOf('is it true they took a wee bit first and then the rest later'), 'goodbye'));
  it('a goodbye is still a goodbye', async () => {
    assert.equal(await topicOf('bye for now see you later'), 'goodbye');
    assert.equal(await topicOf('thanks, talk later'), 'goodbye');
  });
});
