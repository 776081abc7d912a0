import assert from 'node:assert/strict';
import { decide, DEFAULT_THRESHOLDS } from '../../src/recognition/decide';
import { withCamhsAnswered, withCamhsOnlyForAChild } from '../../src/recognition/camhsNamed';
import { wholePathTopicOf } from '../support/wholePath';

const kept = new Set(['crisis', 'human']);
/** A declined ranking with the CAMHS answer second, as the recogniser gives a teenager's worry about school. */
const declined = { ranked: [{ topicId: 'emotional-support', score: 0.26 }, { topicId: 'children-camhs', score: 0.24 }, { topicId: 'am-i-affected', score: 0.17 }], outOfScope: 0.65 };
const topOf = (text: string, recognition = declined) => withCamhsAnswered(recognition, text, kept, DEFAULT_THRESHOLDS).ranked[0]?.topicId;

// Written for this test, not taken from any evaluation set.
describe('CAMHS named', () => {
  it('a teenager worried who will see their CAMHS notes gets the CAMHS answer', () => assert.equal(topOf('im 14 and went to camhs last year, will my pals find out'), 'children-camhs'));
  it('so does the name spelt out', () => assert.equal(topOf('my girl was under child and adolescent mental health, is that out'), 'children-camhs'));
  it('a question about care (a referral, the waiting list) stays declined', () => {
    assert.equal(topOf('how long is the camhs waiting list for my son'), 'emotional-support');
    assert.equal(topOf('can i refer myself to camhs at 15'), 'emotional-support');
    assert.equal(topOf('how do i get my son seen by camhs, hes 14'), 'emotional-support');
  });
  it('CAMHS ranked low is left to the recogniser', () => {
    const far = { ranked: [{ topicId: 'emotional-support', score: 0.26 }, { topicId: 'am-i-affected', score: 0.2 }, { topicId: 'children-camhs', score: 0.1 }], outOfScope: 0.65 };
    assert.equal(topOf('im 14 and went to camhs last year, will my pals find out', far), 'emotional-support');
  });
  it('a message the recogniser answers keeps its answer', () => {
    const answered = { ranked: [{ topicId: 'crisis', score: 0.9 }, { topicId: 'children-camhs', score: 0.3 }], outOfScope: 0 };
    assert.equal(topOf('my son at camhs says he wants to end it', answered), 'crisis');
  });

  it('drops the CAMHS answer for a message with no child, young person or CAMHS in it', () => {
    const ranking = { ranked: [{ topicId: 'children-camhs', score: 0.3 }, { topicId: 'emotional-support', score: 0.18 }, { topicId: 'am-i-affected', score: 0.1 }], outOfScope: 0.3 };
    assert.equal(withCamhsOnlyForAChild(ranking, 'my uncle is worried his drug clinic notes were leaked').ranked[0]?.topicId, 'emotional-support');
    assert.equal(decide(withCamhsOnlyForAChild(ranking, 'my uncle is worried his drug clinic notes were leaked')).kind, 'none');
    assert.equal(withCamhsOnlyForAChild(ranking, 'my nephew is worried his clinic notes were leaked').ranked[0]?.topicId, 'children-camhs');
    assert.equal(withCamhsOnlyForAChild(ranking, 'were childrens records leaked').ranked[0]?.topicId, 'children-camhs');
  });

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Support is for anyone upset, not only children (a dev text of this family had the CAMHS answer before).
    it('"is there support for folk upset by the hack" gets emotional support', async () => assert.equal(await topicOf('is there support for folk upset by the hack'), 'emotional-support'));
    it('"im 15 and i was at camhs, will people at school see it" gets the CAMHS answer', async () => assert.equal(await topicOf('im 15 and i was at camhs, will people at school see it'), 'children-camhs'));
    it('CAMHS named only to rule it out asks whether they are affected (the CAMHS answer before)', async () =>
      assert.equal(await topicOf('my children have never been to camhs, could their info be in it anyway'), 'am-i-affected'));
    it('"how do i refer my daughter to camhs" is still declined', async () => assert.equal(await topicOf('how do i refer my daughter to camhs'), 'none'));
  });
});
