import assert from 'node:assert/strict';
import { withoutHyperbole } from '../../src/recognition/hyperbole';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('hyperbole around a plain question', () => {
  it('takes the laugh-along hyperbole out of what the recogniser reads', () => {
    assert.equal(withoutHyperbole('this is killing me lol, when was it then').trim(), ', when was it then');
    assert.equal(withoutHyperbole('dying to know who did it lol').trim(), 'who did it');
    assert.equal(withoutHyperbole('on hold for ages, its killing me, whats the number').replace(/\s+/g, ' '), 'on hold for ages, , whats the number');
  });
  it('keeps a feeling told this way, and a laugh with no hyperbole', () => {
    for (const text of ['this worry is killing me', 'the leak is killing me with worry', 'my back is killing me', 'how do i hack my xbox lol']) assert.equal(withoutHyperbole(text), text);
  });

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Declined before: "killing" and "lol" read as out of scope.
    it('"this is killing me lol, when was it then" asks when', async () => assert.equal(await topicOf('this is killing me lol, when was it then'), 'timeline'));
    it('"this worry is killing me" is still a feeling', async () => assert.equal(await topicOf('this worry is killing me'), 'emotional-support'));
  });
});
