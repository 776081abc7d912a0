import assert from 'node:assert/strict';
import { checkSafety } from '../../src/recognition/safetyCheck';
import { readSafetyTable } from './safetyTable';

// Ordinary messages written blind (without reading the check): worry, anger, Scots, typos and
// risky-sounding everyday words. None is risk to life, so none may get the crisis answer.
const cases = readSafetyTable('safety-ordinary-3.jsonl');

describe('safety check, ordinary messages table 3', () => {
  it('has at least 200 messages, all labelled not-risk', () => {
    assert.ok(cases.length >= 200);
    assert.ok(cases.every((c) => !c.crisis));
  });

  for (const c of cases) {
    it(`lets pass: ${c.text}`, () => {
      assert.equal(checkSafety(c.text).risk, c.crisis);
    });
  }
});
