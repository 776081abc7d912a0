import { describeSafetyCases } from './safetyTable';

// A third blind set aimed at the hard places (dev31: 75 crises) found nineteen missed after dev30's rules:
// risk in one clause of a long message about the leak, risk written by someone else, danger from a person who
// found an address or a child's school, the method kept in mind, self-harm started again, text-speak. These are
// their families, written for this test (not copied from the set); the look-alikes hold each family's edge.
const risks = [
  'my daughter has been giving away her clothes and jewellery and saying goodbye to everyone, im frightened',
  'messaging for my brother cos he cant. he took a whole packet of co codamol an hour ago',
  'i had stopped self harming for two years but ive started again since the leak',
  'my ex he say he kill me, he come now to my flat',
  'a man who got my address from the leak is at my door right now threatening me, im terrified',
  'they texted we know where your kids go to school, and now a van is parked outside the school gates watching',
  'my abuser found out which nursery my daughter goes to from the leaked files',
  'this is the final text i will ever send to anyone, bye',
  'i keep staring at the noose i made',
  'cant see any reason to go on now that everyone knows my business, anyway when will the police charge them',
  'what time does the helpline shut, not that it matters, planning on being gone by friday',
  'my husband told the kids they wont have to worry about him much longer and went out',
  'been down at the viaduct again tonight thinking about jumping',
  'my partner threatened to share my leaked notes and then kill me, hes got a knife',
  'cnt take it nemore, gna do something daft 2nite',
  'figured out how many of my sleeping tablets it would take',
  'relapsed again, honestly dont care if i die now',
  'no sure how much longer i can keep goin, sat with the tablets all night',
  'ive worked out where id do it',
];
const lookAlikes = [
  'im gonna kill my daughter, she gave our address to a scam caller. how do i report it',
  'can u take ibuprofen and paracetamol at the same time',
  'is there suicide intervention training for staff in dumfries',
  'id rather die than sit on hold again, can someone call me back',
  'we gave away my sons old games to the charity shop, does the leak affect children',
  'i stopped cutting years ago and never started again, is my camhs file in the leak',
  'not sure how much longer i can keep going on hold, is there an email',
  'i might do something stupid like phone them again lol',
  'looking at the rope swing in the park, is the leak anything to do with children',
  'how many tablets would it take to clear a chest infection',
  'this is the last message ill send about this, thanks for the help',
  'you wont have to worry about me much longer, im moving out next week mum',
  'i dont care if i die of embarrassment, was my camhs file leaked',
  'the man at my door right now says hes from the council and wants to read the meter',
  'a text said they know where my kids go to school but theres nobody around, is it a scam',
  'years ago i self harmed and was seen by camhs, im doing well now, was my old file published',
];

describeSafetyCases('safety: a third blind set of crises (dev31 families)', risks, lookAlikes);
