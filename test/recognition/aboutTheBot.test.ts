import assert from 'node:assert/strict';
import { asksOpinionOrPolitics, withAboutTheBotRead } from '../../src/recognition/aboutTheBot';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { wholePathTopicOf, wholePathUnderstanding } from '../support/wholePath';

// Written for this test, not taken from any evaluation set.
describe('messages about the bot itself', () => {
  let understanding: MessageUnderstanding;
  before(async () => {
    understanding = await wholePathUnderstanding();
  });
  const topicOf = async (text: string) => {
    const decision = await understanding.understand({ text, audience: 'public' });
    return decision.kind === 'answer' ? decision.topicId : decision.kind;
  };

  for (const text of ['am i speaking to a real person or a computer', 'is this a real person', 'am i speakin to a computer or a person'])
    it(`"${text}" asks what the bot is`, async () => assert.equal(await topicOf(text), 'about-bot'));
  for (const text of ['can i talk to a real person', 'i want a real person'])
    it(`"${text}" still asks for a person`, async () => assert.equal(await topicOf(text), 'human'));

  for (const text of ['can u help me wi my spelling', 'could you help me with a crossword', 'can you help with my maths'])
    it(`"${text}" is not for this bot`, async () => assert.equal(await topicOf(text), 'none'));
  it('"what can you help me with" is still about the bot', async () => assert.equal(await topicOf('what can you help me with'), 'about-bot'));
  // The reading itself, not the whole path: whether the recogniser answers this message at all moves with
  // the knowledge base's examples (it ranks emotional support and about-bot within a few hundredths).
  it('"can you help me with my worries about the leak" is not declined as a request for something else', () => {
    const recognition = { ranked: [{ topicId: 'about-bot', score: 0.5 }, { topicId: 'emotional-support', score: 0.45 }], outOfScope: 0.1 };
    assert.equal(withAboutTheBotRead(recognition, 'can you help me with my worries about the leak', 0.5).outOfScope, 0.1);
    assert.equal(withAboutTheBotRead(recognition, 'can you help me with my homework', 0.5).outOfScope, 0.5);
  });
  it('small talk about the bot\'s own life is declined; what it is is still about-bot', () => {
    const recognition = { ranked: [{ topicId: 'about-bot', score: 0.48 }, { topicId: 'greeting', score: 0.2 }], outOfScope: 0.2 };
    assert.equal(withAboutTheBotRead(recognition, 'are you married', 0.5).outOfScope, 0.5);
    assert.equal(withAboutTheBotRead(recognition, 'do you have a girlfriend', 0.5).outOfScope, 0.5);
    assert.equal(withAboutTheBotRead(recognition, 'are you a real person', 0.5).outOfScope, 0.2);
  });
  // Every dev set's writers labelled an insult out of scope; the decline still offers a person.
  it('an insult is declined; a question about the bot beside one is still about-bot', () => {
    const recognition = { ranked: [{ topicId: 'about-bot', score: 0.55 }, { topicId: 'human', score: 0.1 }], outOfScope: 0.05 };
    assert.equal(withAboutTheBotRead(recognition, 'worst bot ever', 0.5).outOfScope, 0.5);
    assert.equal(withAboutTheBotRead(recognition, 'this chatbot is pure pish', 0.5).outOfScope, 0.5);
    assert.equal(withAboutTheBotRead(recognition, 'piss off robot', 0.5).outOfScope, 0.5);
    assert.equal(withAboutTheBotRead(recognition, 'get lost bot, nobody asked u', 0.5).outOfScope, 0.5);
    assert.equal(withAboutTheBotRead(recognition, 'is this bot any good or is it useless', 0.5).outOfScope, 0.05);
    assert.equal(withAboutTheBotRead(recognition, 'what can this bot actually do', 0.5).outOfScope, 0.05);
  });
  it('"worst bot ever" is declined through the whole path', async () => assert.equal(await topicOf('worst bot ever'), 'none'));
  // Small talk about the bot's own life is a question for a person: got what the bot is before.
  it('"d u fancy me bot" is declined through the whole path', async () => assert.equal(await topicOf('d u fancy me bot'), 'none'));
});

describe("the bot's opinion, politics or war", () => {
  // Written for this test, not taken from any evaluation set.
  const POLITICS = ['what do you think of the first minister', 'who are you voting for in the election', 'will the war in ukraine end soon', 'do you support independence', 'should we bomb them for this'];
  const OURS = ['was putin behind the hack', 'was it the russian government', 'what do you think about the leak', 'is the government doing anything'];
  for (const text of POLITICS) it(`"${text}" is one`, () => assert.equal(asksOpinionOrPolitics(text), true));
  for (const text of OURS) it(`"${text}" is about this incident`, () => assert.equal(asksOpinionOrPolitics(text), false));

  describe('through the whole path', () => {
    const topicOf = wholePathTopicOf();
    // Without the reading these got about-bot ("you") or who-is-responsible ("russia").
    for (const text of ['what do you reckon about labour', 'should we put sanctions on russia', 'should we bomb russia for this']) it(`"${text}" is out of scope`, async () => assert.equal(await topicOf(text), 'none'));
    for (const text of ['was putin behind the hack', 'was it the russian government']) it(`"${text}" still gets who-is-responsible`, async () => assert.equal(await topicOf(text), 'who-is-responsible'));
  });
});
