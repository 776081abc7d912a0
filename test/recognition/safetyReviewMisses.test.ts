import assert from 'node:assert/strict';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { replyOnlyOutcome } from '../../src/dialogs/replyOnly';
import { crisisAnswered as crisisAnsweredBy, wholePathUnderstanding } from '../support/wholePath';

// A reviewer's misses: each of these got no crisis answer through the whole path (wording check, then the
// recogniser). Beside them, look-alikes of the same families that must stay ordinary.
const risks = [
  'i take 100 paracetamol for my back',
  'i overdid it with the paracetamol',
  "after the surgery the pain will be over, i've decided i'm not waking up",
  "my operation is next week but i won't be here for it",
  "i take loads of pills every day, there's nothing to stay for",
  'i took 20 ibuprofen for my toothache',
  'i take 30 paracetamol a week and tonight i will take them all at once',
  'i have decided i will not wake up',
  "there's nothing to stay for anymore",
];

const lookAlikes = [
  'i take 2 paracetamol for my back',
  'i take 8 paracetamol a day for my back, is that too many',
  'i overdid it at the gym',
  'i overdid it with the gardening and my back is sore',
  'after the surgery the pain will be over, the surgeon said',
  "i won't be here for the operation, i'm on holiday — can it be moved",
  "my operation is next week but i won't be here for the pre-op appointment, can i change it",
  'nothing to stay for at the party so i left',
  'i take loads of pills every day for my heart',
  'there was nothing to stay for after the shop closed',
  "i've decided i'm not waking up early tomorrow",
  'how many paracetamol can i take in a day',
  "the parcel comes tomorrow but i won't be here for it",
  'i overdid it with the medicine ball at the gym',
  "my scan is on friday but i won't be here for it, i'm working",
  'no reason to stay for the second half so we went home',
  "i won't be here for my results, can you post them",
  'i take 12 paracetamol a week',
  'i take 10 paracetamol a week for my back, is that ok',
  "i won't be here for my scan results, can someone phone me instead",
];

describe('safety review misses through the whole understanding path', () => {
  let understanding: MessageUnderstanding;
  before(async () => {
    understanding = await wholePathUnderstanding();
  });
  const crisisAnswered = (text: string): Promise<boolean> => crisisAnsweredBy(understanding, text);

  it('each risk message gets the crisis answer', async () => {
    const missed: string[] = [];
    for (const text of risks) if (!(await crisisAnswered(text))) missed.push(text);
    assert.deepEqual(missed, []);
  });

  it('none of the look-alikes gets the crisis answer', async () => {
    const offenders: string[] = [];
    for (const text of lookAlikes) if (await crisisAnswered(text)) offenders.push(text);
    assert.deepEqual(offenders, []);
  });

  // A person declined is a reply to the offer: acknowledged, not the person offered again with a check-in.
  for (const text of ['no i dont want a human', "No, I don't want to talk to a person", 'i do not need anyone thanks']) {
    it(`"${text}" after a person was offered is acknowledged`, async () => {
      const understood = await understanding.understand({ text, audience: 'public', previousTopicId: 'human' });
      assert.equal(understood.kind, 'none');
      assert.equal(understood.checkIn, undefined);
      const outcome = replyOnlyOutcome({ text, understood, remembered: { fallbacks: 0, lastTopicId: 'human', offer: 'normal' }, canHandOff: true, crisisTopicId: 'crisis', humanTopicId: 'human' });
      assert.deepEqual(outcome, { kind: 'acknowledge', urgent: false });
    });
  }

  // The decline is a whole sentence of its own: what follows it is not negated by its "dont".
  it('a decline followed by risk gets the crisis answer: "no i dont want anyone, i want it all to stop"', async () => {
    for (const text of ['no i dont want anyone, i want it all to stop', "i don't need help i want to die", 'no i dont want a human i want to die']) {
      const understood = await understanding.understand({ text, audience: 'public', previousTopicId: 'human' });
      assert.equal(understood.kind === 'answer' && understood.topicId, 'crisis', text);
    }
  });

  // "anyone", "someone" declined only answer the offer of a person; elsewhere they may be a person shutting others out.
  it('"i dont want to talk to anyone" with no offer, or "no i dont need anyone" after support, keeps the check-in', async () => {
    for (const [text, previousTopicId] of [['i dont want to talk to anyone', undefined], ['no i dont need anyone', 'emotional-support']] as const) {
      const understood = await understanding.understand({ text, audience: 'public', previousTopicId });
      assert.ok((understood.kind === 'answer' && understood.topicId === 'crisis') || understood.checkIn === true, text);
    }
  });

  it('asking for a person is still asking: "i want a human", "can i talk to a person"', async () => {
    for (const text of ['i want a human', 'can i talk to a person']) {
      const understood = await understanding.understand({ text, audience: 'public' });
      assert.equal(understood.kind === 'answer' && understood.topicId, 'human', text);
    }
  });
});
