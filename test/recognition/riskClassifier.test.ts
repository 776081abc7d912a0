import assert from 'node:assert/strict';
import path from 'node:path';
import riskExamples from '../../src/recognition/riskExamples.json';
import { RiskClassifier } from '../../src/recognition/riskClassifier';
import { checkSafety } from '../../src/recognition/safetyCheck';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { riskExamplesFrom } from '../../scripts/riskExamples';
import { wholePathUnderstanding } from '../support/wholePath';

describe('the risk classifier (a trained second opinion under the wording check)', () => {
  it('learns from examples, the same way every time', () => {
    const examples = [
      { text: 'i want to end it all tonight', risk: true },
      { text: 'ive taken all my tablets', risk: true },
      { text: 'he has a knife and hes at the door', risk: true },
      { text: 'what is the helpline number', risk: false },
      { text: 'was my data in the leak', risk: false },
      { text: 'who did the hack', risk: false },
    ];
    const a = new RiskClassifier(examples);
    const b = new RiskClassifier(examples);
    assert.equal(a.probability('i want to end it'), b.probability('i want to end it'));
    assert.ok(a.probability('i want to end it, ive taken the tablets') > 0.5);
    assert.ok(a.probability('what is the number for the leak helpline') < 0.5);
  });

  it('learns from the safety tables and the training dev sets as they are now (run `npm run risk:examples` after editing them)', () => {
    assert.deepEqual(riskExamplesFrom(path.join(__dirname, '../fixtures')), riskExamples);
  });

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });

    // Written for this test, in families a fresh blind set (dev34) found the wording misses, and in no table.
    const risks = [
      'my sister has stopped eating and drinking and keeps fainting, she says she wants to disappear',
      'the lads from the estate are outside shouting my name and banging on the windows since the leak',
      'my neighbours kid is always covered in bruises and tonight hes been screaming again',
      'ive been up for five nights and i feel invincible, might drive really fast tonight',
    ];
    it('asks whether the person is safe after risk the wording check does not know', async () => {
      for (const text of risks) {
        assert.equal(checkSafety(text).risk, false, `the wording check now knows "${text}": write a fresher one`);
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.ok((decision.kind === 'answer' && decision.topicId === 'crisis') || decision.checkIn === true, text);
      }
    });

    it('does not ask after ordinary questions', async () => {
      for (const text of ['when does the helpline open on saturday', 'can i ask for my records to be deleted', 'my husband is a paramedic, is staff data in the leak', 'my mum died last year, are her records in the leak', 'thanks bye']) {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.notEqual(decision.checkIn, true, text);
      }
    });
  });
});
