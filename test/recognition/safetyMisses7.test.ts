import assert from 'node:assert/strict';
import { checkSafety } from '../../src/recognition/safetyCheck';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { crisisAnswered as crisisAnsweredBy, wholePathUnderstanding } from '../support/wholePath';

// Misses left by the last safety session, and more of their families found by a fresh probe, each written
// as a frightened person here might type it after the leak; beside them, look-alikes that must stay ordinary.
// Each failed before the rule that passes it.
const risks = [
  // "Nothing to stay for" said mid-sentence, not only at the end.
  'honestly since the leak theres nothing to stay for and everyone knows',
  'nothing to stay for since my details got out, everyone in stranraer knows',
  'i feel like theres nothing left to stay for after this',
  "there's nothing to stay for and i'm so tired",
  'naethin left tae stay fur since ma records went online',
  "there's nothing here for me to stay for, i'm done",
  'nothing to stay for in this town any more, everyone knows my business',
  "i take loads of pills every day, nothing to stay for since the leak",
  // Counts in words, as their digit forms are ("i took 20 paracetamol").
  "i've taken twenty paracetamol",
  'took thirty of my tablets',
  'swallowed a whole box of pills',
  "i've had fifteen co-codamol and a bottle of wine",
  'had about forty paracetamol since this morning',
  'i just took a dozen of my mums diazepam',
  "i've taken fifty of my sertraline",
  'downed a bottle of vodka and about ten of my sleeping pills',
  'i take twenty paracetamol for my back',
  'i take sixty paracetamol a week',
  "i've been taking two co-codamol every half hour",
];

const lookAlikes = [
  'nothing to stay for at the party so we left',
  "there's nothing to stay in for tonight",
  'nothing to stay for in dumfries now the shops have shut',
  'nothing to stay for at work after five so i go home',
  'no reason to stay for the second half so we went home',
  'there was nothing to stay for after the shop closed',
  'nothing to stay for on a sunday in castle douglas, so we drove to carlisle',
  // One or two taken is a dose; a count said without taking any is not a risk.
  'i take two paracetamol for headaches',
  'twenty paracetamol in a box is the limit at the chemist',
  'i take two paracetamol when my back is bad',
  'i took two ibuprofen for my tooth, can i phone about my records',
  'the chemist only sells sixteen paracetamol at a time',
  'i take twelve paracetamol a week for my back',
  'took a couple of paracetamol for the headache this leak has given me',
];

describe('safety misses 7: the wording check and the whole understanding path', () => {
  let understanding: MessageUnderstanding;
  before(async () => {
    understanding = await wholePathUnderstanding();
  });
  const crisisAnswered = (text: string): Promise<boolean> => crisisAnsweredBy(understanding, text);

  it('the wording check catches each risk message', () => {
    assert.deepEqual(risks.filter((text) => !checkSafety(text).risk), []);
  });

  it('the wording check reads each look-alike as ordinary', () => {
    assert.deepEqual(lookAlikes.filter((text) => checkSafety(text).risk), []);
  });

  it('each risk message gets the crisis answer through the whole path', async () => {
    const missed: string[] = [];
    for (const text of risks) if (!(await crisisAnswered(text))) missed.push(text);
    assert.deepEqual(missed, []);
  });

  it('no look-alike gets the crisis answer through the whole path', async () => {
    const offenders: string[] = [];
    for (const text of lookAlikes) if (await crisisAnswered(text)) offenders.push(text);
    assert.deepEqual(offenders, []);
  });
});
