import assert from 'node:assert/strict';
import { ElsewhereReading } from '../../src/recognition/elsewhere';
import { wholePathTopicOf } from '../support/wholePath';

describe('another board or hospital named (knowledge/local-names.yaml, elsewhere)', () => {
  const reading = new ElsewhereReading(['NHS Lanarkshire', 'Crosshouse', "St John's Hospital"], ['Dumfries', 'Stranraer']);
  for (const text of ['was NHS  lanarkshire hacked as well', 'is crosshouse affected', 'st johns hospital data breach'])
    it(`"${text}" names only somewhere else`, () => assert.equal(reading.namesOnlyElsewhere(text), true));
  for (const text of ['i was in crosshouse and in stranraer, am i affected', 'i moved to lanarkshire but was a patient here', 'crosshousekeeping', 'is my data in the leak'])
    it(`"${text}" does not`, () => assert.equal(reading.namesOnlyElsewhere(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Written for this test. How care here was affected, or whether the writer is, before.
    for (const text of ['is crosshouse hospital affected by the cyber attack', 'is victoria hospital kirkcaldy affected by the breach', 'my dad was in hairmyres, is his data out there'])
      it(`"${text}" is declined`, async () => assert.equal(await topicOf(text), 'none'));
    // dev42 family: what happened here, before.
    it('"was the orkney health board hacked as well" is declined', async () => assert.equal(await topicOf('was the orkney health board hacked as well'), 'none'));
    it('a patient here who moved away is still asking whether they are affected', async () =>
      assert.equal(await topicOf('i moved to glasgow in 2019 but was a patient in dumfries before that, could my data be in it'), 'am-i-affected'));
    it('a patient here whose son studies in London is still asking whether he is affected', async () =>
      assert.equal(await topicOf('my son is at university in london, is his data in the leak'), 'am-i-affected'));
    // What was published here before: the hackers heard, the company not.
    it('"what did the hackers actually get from marks and spencer" is declined', async () =>
      assert.equal(await topicOf('what did the hackers actually get from marks and spencer'), 'none'));
    it('a scammer claiming to be from another hospital is still a scammer', async () =>
      assert.equal(await topicOf('got a text saying its from ninewells and they have my records, they want £50'), 'scam-contact'));
  });
});
