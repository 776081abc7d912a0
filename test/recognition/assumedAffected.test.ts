import assert from 'node:assert/strict';
import { wholePathTopicOf } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('taking it as so that one is affected, then asking what next', () => {
  const topicOf = wholePathTopicOf();
  // Without the reading these got whether one is affected again, a choice of the two, or nothing.
  it('"ok if im in the leak what now" gets what to do', async () => assert.equal(await topicOf('ok if im in the leak what now'), 'what-to-do'));
  it('"lets say im in it, what next" gets what to do', async () => assert.equal(await topicOf('lets say im in it, what next'), 'what-to-do'));
  it('"right so my details are probably out there. what now" gets what to do', async () => assert.equal(await topicOf('right so my details are probably out there. what now'), 'what-to-do'));
  it('"ok so my records are likely out there then. what now" gets what to do', async () => assert.equal(await topicOf('ok so my records are likely out there then. what now'), 'what-to-do'));
  it('"right so assuming my data is out there, wot now" gets what to do', async () => assert.equal(await topicOf('right so assuming my data is out there, wot now'), 'what-to-do'));
  it('"right so assume im in it, then what" gets what to do', async () => assert.equal(await topicOf('right so assume im in it, then what'), 'what-to-do'));
  // A choice of data rights and what was published before: "now what" the other way round.
  it('"ok so its been published. now what" gets what to do', async () => assert.equal(await topicOf('ok so its been published. now what'), 'what-to-do'));
  it('the leaflet\'s "assume" doubted still asks whether one is affected', async () =>
    assert.equal(await topicOf('the leaflet says assume my data is out there, does that mean it definitely is'), 'am-i-affected'));
  it('"what can i do if im not happy with how my data was handled" still gets data rights', async () =>
    assert.equal(await topicOf('what can i do if im not happy with how my data was handled'), 'data-rights'));
});

describe('asking whether one will be told, which asks whether one is affected', () => {
  const topicOf = wholePathTopicOf();
  // What was published, or what to do about a scammer's contact, before.
  for (const text of ['staff member here - will hr contact us if our info was leaked', 'will someone contact me if my records were published', 'will hr tell staff if their details got out'])
    it(`"${text}" gets whether one is affected`, async () => assert.equal(await topicOf(text), 'am-i-affected'));
  // dev37 family: what was published before (the passive, "one by one", and a board worker asking on the website).
  for (const text of ['porter here, do staff get contacted individually if their details were taken', 'im a nurse, will they tell us one by one if our records were in it'])
    it(`"${text}" gets whether one is affected`, async () => assert.equal(await topicOf(text), 'am-i-affected'));
  it('in Teams the staff answer (how staff will hear) keeps the lead', async () => assert.equal(await topicOf('will hr contact us if our info was leaked', 'staff'), 'staff-data'));
  it('a contact that happened is still a scammer\'s', async () => assert.equal(await topicOf('someone contacted me saying my records were published and wants money'), 'scam-contact'));
});
