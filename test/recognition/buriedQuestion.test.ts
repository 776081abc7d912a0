import assert from 'node:assert/strict';
import { buriedQuestions, statedQuestion } from '../../src/recognition/buriedQuestion';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { wholePathUnderstanding } from '../support/wholePath';

describe('a question buried in a long message', () => {
  it('picks the clauses that ask, last first', () =>
    assert.deepEqual(
      buriedQuestions('My father is 91 and does not use computers. A neighbour told him the hospital had been hacked and he is upset. Was his information taken? What should he do?'),
      ['What should he do?', 'Was his information taken?'],
    ));
  it('leaves short messages to be read whole', () => assert.deepEqual(buriedQuestions('was my data taken in the hack?'), []));
  it('leaves a long story about another organisation alone', () =>
    assert.deepEqual(buriedQuestions('our housing association wrote to all the tenants saying they had a cyber attack and names and rent details were stolen, what happens now, will they pay us anything'), []));

  it('finds the question a person marks as the one they want answered', () => {
    assert.equal(statedQuestion('she was in casualty twice last year. what i really want to know is does she need to do anything with her bank. thanks'), 'does she need to do anything with her bank');
    assert.equal(statedQuestion('My question is: who did this?'), 'who did this');
    assert.equal(statedQuestion('i just want to know'), undefined);
    assert.equal(statedQuestion('was my data taken in the hack'), undefined);
    assert.equal(statedQuestion("three leaflets and two news stories later i don't know the one thing, were my son's notes taken?"), "were my son's notes taken");
    assert.equal(statedQuestion('the main question: will they put more of it online'), 'will they put more of it online');
  });

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Written for this test, not taken from any evaluation set.
    for (const [text, topicId] of [
      ['I recently moved to Kirkcudbright from Glasgow and someone at work said the local NHS had a big data problem a while back. I never heard about it. What was that about?', 'what-happened'],
      ['Writing for my gran who is 88 and not online. She got a leaflet through her door and is worried sick. Could you tell me what actually went on at NHS Dumfries and Galloway?', 'what-happened'],
    ] as const) {
      it(`"${text.slice(0, 60)}…" gets ${topicId}`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, topicId);
      });
    }
    // Written for this test: the question the person marks is answered first, the rest offered beside it.
    for (const [text, topicId] of [
      ['we had the leaflet through the door and my wife is convinced our records are out there, she was in maternity at dgri in 2022. my question is who actually did this', 'who-is-responsible'],
      ['so stressed and anxious i cant think straight, i dont even know the most important thing, were my records taken', 'am-i-affected'],
      ['not suicidal or in danger, just want to know if my appointment on friday is still on', 'care-impact'],
      ['i was at a&e last year and i keep reading about it on facebook. all i want to know is when did they find out', 'timeline'],
    ] as const) {
      it(`"…${text.slice(-45)}" gets ${topicId}`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, topicId);
      });
    }
    it('the question marked "more importantly" is answered first', async () => {
      const decision = await understanding.understand({ text: 'what date did it all happen and more importantly are my details in it', audience: 'public' });
      assert.deepEqual(decision.kind === 'answer' && [decision.topicId, decision.alsoAsked], ['am-i-affected', 'timeline']);
    });
    it('a long visiting-hours story stays out of scope', async () => {
      const text = 'my dad is on ward 8 at the infirmary and the family want to come up on saturday from carlisle, we have not been before, what time is visiting and is there parking nearby?';
      assert.equal((await understanding.understand({ text, audience: 'public' })).kind, 'none');
    });
  });
});
