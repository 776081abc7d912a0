import assert from 'node:assert/strict';
import { isLetterFromTheBoard } from '../../src/recognition/letterFromTheBoard';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const THE_BOARDS = [
  'i got a letter from the health board saying i was in a data breach',
  'the hospital sent me a letter saying my data was high risk',
  'my dad got a letter about the hack, should he be worried',
];
const NOT = [
  'got a letter saying my records will be published unless i pay', // a demand: a scammer's
  'is the letter about the breach genuine', // doubted: left to the recogniser
  'the dvla sent me a letter about my data', // another sender
  'the council sent a letter about a data breach at the school',
  'lost my appointment letter, can i get another', // not about data
  'got a letter for my scan next week but my pal says the hackers shut everything, do i still go', // care-impact's question
];

describe('a letter from the board about the leak', () => {
  for (const text of THE_BOARDS) it(`"${text}" tells of one`, () => assert.equal(isLetterFromTheBoard(text), true));
  for (const text of NOT) it(`"${text}" does not`, () => assert.equal(isLetterFromTheBoard(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Without the reading these were declined: the recogniser hears "letter" as a scammer's or not at all.
    for (const text of THE_BOARDS.slice(0, 2)) it(`"${text}" gets am-i-affected`, async () => assert.equal(await topicOf(text), 'am-i-affected'));
    it('a demand in a letter is still a scammer\'s contact', async () => assert.equal(await topicOf('i got a letter demanding bitcoin or my hospital notes go online'), 'scam-contact'));
    // dev40 family: what happened before, for the attack named; am-i-affected says who the board writes to.
    it('a letter said to be from the board about the attack, doubted, gets am-i-affected', async () =>
      assert.equal(await topicOf('a letter came saying its from the nhs about the cyber attack, is it genuine'), 'am-i-affected'));
    it('a doubted letter with a demand is still a scammer\'s contact', async () =>
      assert.equal(await topicOf('a letter came saying its from the nhs about the hack and i have to pay a fee, is it genuine'), 'scam-contact'));
    it('another sender\'s letter is still declined', async () => assert.equal(await topicOf('the dvla sent me a letter about my data'), 'none'));
    it('a feeling about the letter gets support', async () => assert.equal(await topicOf('been in tears since that letter came about the hack'), 'emotional-support'));
  });
});
