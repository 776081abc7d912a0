import assert from 'node:assert/strict';
import { TextAnalyzer } from '../../src/recognition/textAnalyzer';

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
});
