import assert from 'node:assert/strict';
import { namesAnotherMatter } from '../../src/recognition/otherMatters';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set: [what the recogniser takes it for, message].
const OTHER = [
  ['police-investigation', 'someone smashed my shed window last night, will the police investigate'],
  ['police-investigation', 'are police looking into the car crash outside the school'],
  ['more-information', 'can i get more information on council tax discounts'],
  ['do-not-search-data', 'can you google the bus times to castle douglas'],
  ['who-is-responsible', 'who is responsible for emptying the bins on our street'],
  ['care-impact', 'will my clinic go ahead if theres a train strike'],
  ['compensation', 'can i claim for a delayed flight to spain'],
  ['human', 'can you put me through to the maternity ward'],
  ['data-published', 'porter'],
  ['data-published', 'a midwife.'],
  ['data-published', 'blood tests'],
  ['data-published', 'my lab results?'],
  ['do-not-search-data', 'how do i opt out of sharing my data'],
  ['who-is-responsible', 'who owns my hospital records'],
  ['what-to-do', 'what should small businesses do after a data breach'],
  ['compensation', 'can i sue a company that leaked my details'],
  ['helpline', 'phone number for the dgri switchboard'],
  ['helpline', 'ward 7 phone number please'],
  ['helpline', 'not the cyber helpline, the direct line for ward 12'],
  ['data-rights', 'the neighbours cctv points right into my garden is that a data protection thing'],
  ['about-bot', 'can u email me a copy of this chat'],
  ['about-bot', 'could you translate this letter for my mum'],
  ['helpline', 'never mind the hack helpline, i need the switchboard at the infirmary'],
  ['helpline', 'whats the number for ward b2 at dgri'],
  ['data-rights', 'subject access request to my bank'],
  ['scam-contact', 'my bank emailed to say my card was in a breach at an online shop, what now'],
  ['ransom', 'how much do hackers earn'],
  ['more-information', "what's the latest on the plans for the new cancer centre"],
  ['what-to-do', 'after reading about the nhs hack im curious, how do hackers crack passwords so fast'],
  ['children-camhs', 'my son leaked my secret to his pals'],
  ['am-i-affected', 'my phone got stolen with all my data on it'],
  ['what-happened', 'what happens to hackers when they get caught'],
  ['do-not-search-data', 'is hacking illegal'],
  ['data-rights', 'a company wont delete my account what can i do'],
  ['data-rights', 'how do i find out what google knows about me'],
  ['what-to-do', 'what should i do if a website i use gets hacked'],
  // A service's hours read as what to do (dev37 family).
  ['what-to-do', 'could you kindly let me know the opening times of the x-ray department at the infirmary'],
] as const;
const OURS = [
  ['police-investigation', 'are the police investigating the hackers who broke into the system'],
  ['more-information', 'where can i get more information about the cyber attack'],
  ['more-information', 'any updates on the situation'],
  ['do-not-search-data', 'should i search the dark web for my data'],
  ['who-is-responsible', 'who is responsible for this mess'],
  ['compensation', 'can i claim for my data being stolen'],
  ['human', 'can i speak to a real person'],
  ['data-published', 'were nurses details leaked'],
  ['data-published', 'were blood test results leaked'],
  ['do-not-search-data', 'can i opt out of having my data on the dark web'],
  ['what-to-do', 'what should the health board do after the breach'],
  ['compensation', 'a company says i can claim for the leak, is it real'],
  ['helpline', 'is the helpline the same as the switchboard'],
  ['helpline', 'my mum is on ward 5, whats the helpline number'],
  ['helpline', 'not the switchboard, the helpline for the hack'],
  ['data-rights', 'someone filmed me at the hospital and posted it, is that a data breach'],
  ['about-bot', 'do you keep a copy of this chat'],
  ['data-rights', 'how do i do a subject access request to the health board'],
  ['scam-contact', 'got a text saying my records were in the breach at the hospital, pay to remove them'],
  ['ransom', 'how much do hackers get paid by the nhs'],
  ['more-information', 'whats the latest on the investigation'],
  ['what-happened', 'heard about the hack at dgri, how did the hackers get in'],
  ['what-happened', 'what happened with the nhs hack, how do hackers get in'],
  ['am-i-affected', 'my brother took an overdose in 2019 and was seen in a&e, is that in the leaked stuff'],
  ['children-camhs', 'my son says his pal leaked his camhs letter'],
  ['what-happened', 'are the hackers still in the system'],
  ['police-investigation', 'will the hackers be caught'],
  ['compensation', 'can i claim if a company has my data from the leak'],
  ['do-not-search-data', 'someone on facebook shared my leaked records'],
  ['compensation', 'can i get compensation because the nhs leaked my data'],
] as const;

describe("a topic's words borrowed for another matter", () => {
  for (const [topicId, text] of OTHER) it(`"${text}" is another matter`, () => assert.equal(namesAnotherMatter(topicId, text), true));
  for (const [topicId, text] of OURS) it(`"${text}" is not`, () => assert.equal(namesAnotherMatter(topicId, text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Each got the answer of the topic whose words it borrows.
    for (const text of ['my garage was broken into on sunday, are the police investigating', 'who is to blame for the state of the pavements in dumfries', 'more info about the warm home discount please', 'blood test', 'who owns my medical records', 'what is the national data opt out', 'how much compensation do you get when a bank leaks your data', 'how do i see what data facebook has on me', 'phone number for the dgri switchboard', 'not the cyber helpline, the direct line for ward 12', 'the neighbours cctv points right into my garden is that a data protection thing', 'can u email me a copy of this chat', 'my bank emailed to say my card was in a breach at an online shop, what now', 'how much do hackers earn', 'what happens to hackers when they get caught', 'my son leaked my secret to his pals', 'my phone got stolen with all my data on it', 'what should i do if a website i use gets hacked', 'the phone line at my surgery is always engaged, how do i get an appointment', 'Dear Sir, please advise me of the opening times of the physiotherapy reception at the Galloway. Regards, J. Smith']) {
      it(`"${text}" is declined`, async () => assert.equal(await topicOf(text), 'none'));
    }
    for (const [topicId, text] of [OURS[0], OURS[1], ['helpline', 'is the phone line open on saturdays']] as const) it(`"${text}" still gets ${topicId}`, async () => assert.equal(await topicOf(text), topicId));
  });
});
