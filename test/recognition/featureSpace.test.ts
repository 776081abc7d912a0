import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FeatureSpace, featuresOf, ownFeaturesOf, type WordFeatures } from '../../src/recognition/featureSpace';

const isContent = (w: string) => !['the', 'i', 'do', 'should'].includes(w);
const contentFeatures: WordFeatures = (w) => ownFeaturesOf(w, isContent);
const VOCABULARY = ['the', 'i', 'do', 'should', 'helpline', 'number', 'breach', 'breached', 'data', 'hack', 'report', 'unknownword', 'zz'];

function space(weights = { unigram: 1, bigram: 0.6, charGram: 0.25 }): FeatureSpace {
  const training = [
    ['what', 'is', 'the', 'helpline', 'number'],
    ['i', 'should', 'report', 'the', 'breach'],
    ['data', 'breach', 'hack', 'data'],
    ['do', 'the', 'helpline', 'report'],
  ];
  return new FeatureSpace(training.map((words) => featuresOf(words, isContent)), weights);
}

describe('feature space: vectors of a message', () => {
  it('builds the same vector from cached word ids as from feature names, to the bit', () => {
    const s = space();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 30 }), (words) => {
        assert.deepEqual(s.vectorizeWords(words, contentFeatures, true), s.vectorize(featuresOf(words, isContent)));
      }),
    );
  });

  it('leaves out a group weighted zero, as the name-based vector does', () => {
    const s = space({ unigram: 1, bigram: 0, charGram: 0.5 });
    const words = ['helpline', 'number', 'the', 'helpline', 'breach'];
    const vector = s.vectorizeWords(words, contentFeatures, true);
    assert.deepEqual(vector, s.vectorize(featuresOf(words, isContent)));
    assert.ok(vector.ids.length > 0);
  });

  it('stays right past its word cache and when read with other word features', () => {
    const s = space();
    const many = Array.from({ length: 5000 }, (_, i) => `word${i}`);
    assert.equal(s.vectorizeWords(many, contentFeatures, true).ids.length, 0);
    // Known words and pairs on both sides of the cache starting afresh, within one message.
    const mixed = many.flatMap((w, i) => (i % 700 === 0 ? ['the', 'helpline', 'number', w] : [w]));
    assert.deepEqual(s.vectorizeWords(mixed, contentFeatures, true), s.vectorize(featuresOf(mixed, isContent)));
    const words = ['helpline', 'breach', 'data', 'data'];
    assert.deepEqual(s.vectorizeWords(words, contentFeatures, true), s.vectorize(featuresOf(words, isContent)));
    const unigramsOnly: WordFeatures = (w) => [`w:${w}`];
    const expected = s.vectorize(new Map([['w:helpline', 1], ['w:breach', 1], ['w:data', 2]]));
    assert.deepEqual(s.vectorizeWords(words, unigramsOnly, false), expected);
  });
});
