import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PatternPrefilter, requiredText } from '../../src/recognition/requiredText';
import { RISK_PATTERNS } from '../../src/recognition/riskPatterns';

/**
 * Small patterns in the syntax the risk patterns use, over a three-letter alphabet so they often match.
 * Groups nest two deep at most, as in the risk patterns: deeper, a seed now and then drew a pattern
 * whose backtracking took V8 seconds on a six-character text (one took 6.7 s), and the test timed out.
 */
const patternSource: fc.Arbitrary<string> = fc.letrec<{ alt: string; seq: string; atom: string }>((tie) => ({
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((options) => options.join('|')),
  seq: fc.array(tie('atom'), { minLength: 0, maxLength: 4 }).map((atoms) => atoms.join('')),
  atom: fc.oneof(
    { depthSize: 'small', withCrossShrink: true, maxDepth: 2 },
    fc.constantFrom('a', 'b', ' ', '\\b', '^', '$', '.', '[ab]', '[^a]', '\\d', '\\.', 'ab', 'ba '),
    fc.tuple(tie('alt'), fc.constantFrom('', '?', '*', '+', '{2}', '{0,2}', '{1,3}', '??')).map(([inner, q]) => `(?:${inner})${q}`),
    fc.tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!', '('), tie('alt')).map(([open, inner]) => `${open}${inner})`),
  ),
})).alt;

describe('the text a pattern requires (the safety check skips patterns a message cannot match)', () => {
  it('reads the strings every match holds', () => {
    assert.deepEqual(requiredText(/\bgoing to (?:end|stop) it\b/), ['going to end it', 'going to stop it']);
    assert.deepEqual(requiredText(/\b(?:ex|ex partner|stalker)\b(?! says)/), ['ex', 'stalker']);
    // The pills are fewer strings to look for than "over ", "overdose ", "overdosed ".
    assert.deepEqual(requiredText(/\bover(?:dose|dosed)? [a-z]+ (?:pills|tablets)\b/), [' pills', ' tablets']);
  });

  it('requires nothing where it cannot tell: flags, optional words alone, back-references, code escapes', () => {
    for (const pattern of [/suicide/i, /(?:kill)?/, /(a)\1/, /\x41bc/, /[a-z]+/, /a|[bc]/]) assert.equal(requiredText(pattern), undefined, String(pattern));
  });

  it('never rules out a text a pattern matches (random patterns and texts)', () => {
    fc.assert(
      fc.property(patternSource, fc.array(fc.stringMatching(/^[ab .1]{0,6}$/), { minLength: 1, maxLength: 20 }), (source, texts) => {
        const pattern = new RegExp(source);
        const prefilter = new PatternPrefilter([pattern]);
        for (const text of texts) if (pattern.test(text)) assert.equal(prefilter.mayMatch(text)[0], 1, `${source} on ${JSON.stringify(text)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('never rules out a risk pattern for a text it matches (texts made of the patterns own words)', () => {
    const words = [...new Set(RISK_PATTERNS.flatMap((p) => p.pattern.source.match(/[a-z]+(?: [a-z]+)?/g) ?? []))];
    const prefilter = new PatternPrefilter(RISK_PATTERNS.map((p) => p.pattern));
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const may = prefilter.mayMatch(text);
        RISK_PATTERNS.forEach((p, i) => {
          if (!p.pattern.test(text)) return;
          matched++;
          assert.equal(may[i], 1, `${p.reason} pattern ${i} on ${JSON.stringify(text)}`);
        });
      }),
      { numRuns: 3000 },
    );
    assert.ok(matched > 100, `only ${matched} matches: the texts test too little`);
  });

  it('leaves most risk patterns out for an ordinary message', () => {
    const prefilter = new PatternPrefilter(RISK_PATTERNS.map((p) => p.pattern));
    const may = prefilter.mayMatch('is my data in the leak and what should i do about it');
    assert.ok(may.reduce((n, m) => n + m, 0) < RISK_PATTERNS.length / 4);
  });
});
