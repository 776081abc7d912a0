import assert from 'node:assert/strict';
import { buildUnderstanding } from '../../src/buildUnderstanding';
import { checkSafety } from '../../src/recognition/safetyCheck';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { realKnowledgeBase } from '../support/realKnowledgeBase';
import type { SafetyCase } from './safetyTable';

// Look-alikes of five families of risk wording, each with an ordinary reason said alongside (an operation,
// a death in the family, a shift at work, a news report, a heart condition), and risk messages of the same
// families that must stay caught: the reason explains the wording only when nothing else in the message
// speaks of ending it. The first five look-alikes and the staff-work risk were reported; the rest were
// written for this table before the rules that pass them.
const lookAlikes: readonly string[] = [
  // The pain ending: an operation, a tooth, a birth.
  'the pain will be over soon, my operation is next week',
  'my suffering will be over soon, the hip replacement is booked for friday',
  'the pain will be over shortly, the dentist is numbing it now',
  'my physio says the pain will be over soon if i keep up the exercises',
  'all the pain will be over by tomorrow once the tooth is out',
  'the pain will be over soon, the midwife says the baby is nearly here',
  'the surgeon says the pain will be over soon after the op, will my notes be safe',
  // Affairs put in order after a death, a move, a divorce, for a solicitor.
  "i've sorted out my affairs after my mum died",
  "i'm getting my affairs in order before i move abroad",
  'putting my affairs in order with the solicitor, can my son have power of attorney',
  'sorted out all my affairs since my husband passed away, can i change his gp records',
  "i've put my affairs in order now i'm retiring, will the leak affect my pension",
  "i'm sorting out my affairs after the divorce, which address do you have for me",
  // Not being here tomorrow for an ordinary reason.
  "goodbye, i won't be here tomorrow as i'm working",
  "bye for now, i won't be here tomorrow because i'm on holiday",
  "thanks for everything, i won't be here tomorrow, i'm on nights",
  'goodbye, i will not be here tomorrow, i have a hospital appointment',
  "bye, won't be around tomorrow as i'm at my mum's for the weekend",
  "i won't be here tomorrow, i'm away at a wedding, bye",
  "ok bye, i won't be around tomorrow, it's my day off",
  // Someone unnamed in the news, a film or a story.
  'the news said someone tried to kill himself',
  'i read in the paper that a man tried to hang himself after his details were leaked',
  'there was a story on the radio about a woman who tried to kill herself',
  'the article says a patient tried to kill herself on the ward',
  'the film is about a boy who tries to kill himself',
  'the news reported somebody threatening to kill himself on the bridge',
  'a documentary about a man who wanted to kill himself, is it on iplayer',
  'the headline quoted a post saying "i want to die" from a hacked account',
  // A lot of everyday medicine, taken as prescribed.
  'I take a whole load of tablets for my heart',
  'i take loads of tablets for my blood pressure and diabetes',
  'i take 12 tablets a day for my heart, were my prescriptions leaked',
  'i take about 15 different tablets, will the leak show what they are',
  'i take 20 tablets a day, is my prescription list in the leak',
  'my mum has to take a whole box of tablets a week for her condition',
  'i take loads of meds since my transplant, is that in the leak',
  'i take a lot of medication for my arthritis, can the hackers see it',
  'i have to take a handful of pills every morning for my epilepsy',
  // Staff telling of a patient's words.
  'as a nurse, one of my patients said suicide feels like the only way, can i tell her gp',
];

const risks: readonly string[] = [
  // The pain ending, with nothing ordinary to end it, or with the end said too.
  "the pain will be over soon, i've got the pills ready",
  "the pain will be over soon, i've said goodbye to everyone",
  "the pain will be over tonight, i can't do this any more",
  "don't worry about me, the pain will be over soon",
  'the pain will be over soon',
  "the pain will all be over soon, my operation is cancelled and i've had enough",
  'the pain will be over soon, nobody will miss me',
  // Affairs put in order as a farewell, even after a death.
  "i've sorted out my affairs after my wife died and now i just want to be with her",
  "i've sorted out my affairs, there's nothing left for me now",
  'sorted all my affairs, the kids will be fine without me',
  "i've put my affairs in order and i'm ready to go",
  'sorted my affairs after my mum died, goodbye everyone',
  'honestly whats the point, ive sorted my affairs',
  "i've sorted my affairs with the solicitor, it's time",
  "i've got my affairs in order with the solicitor, nobody will miss me",
  // Not being here tomorrow, said as a farewell.
  "goodbye, i won't be here tomorrow",
  "i won't be here tomorrow. bye, love you all",
  "goodbye, i won't be here tomorrow as i've had enough of everything",
  "bye mum, i won't be here tomorrow, i'm sorry for everything",
  "goodbye, i won't be here tomorrow, i'm not working any more, i can't go on",
  "thanks for everything, i won't be around tomorrow, i can't do this any more",
  "goodbye, i won't be here tomorrow, i'm working on my last letter",
  // The news said alongside a named person's risk, or the writer's own.
  'my son tried to kill himself after seeing the news',
  'i saw the news and i want to kill myself',
  'after the news about the leak my dad tried to hang himself',
  'the news said my records were published and my brother is threatening to kill himself',
  'someone is trying to kill himself outside my flat right now',
  'a man is threatening to kill himself on the bridge near the hospital',
  'my friend read the article and now she wants to kill herself',
  'the news said someone tried to kill himself and i want to do the same',
  "the news said someone tried to kill himself, that's what i'll do",
  // Medicine in quantity as a plan.
  "i'm going to take a whole load of tablets tonight",
  "i've taken a whole load of tablets",
  "i'm going to take all my heart tablets at once",
  'i just took a whole load of my heart tablets, what happens now',
  "i'm going to take a whole load of tablets for my heart and not wake up",
  "i take a whole load of tablets for my heart and tonight i'm taking them all",
  "i take loads of tablets for my heart, i'm going to take the whole lot tonight",
  "i take a whole load of tablets for my heart and i'm saving them up",
  "i take loads of tablets for my heart, i've been saving them for weeks",
  // A count of painkillers no prescription gives (eight paracetamol a day at most).
  'i take 40 paracetamol a day for the pain',
  'i take 20 co-codamol a day for my back',
  // The writer's own risk in a message that also speaks of patients.
  'my patients are all i have left and suicide feels like the only way',
  'i work with patients and suicide is on my mind every day',
  "i'm a nurse, my patients are lovely but i want to kill myself",
];

const cases: readonly SafetyCase[] = [...lookAlikes.map((text) => ({ text, crisis: false })), ...risks.map((text) => ({ text, crisis: true }))];

describe('safety check, look-alikes with an ordinary reason (table 6)', () => {
  for (const c of cases) {
    it(`${c.crisis ? 'catches' : 'lets pass'}: ${c.text}`, () => {
      assert.equal(checkSafety(c.text).risk, c.crisis);
    });
  }
});

// The recogniser, not the wording, took "overdone it" (worked too hard) for an overdose: 0.51 for the crisis
// topic, answered outright. Such a message gets the safety check-in instead; with something taken it is still the crisis answer.
describe('safety, everyday wording the recogniser takes for risk (the whole understanding path)', () => {
  let understanding: MessageUnderstanding;
  before(async () => {
    understanding = buildUnderstanding(await realKnowledgeBase(), { MaxMessageChars: 2000 });
  });

  for (const previousTopicId of [undefined, 'what-happened']) {
    it(`asks gently whether the person is safe, without the crisis answer: i've overdone it this week${previousTopicId ? ` (after ${previousTopicId})` : ''}`, async () => {
      const decision = await understanding.understand({ text: "i've overdone it this week", audience: 'public', previousTopicId });
      assert.notEqual(decision.kind === 'answer' && decision.topicId, 'crisis', JSON.stringify(decision));
      assert.equal(decision.checkIn, true, JSON.stringify(decision));
    });
  }

  for (const text of ["i've overdone it with the tablets", "i've overdone it, i took too many"]) {
    it(`answers with crisis: ${text}`, async () => {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.equal(decision.kind === 'answer' && decision.topicId, 'crisis', JSON.stringify(decision));
    });
  }
});

// The reasons' exceptions list the endings foreseen, and fresh wording of an end beside a look-alike got
// nothing at all: "…my operation is next week, i want to disappear" lost the crisis answer the look-alike
// had brought, and the recogniser, reading the operation, did not even ask. An explained look-alike now
// always brings the safety check-in; an end said beside "overdone it" keeps the crisis answer.
describe('safety, fresh wording of an end beside an explained look-alike (the whole understanding path)', () => {
  let understanding: MessageUnderstanding;
  before(async () => {
    understanding = buildUnderstanding(await realKnowledgeBase(), { MaxMessageChars: 2000 });
  });

  const freshEnds = [
    'my operation is next week, the pain will be over soon, i want to disappear',
    'the pain will be over soon, my operation is on friday, and then i am gone',
    "since mum died i've sorted out my affairs, i just want it to stop",
    "i've put my affairs in order after dad passed away, they'll find me in the morning",
    "the news said a man tried to kill himself, i'm checking out",
    'i read in the paper that someone tried to end their life, one way or another',
    "i take a lot of tablets for my heart, the kids will be better with their dad",
  ];
  for (const text of freshEnds) {
    it(`asks at least whether the person is safe: ${text}`, async () => {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.ok((decision.kind === 'answer' && decision.topicId === 'crisis') || decision.checkIn === true, JSON.stringify(decision));
    });
  }

  for (const text of ["i've overdone it this time, i won't wake up", "i've overdone it this week, i'm ready to go"]) {
    it(`answers with crisis: ${text}`, async () => {
      const decision = await understanding.understand({ text, audience: 'public' });
      assert.equal(decision.kind === 'answer' && decision.topicId, 'crisis', JSON.stringify(decision));
    });
  }
});
