import assert from 'node:assert/strict';
import { asksWhatNoAnswerCovers } from '../../src/recognition/beyondTheAnswers';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const BEYOND = [
  'how much did the hack cost the nhs in the end',
  'the ransomware attack is costing the taxpayer millions isnt it',
  'was the board insured against cyber attacks, will the insurers pay for the damage',
  'which operating system do the hospital computers use',
  'are there any cyber security roles going at the board after all this',
  // A person's own booking looked up: care-impact before.
  'can you look up my appointment',
  'could you find out when my scan is please',
  // Someone's stay looked up, and who is on the rota (dev37 families: whether affected, and who did the attack, before).
  'could you check if my mum was admitted to the infirmary yesterday',
  'whos working nights on the ward this week',
  // Staff admin in a system (dev40 family: the working-practices answer before, for "the new system").
  'how do i request annual leave on the new system',
  'how do we claim mileage now the systems are back',
  // The board's pay (dev44 family: what happened before).
  'what is the gender pay gap at nhs dumfries and galloway',
];
const ANSWERED = [
  ['will it cost me anything to phone the helpline', 'helpline'],
  ['is there any job info of mine in the leak', 'am-i-affected'],
  ['can i claim compensation for my data being leaked', 'compensation'],
  ['is my national insurance number in the leak', 'am-i-affected'],
  ['can you check if my appointment is still on', 'care-impact'],
  ['can you tell me if my op is cancelled because of the hack', 'care-impact'],
  ['can you tell me if my mums admission was in the leak', 'am-i-affected'],
  ['who is responsible for the hack', 'who-is-responsible'],
  ['will my manager pay for the taxi to the infirmary if the systems are down', 'care-impact'],
] as const;

describe('questions about the attack that no answer covers', () => {
  for (const text of BEYOND) it(`"${text}" is one`, () => assert.equal(asksWhatNoAnswerCovers(text), true));
  for (const [text] of ANSWERED) it(`"${text}" is not`, () => assert.equal(asksWhatNoAnswerCovers(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Answered before with what happened, compensation or police, which do not say.
    for (const text of BEYOND) it(`"${text}" is declined`, async () => assert.equal(await topicOf(text), 'none'));
  });
});
