import assert from 'node:assert/strict';
import { isFeelingAboutTheLeak } from '../../src/recognition/feelingAboutTheLeak';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const FEELINGS = [
  'the hack has left me shaking',
  'ive been crying all day about the breach',
  'had a panic attack last night over my notes being out there',
  'having nightmares about strangers reading my records',
  // Someone who works for the board, on the website: worn out, "all this" being the attack.
  'i work on the wards and im exhausted with all this, who can help',
  'totally burnt out since the hack, is there support for staff',
];
const NOT = [
  'so stressed about my driving test', // another cause
  'im scared, when did this happen', // a question beside the feeling
  'im terrified, would my address be in the leak', // dev40 family: support before
  'my grandad wants to know if his records are out there, hes in bits', // dev44 family: support before
  'its embarrassing but i put my card details into a parcel text', // card details are not the leak
  'i had a panic attack at work today', // a panic attack is not the attack
  'my boy is in bits that his notes from the clinic are out there', // a worried child is children-camhs's
  'so stressed at work, nothing to do with the leak, just my manager', // the leak ruled out
  'exhausted after night shift, can i change my rota', // no leak named
];

describe('a feeling about the leak', () => {
  for (const text of FEELINGS) it(`"${text}" tells of one`, () => assert.equal(isFeelingAboutTheLeak(text), true));
  for (const text of NOT) it(`"${text}" does not`, () => assert.equal(isFeelingAboutTheLeak(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Without the reading the first two were declined: the recogniser scored them low and flat.
    for (const text of FEELINGS) it(`"${text}" gets emotional support`, async () => assert.equal(await topicOf(text), 'emotional-support'));
    it('"it", said to this bot, is the leak', async () => assert.equal(await topicOf('in pieces about it all'), 'emotional-support'));
    it('staff are pointed to staff wellbeing, and asking who to speak to asks about the feeling', async () => {
      assert.equal(await topicOf('honestly not coping, my details are out there and i have to face the public', 'staff'), 'staff-wellbeing');
      assert.equal(await topicOf('the leak has me in bits, who can i speak to', 'staff'), 'staff-wellbeing');
    });
    it('a question asked with a feeling is still answered as asked', async () => assert.equal(await topicOf('im stressed, is my data in the leak'), 'am-i-affected'));
    // The worry is why they ask; what to do is what they ask (emotional support came first without the reading).
    it('"im worried my notes are out there, is there anything i can actually do" gets what to do', async () =>
      assert.equal(await topicOf('im worried my notes are out there, is there anything i can actually do'), 'what-to-do'));
    it('"pure worried aboot this, wit should i dae" gets what to do', async () => assert.equal(await topicOf('pure worried aboot this, wit should i dae'), 'what-to-do'));
    // A feeling told with no question: support, not the near-tied answer to something not asked (what happened, what to do).
    for (const text of ['nhs dumfries and galloway worker here, feeling awful, the stress of it is getting to me', 'its really getting to me, keep checking my bank every hour since the hack'])
      it(`"${text}" gets emotional support`, async () => assert.equal(await topicOf(text), 'emotional-support'));
    // Formal, or told of someone close, with support asked for them: declined before.
    for (const text of [
      'my husband has gone very quiet since he learned about the leak and wont speak to anyone, where can he find support',
      'Dear Sir, I live alone and this business has quite unsettled me. I have not slept properly for days.',
      "my partner is withdrawn since the hack came out and won't talk about it, where could she get some help",
    ])
      it(`"${text}" gets emotional support`, async () => assert.equal(await topicOf(text), 'emotional-support'));
    it('"feeling awful, when did it happen" is still answered as asked', async () => assert.equal(await topicOf('feeling awful, when did it happen'), 'timeline'));
    it('"my son is worried about the leak, what can i do for him" is still the CAMHS answer\'s', async () =>
      assert.notEqual(await topicOf('my son is worried about the leak, what can i do for him'), 'what-to-do'));
  });
});
