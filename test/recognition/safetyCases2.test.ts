import assert from 'node:assert/strict';
import { checkSafety } from '../../src/recognition/safetyCheck';
import { readSafetyTable } from './safetyTable';

// A second table written blind (without reading the check), as people here would type.
const cases = readSafetyTable('safety-cases-2.jsonl');

describe('safety check, blind table 2', () => {
  it('has a table of at least 60 risk and 60 no-risk messages', () => {
    assert.ok(cases.filter((c) => c.crisis).length >= 60);
    assert.ok(cases.filter((c) => !c.crisis).length >= 60);
  });

  for (const c of cases) {
    it(`${c.crisis ? 'catches' : 'lets pass'}: ${c.text}`, () => {
      assert.equal(checkSafety(c.text).risk, c.crisis);
    });
  }
});
