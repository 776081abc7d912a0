import assert from 'node:assert/strict';
import { withChildsWorryAnswered } from '../../src/recognition/childsWorry';
import { DEFAULT_THRESHOLDS } from '../../src/recognition/decide';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const CHILDS_WORRY = [
  'how do i talk to my son about the leak, hes really anxious', // support ranked first before
  'my 13 year old is terrified her friends will read about her eating disorder in the leak, how do i help her', // declined before
  'my lad is scared stiff about the hack, how do i talk to him', // declined before
];

describe("a child's worry about the leak", () => {
  const topicOf = wholePathTopicOf();
  for (const text of CHILDS_WORRY) it(`"${text}" gets the CAMHS answer`, async () => assert.equal(await topicOf(text), 'children-camhs'));
  it('a question asked beside the worry is still answered as asked', async () => assert.equal(await topicOf('my son is worried about the leak, when did it happen'), 'timeline'));

  const kept = new Set(['crisis', 'human']);
  const ranked = (first: string) => ({ ranked: [{ topicId: first, score: 0.44 }, { topicId: 'children-camhs', score: 0.36 }], outOfScope: 0.01 });
  it("leaves the parent's own worry with support", () =>
    assert.equal(withChildsWorryAnswered(ranked('emotional-support'), 'my daughter is fine, its me thats stressed about the leak', kept, DEFAULT_THRESHOLDS).ranked[0]?.topicId, 'emotional-support'));
  it("leaves the parent's own fear of a person finding them (dev41 family: the CAMHS answer before)", () =>
    assert.equal(withChildsWorryAnswered(ranked('emotional-support'), 'scared my ex partner might find me and the kids through the leak', kept, DEFAULT_THRESHOLDS).ranked[0]?.topicId, 'emotional-support'));
  it('leaves another answered topic, and a person asked for, alone', () => {
    assert.equal(withChildsWorryAnswered(ranked('am-i-affected'), 'my son is worried about the leak', kept, DEFAULT_THRESHOLDS).ranked[0]?.topicId, 'am-i-affected');
    assert.equal(withChildsWorryAnswered(ranked('human'), 'my son is worried about the leak', kept, DEFAULT_THRESHOLDS).ranked[0]?.topicId, 'human');
  });
  it('puts the CAMHS answer first over support for a worried child', () =>
    assert.equal(withChildsWorryAnswered(ranked('emotional-support'), 'my son is worried about the leak', kept, DEFAULT_THRESHOLDS).ranked[0]?.topicId, 'children-camhs'));
});
