import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { mayMatch, requiredWording } from '../../src/recognition/requiredWording';
import { RISK_PATTERNS } from '../../src/recognition/riskPatterns';
import { checkSafety } from '../../src/recognition/safetyCheck';
import { normalizeText } from '../../src/recognition/textNormalizer';

/** Every message text in the test fixtures (safety tables, eval sets), as written. */
function fixtureTexts(): string[] {
  const dirs = [path.join(__dirname, '../fixtures'), path.join(__dirname, '../fixtures/eval')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
      .flatMap((line) => {
        try {
          const text = (JSON.parse(line) as { text?: unknown }).text;
          return typeof text === 'string' ? [text] : [];
        } catch {
          return [];
        }
      }),
  );
}

describe("required wording (which patterns a message can match, without running them)", () => {
  it('reads literals, alternations and groups; optional pieces and lookarounds need nothing', () => {
    assert.deepEqual(requiredWording(/\bkill myself\b/), 'kill myself');
    assert.deepEqual(requiredWording(/\b(?:pills|tablets) now\b/), { all: [{ some: ['pills', 'tablets'] }, ' now'] });
    assert.deepEqual(requiredWording(/a(?:b|c)?d/), { all: ['a', 'd'] });
    assert.deepEqual(requiredWording(/(?<!not )hurt(?! feelings)/), 'hurt');
    assert.deepEqual(requiredWording(/ab+c/), { all: ['a', 'b', 'c'] });
    assert.deepEqual(requiredWording(/x|(?:[a-z]+ ){0,3}/), true);
  });

  it('counts anything it does not read as "may match": flags, backreferences, named groups, unknown escapes', () => {
    for (const pattern of [/kill/i, /(a)\1/, /(?<word>kill)/, /\u0041bc/, /a{,2}b/]) {
      assert.equal(requiredWording(pattern), true, String(pattern));
      assert.equal(mayMatch(pattern)('nothing like it'), true, String(pattern));
    }
  });

  it('never rules out a risk pattern that matches: every fixture text, normalised, lower-cased and as written', () => {
    const tests = RISK_PATTERNS.map((p) => mayMatch(p.pattern));
    const missed: string[] = [];
    for (const text of fixtureTexts().flatMap((t) => [normalizeText(t), t.toLowerCase(), t]))
      RISK_PATTERNS.forEach((p, i) => {
        if (p.pattern.test(text) && !tests[i]?.(text)) missed.push(`${i}: ${text}`);
      });
    assert.deepEqual(missed.slice(0, 10), []);
  });

  it('never rules out a risk pattern that matches, for messages made of the patterns\' own words', () => {
    const words = [...new Set(RISK_PATTERNS.flatMap((p) => p.pattern.source.replace(/\\[a-z]/gi, ' ').match(/[a-z]+/g) ?? []))];
    const tests = RISK_PATTERNS.map((p) => mayMatch(p.pattern));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (picked) => {
        const text = picked.join(' ');
        RISK_PATTERNS.forEach((p, i) => assert.ok(!p.pattern.test(text) || tests[i]?.(text), `pattern ${i} on "${text}"`));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves the safety check as it was: ordinary questions pass, risk wording still found', () => {
    assert.equal(checkSafety('when did the cyber attack happen').risk, false);
    assert.equal(checkSafety('i want to kill myself').risk, true);
    assert.equal(checkSafety('ive taken all my tablets').risk, true);
  });
});
