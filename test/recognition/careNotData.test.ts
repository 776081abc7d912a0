import assert from 'node:assert/strict';
import { DEFAULT_THRESHOLDS } from '../../src/recognition/decide';
import {
  isChildCareNotData,
  isComplaintAboutCare,
  isFeelingFromAnotherCause,
  isHelplineForAnotherNeed,
  isWhatToDoAboutSomethingElse,
  isWhereToGoWithAnIllness,
  isWorryAboutASymptom,
  withCareNotDataDeclined,
} from '../../src/recognition/careNotData';
import { isEverydayOnlineSafety, isLeakSetAside } from '../../src/recognition/askedAboutSomethingElse';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { wholePathTopicOf, wholePathUnderstanding } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
const ABOUT_CARE = [
  'how do i make a complaint about my care',
  'i want to make a complaint about a nurse',
  'who do i complain to about the way my mum was treated',
  'can i get compensation for a delayed operation',
  // The leak named only to be ruled out.
  'i want to complain about the way a nurse spoke to me, its nothing to do with the hack',
  // An injury on the premises, another service.
  'i slipped on ice in the hospital car park, who do i claim against',
  'can i get compensation, i tripped over a loose slab at the infirmary entrance',
  'how do i make a complaint about nhs24, the call handler was useless',
  'my complaint has naething to do wi the hack, its how the surgeon spoke to me, where do i send it',
];
const ABOUT_DATA = [
  'how do i complain about the breach',
  'i want to complain that my records were leaked',
  'who do i complain to, the nurse said my data was safe and it wasnt',
  'my operation was cancelled because of the cyber attack, can i claim compensation',
];

describe('a complaint or a claim about care, not about data', () => {
  for (const text of ABOUT_CARE) it(`"${text}" is one`, () => assert.equal(isComplaintAboutCare(text), true));
  for (const text of ABOUT_DATA) it(`"${text}" is not`, () => assert.equal(isComplaintAboutCare(text), false));
  it('needs a complaint', () => assert.equal(isComplaintAboutCare('the nurse was lovely'), false));

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Without the reading these got the data-rights or the compensation answer.
    for (const text of ABOUT_CARE) {
      it(`"${text}" is out of scope`, async () => assert.equal((await understanding.understand({ text, audience: 'public' })).kind, 'none'));
    }
    for (const [text, topicId] of [[ABOUT_DATA[0], 'data-rights'], [ABOUT_DATA[1], 'data-rights'], [ABOUT_DATA[3], 'compensation']] as const) {
      it(`"${text}" still gets ${topicId}`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, topicId);
      });
    }
  });
});

describe("a child's mental health care, not the leak", () => {
  const CARE = ['how do i get my child seen by camhs', 'my daughter has been waiting a year for camhs', 'my teenage son is depressed what can i do', 'whats the difference between camhs and the school counsellor', 'what age does camhs go up to', 'is camhs the same as a psychologist'];
  const LEAK = ['my daughter was seen by camhs, is her stuff out there', 'my daughter is scared her camhs notes are online', 'how do i support my child who is worried about the leak'];
  for (const text of CARE) it(`"${text}" is about care`, () => assert.equal(isChildCareNotData(text), true));
  for (const text of LEAK) it(`"${text}" is about the leak`, () => assert.equal(isChildCareNotData(text), false));

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Without the reading these got the answer about CAMHS data in the leak.
    for (const text of CARE) it(`"${text}" is out of scope`, async () => assert.equal((await understanding.understand({ text, audience: 'public' })).kind, 'none'));
    for (const text of LEAK) {
      it(`"${text}" still gets children-camhs`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'children-camhs');
      });
    }
  });
});

describe('low mood from another cause, not the leak', () => {
  const OTHER = ['i feel lonely since my wife died', 'been feeling low since i retired in the summer', 'cant pay the bills this month and im worried sick', 'stressed out about my prelims', 'my son is worried about his exams who can he talk to', 'im stressed about money who can help'];
  const TIED = ['since the leak i feel lonely and scared', 'struggling since my husband died and now this hack as well'];
  for (const text of OTHER) it(`"${text}" has another cause`, () => assert.equal(isFeelingFromAnotherCause(text), true));
  for (const text of TIED) it(`"${text}" is tied to the leak`, () => assert.equal(isFeelingFromAnotherCause(text), false));

  it('is declined whatever data topic the recogniser took it for ("passed" reads as data passed on)', () => {
    const takenForData = { ranked: [{ topicId: 'am-i-affected', score: 0.5 }, { topicId: 'emotional-support', score: 0.3 }], outOfScope: 0.1 };
    const { outOfScope } = DEFAULT_THRESHOLDS;
    assert.ok(withCareNotDataDeclined(takenForData, 'so lonely since my husband passed', outOfScope).outOfScope >= outOfScope);
    assert.equal(withCareNotDataDeclined(takenForData, 'so lonely since my husband passed, is his data in the leak', outOfScope).outOfScope, 0.1);
    const takenForAPerson = { ranked: [{ topicId: 'human', score: 0.5 }], outOfScope: 0.1 };
    assert.equal(withCareNotDataDeclined(takenForAPerson, 'so lonely since my husband passed, can i talk to someone', outOfScope).outOfScope, 0.1);
  });

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Without the reading the first got the answer about worry over the leak.
    it(`"${OTHER[0]}" is out of scope`, async () => assert.equal((await understanding.understand({ text: OTHER[0] as string, audience: 'public' })).kind, 'none'));
    it(`"${TIED[0]}" still gets emotional support`, async () => {
      const decision = await understanding.understand({ text: TIED[0] as string, audience: 'public' });
      assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'emotional-support');
    });
  });
});

describe("a helpline for another need, not the board's incident line", () => {
  const OTHER = ['is there a helpline for people with dementia', 'whats the cancer helpline number', 'is there a helpline for new mums', 'helpline for eating disorders', 'emergency dentist helpline', 'can i ring the helpline to get my covid booster sorted', 'does the helpline do repeat prescriptions', 'whats the helpline number for council tax', 'is there a helpline for benefits', 'is there a helpline for my brother, he gambles all his wages'];
  const OURS = ['is there a helpline for people affected by the hack', 'is there a helpline for worried parents', 'is there a helpline for older people worried about the leak', 'whats the helpline, is it quite busy', 'is the helpline open out of hours'];
  for (const text of OTHER) it(`"${text}" asks for another service`, () => assert.equal(isHelplineForAnotherNeed(text), true));
  for (const text of OURS) it(`"${text}" asks for the incident line`, () => assert.equal(isHelplineForAnotherNeed(text), false));

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Without the reading these got the board's incident helpline, which is no help with dementia or cancer.
    for (const text of OTHER) it(`"${text}" is out of scope`, async () => assert.equal((await understanding.understand({ text, audience: 'public' })).kind, 'none'));
    for (const text of OURS.slice(0, 3)) {
      it(`"${text}" still gets the helpline`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'helpline');
      });
    }
  });
});

describe('what to do about a problem of its own, not the leak', () => {
  const OTHER = ['what should i do about my hay fever', 'what should i do about my debts', "what should i do if i'm locked out", 'what should i do if i have a panic attack'];
  const OURS = ['what should i do if i get a scam call', 'what do i do about my passwords', 'what should i do about the breach', 'what should i do about it', 'what should i do now'];
  for (const text of OTHER) it(`"${text}" asks about something else`, () => assert.equal(isWhatToDoAboutSomethingElse(text), true));
  for (const text of OURS) it(`"${text}" asks about the leak`, () => assert.equal(isWhatToDoAboutSomethingElse(text), false));

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Without the reading these got the advice on protecting yourself after the leak.
    for (const text of OTHER) it(`"${text}" is not given the what-to-do answer`, async () => {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.notDeepEqual(decision.kind === 'answer' && decision.topicId, 'what-to-do');
    });
    for (const text of ['what do i do about my passwords', 'what should i do now']) {
      it(`"${text}" still gets what-to-do`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'what-to-do');
      });
    }
  });
});

describe('where to go with an illness, not whether care goes on', () => {
  const ILLNESS = ['should i go to casualty with a sprained ankle', 'should i go to a and e or my gp', 'do i take my son to the hospital with a high temperature'];
  const CARE = ['should i still go to a&e after the hack', 'is a&e open', 'should i go to a&e or is it shut because of the attack'];
  for (const text of ILLNESS) it(`"${text}" asks where to go`, () => assert.equal(isWhereToGoWithAnIllness(text), true));
  for (const text of CARE) it(`"${text}" asks whether care goes on`, () => assert.equal(isWhereToGoWithAnIllness(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Without the reading the first two got care-impact, which says only that A&E is open.
    for (const text of ILLNESS.slice(0, 2)) it(`"${text}" is out of scope (NHS 24 or the GP)`, async () => assert.equal(await topicOf(text), 'none'));
    it(`"${CARE[0]}" still gets care-impact`, async () => assert.equal(await topicOf(CARE[0] as string), 'care-impact'));
  });
});

describe("a worry about a symptom, not the leak", () => {
  const SYMPTOMS = ['my chest feels quite tight since this morning, should i be worried', 'ive had a sore throat for a week, is that bad', 'got a rash on my arm, should i worry', 'my knee is that sair, what should i do', "i'm worried about my mum's memory, who should we see", 'worried my dad might have dementia who do we contact', 'is it normal to still feel this tired weeks after covid', 'chest feels tight going up the stairs, should i worry'];
  const THE_LEAK = ['feeling exhausted with all this worry', 'i feel sick with worry about the leak', 'my chest goes tight every time i think about my records being online', 'had chest pains from the stress since the hospital letter'];
  for (const text of SYMPTOMS) it(`"${text}" asks about a symptom`, () => assert.equal(isWorryAboutASymptom(text), true));
  for (const text of THE_LEAK) it(`"${text}" is about the leak`, () => assert.equal(isWorryAboutASymptom(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Without the reading the first got emotional support about the leak.
    it(`"${SYMPTOMS[0]}" is out of scope (NHS 24 or the GP)`, async () => assert.equal(await topicOf(SYMPTOMS[0] as string), 'none'));
    // Scots "sair" (sore): what to do about the leak before.
    it(`"${SYMPTOMS[3]}" is out of scope (NHS 24 or the GP)`, async () => assert.equal(await topicOf(SYMPTOMS[3] as string), 'none'));
    it(`"${THE_LEAK[1]}" still gets emotional support`, async () => assert.equal(await topicOf(THE_LEAK[1] as string), 'emotional-support'));
    // Care impact before ("this tired" read as this incident).
    it(`"${SYMPTOMS[6]}" is out of scope`, async () => assert.equal(await topicOf(SYMPTOMS[6] as string), 'none'));
    // Emotional support before: no "my" before the chest.
    it(`"${SYMPTOMS[7]}" is out of scope`, async () => assert.equal(await topicOf(SYMPTOMS[7] as string), 'none'));
    // Emotional support about the leak before.
    it(`"${SYMPTOMS[4]}" is out of scope (NHS 24 or the GP)`, async () => assert.equal(await topicOf(SYMPTOMS[4] as string), 'none'));
  });
});

describe('whether an everyday way of paying or banking is safe, not the leak', () => {
  const EVERYDAY = ['is it safe to use public wifi for online banking', 'is online banking safe', 'should i use contactless', 'are banking apps secure'];
  const THE_LEAK = ['is online banking still safe after the leak', 'is it safe to use online banking now my details are out there', 'is my data safe', 'should i stop using contactless since the hack'];
  for (const text of EVERYDAY) it(`"${text}" asks about everyday safety`, () => assert.equal(isEverydayOnlineSafety(text), true));
  for (const text of THE_LEAK) it(`"${text}" asks about the leak`, () => assert.equal(isEverydayOnlineSafety(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Each got what to do after the leak before.
    for (const text of EVERYDAY.slice(0, 3)) it(`"${text}" is out of scope`, async () => assert.equal(await topicOf(text), 'none'));
  });
});

describe('the attack set aside for another question', () => {
  const SET_ASIDE = ['ach the hacks got everyone talking but never mind that, whats good for a migraine that wont shift', 'the hack is terrible but different question, when does the pharmacy in annan shut'];
  const OURS = ['never mind the hack, whats the helpline number', 'on another note, is my data in the leak', 'never mind that, what should i do about the scam texts', 'what should i do about the hack'];
  for (const text of SET_ASIDE) it(`"${text}" sets it aside`, () => assert.equal(isLeakSetAside(text), true));
  for (const text of OURS) it(`"${text}" still asks about the leak`, () => assert.equal(isLeakSetAside(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // What happened before: the hack heard, the question after "never mind that" not.
    it(`"${SET_ASIDE[0]}" is out of scope`, async () => assert.equal(await topicOf(SET_ASIDE[0] as string), 'none'));
    it(`"${OURS[0]}" still gets the helpline`, async () => assert.equal(await topicOf(OURS[0] as string), 'helpline'));
  });
});
