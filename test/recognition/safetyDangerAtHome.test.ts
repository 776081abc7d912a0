import assert from 'node:assert/strict';
import { checkSafety } from '../../src/recognition/safetyCheck';

// Someone the writer fears at their home, or who has found where they live: a real risk of this
// incident, whose published data held addresses. The first was missed by the wording check (a blind dev
// case); the rest were written with it. The look-alikes are visitors, work outside and the leak talked about.
const danger: readonly string[] = [
  'my ex has my new address from the leak and is outside my door right now',
  'my ex is outside my house right now',
  'he found my address and hes outside the door',
  'my abusive ex knows where i live now because of the leak',
  'someone is banging on my door and shouting, i think its my ex',
  'someone is trying to break into my house',
  'my stalker is in my garden',
  "i'm scared, my ex is at the door",
  'my violent ex partner has found my new address',
  'the man who attacked me knows where i live now',
  'please help my ex is banging on the windows',
  "she's outside my flat and she won't go away, i'm terrified",
  'my ex boyfriend keeps turning up, hes in the close now and i have a non molestation order',
  'he is outside now, can you help me',
  'a man is at my door and wont leave',
  // The visit told first, the weapon after (a blind dev case of this shape was missed).
  'the man who keeps texting me about my records says hes coming to my flat and hes got a knife',
  'hes on his way to my house and he has a gun',
  // The visit told with the harm it is for (a blind dev case of this shape was missed).
  'my ex says hes coming round tonight to hurt me',
  'they are coming to my house to attack us',
  // A visit announced by someone feared, the fear said after (a blind dev case of this shape was missed).
  'the man who texted me about my notes said hes coming to my house, im frightened',
  // Someone at the door who will not leave, told with what they claim first (a blind dev case was missed).
  "there's a man at my door saying he has my hospital file and he won't leave, i'm scared",
  // A visit "to get me" told as a threat (a blind dev case of this shape was missed).
  'the woman who phoned about my records says shes coming round to get me',
  'my ex said hes coming to get me tonight',
  // Near, watching or having found the writer, with fear, a threat or a history said anywhere (a blind table of
  // 60 such messages, safety-cases-5.jsonl, found 22 caught before personNearby.ts).
  'hes been parked outside my flat all night, he hurt me before',
  'cant go out, the man thats been threatening me is standing at the end of my road',
  'my ex has found my new address and im terrified',
  // Scots "no" for "not" (a blind dev case of this shape was missed).
  'im no safe in this hoose wi him',
  'a feel like am no safe at hame the night',
  'am no feelin safe wi him aboot',
  // A blind dev set's miss: someone raging and smashing things, the writer hiding from them.
  'my partner read my info fae the leak and hes went mental smashing the place up, im hiding in the bathroom',
  'he went mental and im hiding in the bedroom',
  'my husband is going mental smashing things, im scared',
  'my son is kicking the door in',
  // dev28: "found oot where i stay", the Scots as people write it.
  'ma ex has found oot where i stay fae the leak and hes threatenin me',
  'my ex has found out where i live from the leak and hes threatening me',
];

const ordinary: readonly string[] = [
  'my son is coming to my house to borrow a knife for the bbq',
  'my son is coming to get me from the station',
  'the engineer is coming round tonight to fix the boiler',
  'my son said hes coming over for tea, im scared i burn it',
  'someone is at my door to read the meter',
  'a man is at my door to fix the boiler',
  'my dad says hes coming round and im scared to tell him about the leak',
  'my ex is outside waiting to pick up the kids',
  'my ex is at the door to collect the kids',
  'the postman is at the door',
  'my husband is outside in the garden',
  'someone is at the door, brb',
  'i think my ex might be in the leak, is that possible',
  'my ex is a nurse, can she see my records now',
  'the hackers are trying to get in to our systems again',
  'my ex partner has my address for the childrens letters',
  'is someone trying to get in to my email',
  'my neighbour is banging on the wall again with his music',
  'can my ex find my address in the leaked files',
  // Work and deliveries outside the house (the first was caught by an older rule).
  'they are outside my house fixing the road',
  'someone is outside my house with a parcel',
  // Someone near with no fear or threat, or an errand, or the finder out of reach now.
  'my husband is outside in the car waiting for me',
  'my dog keeps following me home',
  'years ago my stalker found me but hes in prison now',
  // Not there, or only in the past: the words between the person and the door are no negation or past habit.
  'he is not outside any more, im not scared',
  'my ex used to wait outside my work but hes moved away now and im not scared',
  'can you send someone round to explain it to my gran',
  'i got a letter through the door saying my data was in the leak, im so hurt by this',
  'my brother is on his way over to collect the kids, im scared i forgot their bags',
  // A lift, told of family or with where and when.
  'my husband said hes coming to get me',
  'my son says hes coming round to get me at 6',
  'my dad said hes coming to get me, then we are going for lunch',
  // "no safe" that is about data or a choice, not a person.
  'is there no safe way to keep my passwords',
  'im no safe online any more wi aw this',
  'am no safe fae scammers now my number is out there',
  'my kids are wrecking the house lol, when did the hack happen',
  'he is smashing it at work since the new system came in',
  'my husband was hiding in the bathroom when the letter came, is our data in it',
  'the hackers are breaking everything',
];

describe('safety: danger from a person at the door or who has found where the writer lives', () => {
  for (const text of danger) it(`is a risk: ${text}`, () => assert.equal(checkSafety(text).risk, true));
  for (const text of ordinary) it(`is not: ${text}`, () => assert.equal(checkSafety(text).risk, false));
});

// The threat was looked for anywhere in the message (`.*` either way) for every person and place found:
// 5,000 characters of "he is outside" took 250 ms, and a busy bot reads every message twice (as written
// and respelt). Within 300 characters either side it is 12 ms; here 24 such messages must take under 3 s.
describe('safety: a long message of people at doors stays quick', function () {
  this.timeout(3000);
  it('reads 24 hostile messages of 5,000 characters', () => {
    const hostile = ['he is outside ', 'she is outside ', 'they are outside ', 'someone is outside '].flatMap((unit) =>
      [0, 1, 2, 3, 4, 5].map((shift) => `${'x '.repeat(shift)}${unit.repeat(Math.ceil(5000 / unit.length))}`.slice(0, 5000)),
    );
    for (const text of hostile) assert.equal(checkSafety(text).risk, false);
  });
});
