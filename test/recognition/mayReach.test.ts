import assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { EmbeddedRecognizer } from '../../src/recognition/embeddedRecognizer';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

// `mayReach` lets the clause readings skip a reading that could not count: it must never say no to a
// topic the full reading scores at or above the score asked about.
describe('embedded recogniser: whether a topic may reach a score', () => {
  let kb: KnowledgeBase;
  let recognizer: EmbeddedRecognizer;

  before(async () => {
    kb = await realKnowledgeBase();
    recognizer = new EmbeddedRecognizer(kb);
  });

  it('never says no where the reading reaches the score, over every question and its halves, both audiences', () => {
    const texts = kb.topics.flatMap((t) => t.questions).flatMap((q) => {
      const words = q.split(/\s+/);
      return [q, words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')];
    });
    let skipped = 0;
    for (const audience of ['public', 'staff'] as const) {
      for (const text of texts) {
        const ranked = recognizer.recognizeSync(text, audience).ranked;
        for (const topicId of ['human', 'helpline', 'what-happened', 'crisis']) {
          const score = ranked.find((s) => s.topicId === topicId)?.score ?? 0;
          for (const at of [0.42, score, score + 1e-6]) {
            const may = recognizer.mayReach(text, audience, topicId, at);
            if (score >= at) assert.ok(may, `${topicId} scores ${score} on "${text}" (${audience}) but was said not to reach ${at}`);
            else if (!may) skipped++;
          }
        }
      }
    }
    // And it does say no, or it would save nothing.
    assert.ok(skipped > texts.length, `said no only ${skipped} times`);
  });

  it('says yes to a topic it does not know, rather than guess', () => {
    assert.equal(recognizer.mayReach('anything at all', 'public', 'no-such-topic', 0.42), true);
  });
});
