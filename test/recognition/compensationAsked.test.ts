import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('compensation asked outright after a story about whose records may be out', () => {
  const topicOf = wholePathTopicOf();
  // dev40 family: whether they are affected before, from the story.
  it('a carer asking whether her father would be entitled to compensation gets the compensation answer', async () =>
    assert.equal(
      await topicOf('My father is in a care home and was in the infirmary twice last spring. If his records were among those published, would he be entitled to compensation, and how would I go about it?'),
      'compensation',
    ));
  it('whether one is affected, asked alone, keeps its answer', async () => assert.equal(await topicOf('my dad was in the infirmary last spring, were his records published'), 'am-i-affected'));
  it('a scammer offering compensation is still a scammer\'s contact', async () =>
    assert.equal(await topicOf('got a text saying im entitled to compensation for the leak, click here to claim'), 'scam-contact'));
});
