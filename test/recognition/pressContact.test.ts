import assert from 'node:assert/strict';
import { pressGotInTouch } from '../../src/recognition/pressContact';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const PRESS = ['a woman from the daily record emailed me asking about the cyber attack, do i answer', 'someone fae the standard messaged me on facebook wanting a comment on the hack, should i reply'];
const NOT_PRESS = [
  'someone emailed me a copy of my medical record, what do i do',
  'i got a standard letter from the board about the attack',
  'a man pretending to be a reporter rang me and asked for my date of birth',
  'i read in the standard that the hackers published everything',
];

describe('the press getting in touch', () => {
  for (const text of PRESS) it(`"${text}" is the press`, () => assert.equal(pressGotInTouch(text), true));
  for (const text of NOT_PRESS) it(`"${text}" is not`, () => assert.equal(pressGotInTouch(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // In Teams both were declined or asked about before.
    for (const text of PRESS) {
      it(`in Teams, "${text}" gets how staff handle media enquiries`, async () => assert.equal(await topicOf(text, 'staff'), 'staff-media-enquiries'));
      it(`on the website, "${text}" is declined`, async () => assert.equal(await topicOf(text), 'none'));
    }
    it('on the website, a paper\'s email is not a scammer\'s contact (it got that answer before)', async () =>
      assert.equal(await topicOf('someone from the daily record emailed me asking for info on the hack, should i reply'), 'none'));
    it('a scammer posing as a reporter still gets the scam answer', async () => assert.equal(await topicOf('a man pretending to be a reporter rang me and asked for my date of birth'), 'scam-contact'));
  });
});
