import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe("the board's helpline asked for formally", () => {
  const topicOf = wholePathTopicOf();
  // Declined before: the formal wording read as out of scope, like another service's opening hours.
  it('"…the telephone number of the dedicated helpline and the hours it operates" gets the helpline', async () =>
    assert.equal(await topicOf('Would you be so kind as to let me have the telephone number of the dedicated helpline and the hours it operates?'), 'helpline'));
  it("another service's helpline is still out of scope", async () => assert.equal(await topicOf('what is the telephone number of the dementia helpline and its hours'), 'none'));
});

// Written for this test, not taken from any evaluation set.
describe("the helpline's own number in a message", () => {
  const topicOf = wholePathTopicOf();
  // Declined or answered as records before: digits are not the recogniser's words.
  it('asks about the helpline: "01387216777 - is this right?"', async () => assert.equal(await topicOf('01387216777 - is this right?'), 'helpline'));
  it('asks about the helpline: "been ringing 01387 216 777 since 9 with nobody picking up"', async () =>
    assert.equal(await topicOf('been ringing 01387 216 777 since 9 with nobody picking up'), 'helpline'));
  it('asks about the helpline however it is spaced: "rang 01387-216-777 twice today no joy"', async () =>
    assert.equal(await topicOf('rang 01387-216-777 twice today no joy'), 'helpline'));
  it('leaves the question around it to decide: a call claiming to be from that number is still a scam contact', async () =>
    assert.equal(await topicOf('someone phoned me from 01387 216 777 wanting my card number to verify me, is that really them'), 'scam-contact'));
});

// Written for this test, not taken from any evaluation set.
describe('a call to the helpline that went unanswered', () => {
  const topicOf = wholePathTopicOf();
  // Declined before: "opening hours" read as another service's.
  it('"been trying to phone since 8 this morning, no one picks up, when are you open" gets the helpline', async () =>
    assert.equal(await topicOf('been trying to phone since 8 this morning, no one picks up, when are you open'), 'helpline'));
  it('"rang last night and it just rang out, what times do you answer" gets the helpline', async () =>
    assert.equal(await topicOf('rang last night and it just rang out, what times do you answer'), 'helpline'));
  it('"tried ringing after my work and nobody answered, what are the hours" gets the helpline (work is when, not which line)', async () =>
    assert.equal(await topicOf('tried ringing after my work and nobody answered, what are the hours'), 'helpline'));
  it("a call to the GP that went unanswered is still out of scope", async () =>
    assert.equal(await topicOf('tried ringing my gp surgery all morning and nobody answered, what are their hours'), 'none'));
});

// Written for this test, not taken from any evaluation set.
describe('the helpline by the names people give it', () => {
  const topicOf = wholePathTopicOf();
  // Declined before: "hack line" and "incident line" are in knowledge/synonyms.yaml now.
  for (const text of ['is it ok to ring the hack line late at night', 'does the incident line take calls at the weekend'])
    it(`"${text}" gets the helpline`, async () => assert.equal(await topicOf(text), 'helpline'));
});

// Written for this test, not taken from any evaluation set.
describe('a person here asked for rather than the helpline', () => {
  const topicOf = wholePathTopicOf();
  // Got the helpline's number before: the line named only as what the person would rather not do.
  it('"i dont want to phone the helpline, can i talk to someone on here" gets a person', async () =>
    assert.equal(await topicOf('i dont want to phone the helpline, can i talk to someone on here'), 'human'));
  it('"instead of ringing the helpline can i message a person" gets a person', async () =>
    assert.equal(await topicOf('instead of ringing the helpline can i message a person'), 'human'));
  it('"whats the number to talk to someone on the helpline" still gets the helpline', async () => assert.equal(await topicOf('whats the number to talk to someone on the helpline'), 'helpline'));
});

// Written for this test, not taken from any evaluation set: "hrs" is hours (knowledge/synonyms.yaml).
describe('the helpline hours in text-speak', () => {
  const topicOf = wholePathTopicOf();
  it('"hrs for the phone line sat" gets the helpline', async () => assert.equal(await topicOf('hrs for the phone line sat'), 'helpline'));
});
