import assert from 'node:assert/strict';
import { withoutPersonalData } from '../../src/privacy/redact';
import { givesDetailsToCheck, withoutIdentityDetails } from '../../src/recognition/identityDetails';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { wholePathUnderstanding } from '../support/wholePath';

const read = (text: string) => withoutIdentityDetails(withoutPersonalData(text));

describe('names and addresses given "so you can check"', () => {
  it('keeps that a name was given, not the name', () => {
    const out = read("hi my name is margaret o'neill dob 14/03/1952, was my data stolen");
    assert.doesNotMatch(out, /margaret|neill/i);
    assert.match(out, /my name is/);
    assert.match(out, /was my data stolen/);
  });
  it('reads a street address as "my address", and a name alone beside it as "my name"', () => {
    assert.equal(read('Jean Gibson, 4 Lockerbie Road, DG1. Were my records in the breach?'), 'my name, my address, Were my records in the breach?');
  });
  for (const text of [
    'can u check if my name is in it',
    'is my name on the list',
    'i live on the high street in dumfries, is my data in the leak',
    'can i park in the car park at dgri',
    'what is the helpline number',
    'Dear Sir, I am writing about the breach',
  ]) {
    it(`leaves "${text}" as it is`, () => assert.equal(read(text), text));
  }

  for (const text of ['chi 0507621234 - was i on the list?', 'ma name is Wullie Kerr fae Annan, was a in it', 'can u look her up, my mum, shes called betty rae born 1 may 1940', 'its Morag Haining, 14/02/1958, just check if im affected please'])
    it(`"${text}" gives details to be checked`, () => assert.equal(givesDetailsToCheck(text), true));
  for (const text of ['my name is john, can you check my gp appointment is still on', 'my appointment is on 12/03/2027, is it still on', 'was i in the leak', 'check if the helpline is open'])
    it(`"${text}" does not`, () => assert.equal(givesDetailsToCheck(text), false));

  describe('through the whole path', () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });
    // Written for this test; the bot answers that it cannot check and never needs such details.
    for (const text of [
      'hi my name is isobel mcmillan dob 02/06/1949 living in annan, was my data stolen',
      'Robert Hastie, 27 Galloway Street, DG2. Can you confirm if my records were leaked',
      "i'm called davie, 3 station road, can you check if i'm in the hack",
      // Few readable words once the details are gone: read as out of scope before.
      'chi 0507621234 - was i on the list?',
      'can u look her up, my mum, shes called betty rae born 1 may 1940',
      'ma name is Wullie Kerr fae Annan, was a in it',
    ]) {
      it(`"${text}" is answered with whether they are affected`, async () => {
        const decision = await understanding.understand({ text, audience: 'public' });
        assert.deepEqual(decision.kind === 'answer' && decision.topicId, 'am-i-affected');
      });
    }
    it("a patient's details typed on the public side stay out of scope (a staff enquiry)", async () => {
      const decision = await understanding.understand({ text: 'check if patient chi 0101501234 was in the leak, im their nurse', audience: 'public' });
      assert.notDeepEqual(decision.kind === 'answer' && decision.topicId, 'am-i-affected');
    });
  });
});
