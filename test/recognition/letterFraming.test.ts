import assert from 'node:assert/strict';
import { withoutLetterFraming } from '../../src/recognition/letterFraming';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('a message written as a letter', () => {
  it('loses its salutation and its sign-off with the name', () => {
    assert.equal(withoutLetterFraming('Dear Sir/Madam, was my late husband\'s information part of the data taken? Kind regards, Mrs E. Maxwell').trim(), "was my late husband's information part of the data taken?");
    assert.equal(withoutLetterFraming('To whom it may concern: what should I do now. Yours sincerely, Robert').trim(), 'what should I do now');
  });
  it('keeps a message that is nothing but a greeting or a sign-off', () => {
    assert.equal(withoutLetterFraming('Dear Sir'), 'Dear Sir');
    assert.equal(withoutLetterFraming('many thanks'), 'many thanks');
  });

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Declined before: a name and "faithfully" read as out of scope.
    it('a formal letter asking whether the writer is affected gets the answer', async () =>
      assert.equal(await topicOf('Dear Sir or Madam, I am writing to enquire whether any of my personal information held by the health board has been compromised. Yours faithfully, Isobel Kerr'), 'am-i-affected'));
    it("a service's usual days are still not the attack's effect on care", async () =>
      assert.equal(await topicOf('Dear Sir or Madam, could you tell me if the chiropody clinic in Stranraer operates on Tuesdays. Yours faithfully, Tom Baird'), 'none'));
  });
});
