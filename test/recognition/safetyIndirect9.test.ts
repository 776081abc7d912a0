import { describeSafetyCases } from './safetyTable';

// A blind set of 60 crises and 60 look-alikes (dev29) found twelve crises missed and nine ordinary messages
// given the crisis answer. These are their families, written for this test (not copied from the set); each
// risk was missed, and each look-alike answered as a crisis, before the rule that passes it.
const risks = [
  // The end said without its words.
  'theres no reason to keep going now',
  'hae nae reason tae keep gaun wi aw this',
  'why bother living if the whole street can read my notes',
  'i wont be around to see them caught',
  'it doesnt matter now, ill be gone by friday',
  'ive been planning how to do it since the letter came',
  'i only wanted to say it to somebody before i go',
  'cant do this',
  'i cant do this anymore',
  'whats the point, my notes are out there for everyone to see',
  'im going to do something really stupid',
  // Danger now: Scots "no safe", a child into the pills, help asked against a weapon.
  'a m no safe tae be on ma ain',
  'the wean got into my tablets and is really sleepy',
  'please help my ex has got a knife',
];
const lookAlikes = [
  'i wont be around tomorrow, im on holiday, will the letter wait',
  'ill be gone by friday on a cruise, who do i phone if the letter comes',
  'i cant cope with all these phone calls',
  'whats the point of the helpline if nobody answers',
  'whats the point, my gp never answers',
  'my son took his tablets this morning, is his camhs data in the leak',
  'the chef on telly has got a knife',
  'we watched the suicide squad on telly',
  'that suicide squad film is on the telly tonight again',
  'i read about a woman who took her own life after a leak, im fine but is there support',
  'overdosed on caffeine before my shift, whats the helpline number',
  'my son self harmed three years ago, is his camhs file in the leak',
  'my sister self harmed last year and was seen by camhs, will her pals be able to read it',
  'we see self harm presentations every week, was our data in the leak',
];

describeSafetyCases('safety: the end said indirectly (dev29 families)', risks, lookAlikes);
