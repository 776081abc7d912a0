import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { namesAnotherIncident, pointsAtThisIncident } from '../../src/recognition/anotherIncident';
import { decide, DEFAULT_THRESHOLDS } from '../../src/recognition/decide';
import { EmbeddedRecognizer } from '../../src/recognition/embeddedRecognizer';
import { DEFAULT_EMBEDDED_OPTIONS } from '../../src/recognition/embeddedRecognizerOptions';

// Words as the analyser gives them: stems after synonym folding ("breach", "hack" → attack; "leak" → publish).
const topicWords = new Set(['nhs', 'dumfri', 'galloway', 'infirmari', 'dgri', 'affect', 'data', 'gp', 'their', 'note', 'doctor']);
const isTopicWord = (w: string) => topicWords.has(w);
const isLocalName = (w: string) => w === 'stranraer';

describe("naming someone else's incident", () => {
  for (const words of [
    ['am', 'i', 'affect', 'by', 'the', 'yahoo', 'attack'],
    ['when', 'was', 'the', 'equifax', 'data', 'attack'],
    ['the', 'sainsburi', 'publish'],
    ['debt', 'helplin', 'number'],
    ['the', 'attack', 'at', 'ticketmast', 'am', 'i', 'affect'],
    ['was', 'i', 'in', 'the', 'attack', 'at', 'boot'],
    ['the', 'legal', 'aid', 'attack', 'in', 'england'],
    // Names the analyser splits: "M&S", "P&O", "co-op".
    ['my', 'data', 'were', 'taken', 'in', 'the', 'm', 'and', 's', 'attack'],
    ['the', 'p', 'and', 'o', 'attack'],
    ['co', 'op', 'data', 'attack', 'am', 'i', 'affect'],
    // Someone's own account or another system, hacked.
    ['my', 'daughter', 'snapchat', 'was', 'attack', 'and', 'someon', 'is', 'publish', 'from', 'it'],
    ['my', 'son', 'nurseri', 'app', 'got', 'attack'],
    ['my', 'netflix', 'account', 'ha', 'been', 'attack'],
    // A breach the message gives to someone else: "my bank had a data breach", "their breach", "at their end".
    ['my', 'bank', 'had', 'a', 'data', 'attack', 'last', 'year'],
    ['capita', 'also', 'had', 'a', 'attack'],
    ['the', 'council', 'say', 'my', 'data', 'were', 'in', 'their', 'data', 'attack'],
    ['can', 'i', 'claim', 'compensat', 'from', 'talktalk', 'for', 'ther', 'old', 'data', 'attack'],
    ['my', 'bank', 'say', 'there', 'was', 'a', 'data', 'attack', 'at', 'their', 'end'],
    ['i', 'got', 'an', 'email', 'from', 'ee', 'say', 'my', 'account', 'was', 'in', 'a', 'data', 'attack'],
    // The one telling, then "there's been a breach".
    ['the', 'council', 'told', 'me', 'ther', 'is', 'been', 'a', 'attack', 'what', 'do', 'i', 'do'],
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
    ['the', 'attack', 'at', 'the', 'infirmari'],
    ['the', 'attack', 'at', 'dgri'],
    ['the', 'attack', 'in', 'stranraer'],
    ['the', 'attack', 'in', '2024'],
    ['the', 'nhs', 'was', 'attack'],
    ['dgri', 'got', 'attack'],
    ['stranraer', 'got', 'attack'],
    ['my', 'record', 'were', 'attack'],
    ['the', 'a', 'and', 'attack'],
    // An account hacked after the leak may be ours: the message points at this incident.
    ['my', 'email', 'got', 'attack', 'after', 'the', 'publish'],
    // The board, its places and people, or someone's relative, owning the breach; or a pointer at this one.
    ['the', 'nhs', 'here', 'had', 'a', 'data', 'attack'],
    ['the', 'hospital', 'say', 'my', 'data', 'were', 'in', 'their', 'attack'],
    ['my', 'mum', 'had', 'a', 'attack', 'of', 'her', 'data'],
    ['my', 'doctor', 'say', 'my', 'note', 'were', 'in', 'their', 'attack'],
    ['my', 'bank', 'had', 'a', 'data', 'attack', 'after', 'the', 'nhs', 'attack'],
    ['a', 'text', 'from', 'dgri', 'say', 'my', 'data', 'was', 'in', 'a', 'attack'],
  ]) {
    it(`"${words.join(' ')}" does not`, () => assert.equal(namesAnotherIncident(words, isTopicWord, isLocalName), false));
  }
});

describe('platforms the questions name as places', () => {
  // "can i share it on facebook" makes facebook a word of the knowledge base; its hack is still another incident.
  const withPlatforms = (w: string) => isTopicWord(w) || w === 'facebook' || w === 'whatsapp';
  it('"the facebook hack" names another incident', () => assert.equal(namesAnotherIncident(['am', 'i', 'affect', 'by', 'the', 'facebook', 'attack'], withPlatforms), true));
  it('"the leak in my whatsapp groups" does not: that is where it is shared', () => assert.equal(namesAnotherIncident(['can', 'i', 'share', 'the', 'publish', 'in', 'my', 'whatsapp', 'group'], withPlatforms), false));
  // "post" and "posted" fold into "publish": a facebook post is where this leak is shared, not another incident.
  it('"a facebook post about the hack" does not', () => assert.equal(namesAnotherIncident(['i', 'saw', 'a', 'facebook', 'publish', 'about', 'the', 'attack'], withPlatforms), false));
  it('"a tiktok upload of the leaked files" does not, though no question names tiktok', () =>
    assert.equal(namesAnotherIncident(['there', 'a', 'tiktok', 'publish', 'of', 'the', 'publish', 'file'], (w) => isTopicWord(w) || w === 'publish' || w === 'file'), false));
  it('"was my password in the linkedin leak" still names another incident', () => assert.equal(namesAnotherIncident(['was', 'my', 'password', 'in', 'the', 'linkedin', 'publish'], isTopicWord), true));
});

describe('pointing at this incident', () => {
  for (const words of [
    ['am', 'i', 'in', 'the', 'attack'],
    ['this', 'publish', 'is', 'a', 'disgrac'],
    ['what', 'the', 'scor', 'with', 'the', 'cyber', 'thing'],
    ['the', 'recent', 'cyber', 'attack'],
    ['the', 'data', 'attack'],
    // The board's own places and records, hacked.
    ['dgri', 'got', 'attack'],
    ['the', 'infirmari', 'was', 'attack'],
    ['ha', 'the', 'gp', 'surgeri', 'been', 'attack'],
    ['my', 'record', 'were', 'attack'],
    ['stranraer', 'got', 'attack'],
    ['wa', 'my', 'data', 'in', 'the', 'stranraer', 'hospital', 'attack'],
  ]) {
    it(`"${words.join(' ')}" points at it`, () => assert.equal(pointsAtThisIncident(words, isLocalName), true));
  }
  for (const words of [
    ['my', 'email', 'got', 'attack'],
    ['the', 'folk', 'that', 'attack', 'the', 'ferri', 'compani'],
    ['attack', 'am', 'i', 'affect'],
    ['a', 'cyber', 'attack', 'at', 'my', 'work'],
    ['my', 'snapchat', 'was', 'attack'],
    ['i', 'got', 'attack'],
  ]) {
    it(`"${words.join(' ')}" does not`, () => assert.equal(pointsAtThisIncident(words, isLocalName), false));
  }

  it('keeps a message about "the hack" in scope however the rest reads, and not one about another firm\'s', async () => {
    const loaded = await loadKnowledgeBase('knowledge');
    assert.ok(loaded.ok);
    const recognizer = new EmbeddedRecognizer(loaded.knowledgeBase);
    const withoutRule = new EmbeddedRecognizer(loaded.knowledgeBase, { thisIncidentOutOfScope: 1 });
    // Whether the rule decides a given message moves as the knowledge base grows; the cap itself does not.
    for (const text of ['is the breach why my appointment letter never came', 'can i forward the leak to my family whatsapp chat']) {
      assert.ok(withoutRule.recognizeSync(text, 'public').outOfScope >= DEFAULT_THRESHOLDS.outOfScope, `${text}: out of scope without the rule`);
      assert.ok(recognizer.recognizeSync(text, 'public').outOfScope < DEFAULT_THRESHOLDS.outOfScope, `${text}: in scope with it`);
    }
    // A message the rule alone brings into scope, well clear of the answer floor (0.25) either way.
    assert.deepEqual(decide(withoutRule.recognizeSync('is the hack why my appointment letter is late', 'public')).kind, 'none');
    const answered = decide(recognizer.recognizeSync('is the hack why my appointment letter is late', 'public'));
    assert.equal(answered.kind === 'answer' && answered.topicId, 'care-impact');
    for (const other of ['the hack at ticketmaster, am i affected', 'was i in the breach at boots', 'co-op data breach am i affected', 'were my details taken in the M&S cyber attack', 'my daughters snapchat was hacked, what do i do', 'my bank had a data breach last year should i be worried', 'can i claim compensation from talktalk for their old data breach', 'my bank says there was a data breach at their end, what should i do', 'the council told me theres been a breach, what do i do'])
      assert.equal(decide(recognizer.recognizeSync(other, 'public')).kind, 'none', other);
  });
});

describe('local place names (knowledge/local-names.yaml) in front of an incident noun', () => {
  it('read as this incident, not as another organisation', async () => {
    const loaded = await loadKnowledgeBase('knowledge');
    assert.ok(loaded.ok);
    const withPlaces = new EmbeddedRecognizer(loaded.knowledgeBase);
    const withoutPlaces = new EmbeddedRecognizer({ ...loaded.knowledgeBase, localNames: [] });
    // With the list the message points at this incident, whose out-of-scope score is capped whatever the classifier says.
    for (const text of ['is my data in the portpatrick hack', 'am i affected by the lochmaben breach', 'was my data in the stranraer hospital hack']) {
      assert.ok(withPlaces.recognizeSync(text, 'public').outOfScope <= DEFAULT_EMBEDDED_OPTIONS.thisIncidentOutOfScope, `${text}: in scope with the list`);
      assert.ok(withoutPlaces.recognizeSync(text, 'public').outOfScope >= DEFAULT_THRESHOLDS.outOfScope, `${text}: another incident without it`);
    }
    assert.ok(withPlaces.recognizeSync('am i affected by the ticketmaster hack', 'public').outOfScope >= DEFAULT_THRESHOLDS.outOfScope, 'other names still are');
  });
});
