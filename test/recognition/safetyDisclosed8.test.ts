import assert from 'node:assert/strict';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { wholePathUnderstanding } from '../support/wholePath';
import { readSafetyTable } from './safetyTable';

// An eighth table, written after a blind dev set found two safety errors on the whole path: self-harm told in
// the past or as ongoing without the words "self harm" ("ive cut my arms again since finding out" got no
// answer), and a relative's self-harm long ago, asked about as a record ("my sister self harmed as a teenager
// and was with camhs, is that in the data", given the crisis answer). Beside them, the everyday cuts and burns,
// relatives at risk now, counts of "them" taken, and "not long now" said as goodbye. Measured first through the
// whole path, unchanged; the rules added for its failures were fitted to it, so it is a regression test now.
const cases = readSafetyTable('safety-disclosed-8.jsonl');

describe('safety, table 8: self-harm told as done, and others\' history (the whole understanding path)', () => {
  let understanding: MessageUnderstanding;
  before(async () => {
    understanding = await wholePathUnderstanding();
  });

  for (const c of cases) {
    it(`${c.crisis ? 'answers with crisis' : 'does not answer with crisis'}: ${c.text}`, async () => {
      const decision = await understanding.understand({ text: c.text, audience: 'public' });
      assert.equal(decision.kind === 'answer' && decision.topicId === 'crisis', c.crisis, JSON.stringify(decision));
    });
  }

  it("a relative's self-harm long ago, asked about as a record, gets the answer about records, not only no crisis", async () => {
    const decision = await understanding.understand({ text: 'my sister self harmed as a teenager and was with camhs, is that in the data', audience: 'public' });
    assert.ok(decision.kind === 'answer' && ['children-camhs', 'am-i-affected'].includes(decision.topicId), JSON.stringify(decision));
  });
});
