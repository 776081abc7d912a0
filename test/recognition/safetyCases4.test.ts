import assert from 'node:assert/strict';
import { checkSafety } from '../../src/recognition/safetyCheck';
import { readSafetyTable } from './safetyTable';

// A fourth table written blind (before reading the check): risk buried in long messages, farewells,
// means and places, third parties and danger from others; look-alikes from staff work talk, history in
// the notes, medication questions and idioms.
const cases = readSafetyTable('safety-cases-4.jsonl');

describe('safety check, blind table 4', () => {
  it('has a table of 70 risk and 70 no-risk messages', () => {
    assert.equal(cases.filter((c) => c.crisis).length, 70);
    assert.equal(cases.filter((c) => !c.crisis).length, 70);
  });

  for (const c of cases) {
    it(`${c.crisis ? 'catches' : 'lets pass'}: ${c.text}`, () => {
      assert.equal(checkSafety(c.text).risk, c.crisis);
    });
  }
});

// Probes written after reading the check, each round before that round's rules (fresh wording the
// table above had not tried). Kept as a regression table: each family added for them must keep working.
const probes = readSafetyTable('safety-probes-4.jsonl');

describe('safety check, probes after blind table 4', () => {
  for (const c of probes) {
    it(`${c.crisis ? 'catches' : 'lets pass'}: ${c.text}`, () => {
      assert.equal(checkSafety(c.text).risk, c.crisis);
    });
  }
});
