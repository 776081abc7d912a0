import assert from 'node:assert/strict';
import { isEverydayScam } from '../../src/recognition/everydayScam';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { wholePathUnderstanding } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const EVERYDAY = [
  'got a text from evri saying i missed a delivery and need to pay 1.45',
  'a text from hmrc says i have a tax refund waiting, click to claim',
  'whatsapp from a new number saying hi mum ive broken my phone, can you send money',
  'someone rang saying they were from my bank and asked me to move my savings',
  'email says my paypal is locked until i update my details',
  'my ex keeps texting me',
  'someone rang saying they were from microsoft and my computer has a virus',
  'a message on whatsapp pretending to be my daughter, needs money for a new phone',
];
const ABOUT_THIS_LEAK = [
  'someone phoned pretending to be my bank saying my nhs data was leaked',
  'a man rang saying he was from my bank and knew about my operation',
  'a new number on whatsapp says they have my camhs notes and want money',
  'someone pretending to be from amazon says they have my medical records',
  'got a text asking for money, is it a scam',
  'my ex keeps texting me saying he has my medical records',
  'someone pretending to be my son says the hospital leaked his notes and wants money',
];

describe('an everyday scam, not this leak', () => {
  for (const text of EVERYDAY) it(`"${text}" is one`, () => assert.equal(isEverydayScam(text), true));
  for (const text of ABOUT_THIS_LEAK) it(`"${text}" is not`, () => assert.equal(isEverydayScam(text), false));

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    for (const text of EVERYDAY) {
      it(`"${text}" is not given the answer about criminals holding health data`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.notDeepEqual(decision.kind === 'answer' && decision.topicId, 'scam-contact');
      });
    }
    it('"is it a scam" about an everyday lure is declined, not given how to report phishing', async () => {
      const decision = await understanding.understand({ text: 'email from amazon about a refund, is it a scam', audience: 'public' });
      assert.equal(decision.kind, 'none');
    });
    it('asking how to report one still gets report-scam', async () => {
      const decision = await understanding.understand({ text: 'where do i forward a dodgy royal mail text', audience: 'public' });
      assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'report-scam');
    });
    for (const text of ['is the hi mum scam on whatsapp real', 'hi mum message on whatsapp', 'hello mum its me new number']) {
      it(`"${text}" is out of scope, not a greeting`, async () => {
        assert.equal((await understanding.understand({ text, audience: 'public' })).kind, 'none');
      });
    }
    for (const text of ABOUT_THIS_LEAK.slice(0, 4)) {
      it(`"${text}" still gets what to do about the contact`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'scam-contact');
      });
    }
  });
});
