import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { namesAnotherIncident } from '../../src/recognition/anotherIncident';
import { DEFAULT_THRESHOLDS } from '../../src/recognition/decide';
import { EmbeddedRecognizer } from '../../src/recognition/embeddedRecognizer';

// Words as the analyser gives them: stems after synonym folding ("breach", "hack" → attack; "leak" → publish).
const topicWords = new Set(['nhs', 'dumfri', 'galloway', 'infirmari', 'dgri', 'affect', 'data', 'gp']);
const isTopicWord = (w: string) => topicWords.has(w);
const isLocalName = (w: string) => w === 'stranraer';

describe("naming someone else's incident", () => {
  for (const words of [
    ['am', 'i', 'affect', 'by', 'the', 'yahoo', 'attack'],
    ['when', 'was', 'the', 'equifax', 'data', 'attack'],
    ['the', 'sainsburi', 'publish'],
    ['debt', 'helplin', 'number'],
  ]) {
    it(`"${words.join(' ')}" names another incident or service`, () => assert.equal(namesAnotherIncident(words, isTopicWord, isLocalName), true));
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
    it(`"${words.join(' ')}" does not`, () => assert.equal(namesAnotherIncident(words, isTopicWord, isLocalName), false));
  }
});

describe('local place names (knowledge/local-names.yaml) in front of an incident noun', () => {
  it('read as this incident, not as another organisation', async () => {
    const loaded = await loadKnowledgeBase('knowledge');
    assert.ok(loaded.ok);
    const withPlaces = new EmbeddedRecognizer(loaded.knowledgeBase);
    const withoutPlaces = new EmbeddedRecognizer({ ...loaded.knowledgeBase, localNames: [] });
    for (const text of ['is my data in the portpatrick hack', 'am i affected by the lochmaben breach']) {
      assert.ok(withPlaces.recognizeSync(text, 'public').outOfScope < DEFAULT_THRESHOLDS.outOfScope, `${text}: in scope with the list`);
      assert.ok(withoutPlaces.recognizeSync(text, 'public').outOfScope >= DEFAULT_THRESHOLDS.outOfScope, `${text}: another incident without it`);
    }
    assert.ok(withPlaces.recognizeSync('am i affected by the ticketmaster hack', 'public').outOfScope >= DEFAULT_THRESHOLDS.outOfScope, 'other names still are');
  });
});
