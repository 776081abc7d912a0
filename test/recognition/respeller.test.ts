import assert from 'node:assert/strict';
import { findEnglishLookAlikes } from '../../src/recognition/englishLookAlikes';
import englishLookAlikes from '../../src/recognition/englishLookAlikes.json';
import { knowledgeBaseRespeller, riskVocabulary } from '../../src/recognition/respeller';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

const englishWords = require('an-array-of-english-words') as string[];

describe("the safety check's respelling", () => {
  it('puts slips right into risk wording ("kill myslef", "no reasom to live")', async () => {
    const respeller = knowledgeBaseRespeller(await realKnowledgeBase());
    assert.equal(respeller.respell('i want to kill myslef'), 'i want to kill myself');
    assert.equal(respeller.respell('there is no reasom to live'), 'there is no reason to live');
  });

  it('never turns a rightly spelt English word into a risk word (275,000 words: "bills", "willing", "overdoes" stay)', async () => {
    const respeller = knowledgeBaseRespeller(await realKnowledgeBase());
    const risk = new Set(riskVocabulary());
    const turned = englishWords.filter((w) => /^[a-z]{5,}$/.test(w)).map((w) => [w, respeller.respell(w)] as const).filter(([w, r]) => r !== w && risk.has(r));
    assert.deepEqual(turned.slice(0, 20), []);
  });

  it('keeps its list of English look-alikes in step with the risk wording (run npm run lookalikes after changing it)', () => {
    assert.deepEqual(englishLookAlikes, findEnglishLookAlikes(englishWords, riskVocabulary()));
  });
});
