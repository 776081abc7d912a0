import assert from 'node:assert/strict';
import { namesAnotherIncident } from '../../src/recognition/anotherIncident';

// Words as the analyser gives them: stems after synonym folding ("breach", "hack" → attack; "leak" → publish).
const topicWords = new Set(['nhs', 'dumfri', 'galloway', 'infirmari', 'dgri', 'affect', 'data', 'gp']);
const isTopicWord = (w: string) => topicWords.has(w);

describe("naming someone else's incident", () => {
  for (const words of [
    ['am', 'i', 'affect', 'by', 'the', 'yahoo', 'attack'],
    ['when', 'was', 'the', 'equifax', 'data', 'attack'],
    ['the', 'sainsburi', 'publish'],
    ['debt', 'helplin', 'number'],
  ]) {
    it(`"${words.join(' ')}" names another incident or service`, () => assert.equal(namesAnotherIncident(words, isTopicWord), true));
  }
  for (const words of [
    ['the', 'attack', 'am', 'i', 'affect'],
    ['the', 'nhs', 'attack'],
    ['the', 'dgri', 'data', 'attack'],
    ['the', 'recent', 'attack'],
    ['this', 'nasti', 'attack'],
    ['the', 'stranraer', 'attack'],
    ['the', 'hospital', 'attack'],
    ['the', '2024', 'attack'],
    ['attack', 'am', 'i', 'affect'],
    ['they', 'will', 'publish', 'my', 'note'],
  ]) {
    it(`"${words.join(' ')}" does not`, () => assert.equal(namesAnotherIncident(words, isTopicWord), false));
  }
});
