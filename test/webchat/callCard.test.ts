import assert from 'node:assert/strict';
import { findTopic } from '../../src/knowledge/knowledgeBase';
import { ReplyBuilder } from '../../src/rendering/replyBuilder';
import { realKnowledgeBase } from '../support/realKnowledgeBase';

interface HeroButton {
  readonly type: string;
  readonly title: string;
  readonly value: string;
}

/** The numbers each answer must offer to call (the answers may name more). */
const cases: [topicId: string, buttons: [title: string, value: string][]][] = [
  ['helpline', [['Call the helpline on 01387 216 777', 'tel:+441387216777']]],
  ['crisis', [['Call 999', 'tel:999'], ['Call Samaritans on 116 123', 'tel:116123']]],
  ['emotional-support', [['Call Samaritans on 116 123', 'tel:116123'], ['Call Breathing Space on 0800 83 85 87', 'tel:+44800838587']]],
  ['scam-contact', [['Call Police Scotland on 101', 'tel:101']]],
];

describe('tap-to-call cards on helpline and urgent-help answers', () => {
  for (const [topicId, expected] of cases) {
    it(`${topicId}: the text as before, plus a card with a call button per number`, async () => {
      const knowledgeBase = await realKnowledgeBase();
      const topic = findTopic(knowledgeBase, topicId);
      assert.ok(topic);
      const reply = new ReplyBuilder(knowledgeBase).answer(topic, 'public');
      assert.ok(reply.text?.includes('](tel:'), 'numbers in the text stay links');
      const card = reply.attachments?.[0];
      assert.equal(card?.contentType, 'application/vnd.microsoft.card.hero');
      const buttons = (card.content as { buttons: HeroButton[] }).buttons;
      const offered = buttons.map((b) => `${b.title} → ${b.value}`);
      for (const [title, value] of expected) assert.ok(offered.includes(`${title} → ${value}`), `${title}; offered: ${offered.join(', ')}`);
      assert.ok(buttons.every((b) => b.type === 'openUrl'));
    });
  }

  it('adds no card to other answers', async () => {
    const knowledgeBase = await realKnowledgeBase();
    const topic = findTopic(knowledgeBase, 'what-happened');
    assert.ok(topic);
    assert.equal(new ReplyBuilder(knowledgeBase).answer(topic, 'public').attachments, undefined);
  });
});
