import assert from 'node:assert/strict';
import { withoutStoryTime } from '../../src/recognition/storyTime';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const STORY = [
  ['i nearly cried when i heard about it, what went on', 'i nearly cried i heard about it, what went on'],
  ['i was off sick when it all kicked off, what was it', 'i was off sick it all kicked off, what was it'],
  ['my mum panicked when my sister told her, what happened exactly', 'my mum panicked my sister told her, what happened exactly'],
] as const;
const KEPT = [
  'when did it happen',
  'so when was the data published',
  'what happens when i call the helpline',
  'is there a page that gets updated when they know more',
  'the leaflet came in june, thats when we got it',
];

describe('a story\'s "when" (not a question about when)', () => {
  for (const [text, read] of STORY) it(`"${text}" is read without it`, () => assert.equal(withoutStoryTime(text), read));
  for (const text of KEPT) it(`"${text}" keeps its when`, () => assert.equal(withoutStoryTime(text), text));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // The timeline answer had been given to these: the recogniser reads every "when" as the timeline's word.
    it('a feeling dated by the news, then the question, gets what happened', async () => assert.equal(await topicOf('my stomach dropped when i saw it on the telly, what actually happened'), 'what-happened'));
    it('a question about when still gets the timeline', async () => assert.equal(await topicOf('i only heard about it today, when did it all happen'), 'timeline'));
    // Its "when" is taken out, but the month and "published" still ask the timeline.
    it('"was it may when it was published" still gets the timeline', async () => assert.equal(await topicOf('was it may when it was published'), 'timeline'));
  });
});
