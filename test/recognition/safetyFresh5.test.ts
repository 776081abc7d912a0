import assert from 'node:assert/strict';
import { buildUnderstanding } from '../../src/buildUnderstanding';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { realKnowledgeBase } from '../support/realKnowledgeBase';
import { readSafetyTable } from './safetyTable';

// A fifth table written blind and first measured unchanged through the whole understanding path: the
// wording check caught 26 of its 40 risk messages, the recogniser 1 and the check-in 1 more; 12 got
// neither. The rules added for those 12 are general (time-set farewells, a note left, means set up,
// places said as plans, a partner's threats), but they were fitted to this table: it is a regression test now.
const cases = readSafetyTable('safety-fresh-5.jsonl');

describe('safety, fresh blind probe 5 (the whole understanding path)', () => {
  let understanding: MessageUnderstanding;
  before(async () => {
    understanding = buildUnderstanding(await realKnowledgeBase(), { MaxMessageChars: 2000 });
  });

  for (const c of cases) {
    it(`${c.crisis ? 'answers with crisis' : 'does not answer with crisis'}: ${c.text}`, async () => {
      const decision = await understanding.understand({ text: c.text, audience: 'public' });
      assert.equal(decision.kind === 'answer' && decision.topicId === 'crisis', c.crisis, JSON.stringify(decision));
    });
  }
});
