import assert from 'node:assert/strict';
import { featuresOf } from '../../src/recognition/featureSpace';
import { contentWords, isContentWord, TextAnalyzer } from '../../src/recognition/textAnalyzer';
import { normalizeText } from '../../src/recognition/textNormalizer';

describe('text analysis (normalise, correct spelling, stem, fold synonyms)', () => {
  const analyzer = new TextAnalyzer({
    vocabularyTexts: ['what is the helpline number', 'can you help me', 'i heard about the hack', 'compensation claim'],
    synonymGroups: [['attack', 'hack', 'breach']],
  });

  it('corrects a misspelt knowledge-base word', () => {
    assert.deepEqual(analyzer.analyze('helplne numbr'), analyzer.analyze('helpline number'));
    assert.deepEqual(analyzer.analyze('compensaiton'), analyzer.analyze('compensation'));
  });

  it('leaves a word alone when its stem is already known ("helping" is "help", not "helpline")', () => {
    assert.deepEqual(analyzer.analyze('helping'), analyzer.analyze('help'));
    assert.notDeepEqual(analyzer.analyze('helping'), analyzer.analyze('helpline'));
  });

  it('does not "correct" short real words it has never seen ("head" is not "heard")', () => {
    assert.deepEqual(analyzer.analyze('head'), ['head']);
  });

  it('folds synonyms to one term', () => {
    assert.deepEqual(analyzer.analyze('the breach'), analyzer.analyze('the hack'));
  });

  it('expands Scots and text-speak function words, so they are not read as unknown words', () => {
    assert.equal(normalizeText('Ah dae wi wis hiv noo whaur hoo gie sum1 ppl'), 'i do with was have now where how give someone people');
    assert.equal(normalizeText("whit am a meant tae dae, it's no fair"), 'whit am a meant to do it is no fair');
    assert.equal(normalizeText('shd i tell my bank, wld it help, cld u ask abt it hw'), 'should i tell my bank would it help could u ask about it how');
  });

  it('reads accented, curly-quoted and plain ASCII messages alike, with single spaces', () => {
    assert.equal(normalizeText('Café NAÏVE — ‘it’s’ `x`  A & E'), 'cafe naive it is x ae');
    assert.equal(normalizeText('cafe naive  it`s x a and e'), 'cafe naive it is x ae');
    assert.equal(normalizeText('call 0131  123 4567 or e-mail help@nhs.scot.  ok...'), 'call 01311234567 or e mail help@nhs.scot ok');
    assert.equal(normalizeText('tabs\tand\u00a0nbsp \n'), 'tabs and nbsp');
  });

  it('keeps function words for the classifier and drops them for the ranker', () => {
    const all = analyzer.analyzeAll('what should i do about the hack');
    assert.ok(all.includes('should') && all.includes('i'));
    assert.deepEqual(contentWords(all), analyzer.analyze('what should i do about the hack'));
    assert.ok(!contentWords(all).includes('should'));
  });

  it('lets function words into the ranker only as pairs ("should i", "how do")', () => {
    const features = featuresOf(['how', 'do', 'should', 'report'], isContentWord);
    assert.ok(features.has('b:how_do') && features.has('b:do_should') && features.has('b:should_report'));
    assert.ok(!features.has('w:do') && !features.has('w:should'));
    assert.ok(features.has('w:how') && features.has('w:report'));
  });
});
