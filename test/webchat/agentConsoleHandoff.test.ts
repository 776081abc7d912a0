import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { findTopic } from '../../src/knowledge/knowledgeBase';
import { handoffFlowMessages, handoffMessages, handoffSummaries, messages } from '../../src/messages';
import { realKnowledgeBase } from '../support/realKnowledgeBase';
import { AgentConsole } from './support/agentConsole';
import { ChatPage, launchChromium } from './support/browser';
import { type ChatApp, startChatApp } from './support/chatApp';

const ALICE = 'alice-console-key-0123456789';

/** The first sentence of a topic's answer, as a visitor would read it in the chat. */
async function openingOf(topicId: string): Promise<string> {
  const topic = findTopic(await realKnowledgeBase(), topicId);
  assert.ok(topic, topicId);
  return topic.answer.split(/[.\n]/)[0]?.replace(/\*\*/g, '').replace(/'/g, '’') ?? '';
}

/** The first sentence of a message, which is enough to find its bubble. */
const firstSentence = (text: string) => text.split(/(?<=[.?!])\s/)[0] ?? text;

describe('hand-off in two browsers: the visitor on the chat page, the agent in the console', function () {
  let chat: ChatApp;
  let browser: Browser;

  before(async function () {
    this.timeout(60_000);
    [chat, browser] = await Promise.all([
      // Always open, so the test does not depend on the day it runs; real Direct Line and proactive messages.
      startChatApp({ AgentConsoleKeys: `Alice:${ALICE}`, HelplineHours: 'Mon-Sun 00:00-24:00' }, { agentEventsPollMs: 200 }),
      launchChromium(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await chat?.close();
  });

  it('a visitor asks for a person, an agent takes the chat, they talk both ways, the agent ends it and the bot answers again', async function () {
    this.timeout(120_000);
    const agent = await AgentConsole.open(browser, chat.base);
    const visitor = await ChatPage.open(browser, `${chat.base}/`);
    try {
      await agent.signInAs(ALICE);
      await agent.page.getByText('Nobody is waiting.').waitFor();
      const navigations = agent.navigations;

      // The visitor asks with the button, is told who will see the conversation, and says yes.
      await visitor.page.getByRole('button', { name: messages.talkToPerson, exact: true }).first().click();
      await visitor.botMessage(firstSentence(handoffFlowMessages.consent)).waitFor();
      assert.match(await visitor.botMessage(firstSentence(handoffFlowMessages.consent)).innerText(), /do not share bank details or passwords/);
      await visitor.ask('yes');
      await visitor.botMessage(handoffFlowMessages.queued(1)).waitFor();

      // The agent sees the new hand-off at once, announced, without reloading.
      const item = agent.page.locator('#queue-list > li', { hasText: handoffSummaries.asked });
      await item.waitFor({ timeout: 10_000 });
      await agent.announced(/new chat is waiting/);
      assert.equal(agent.navigations, navigations, 'the console was not reloaded');

      // Claiming shows the conversation so far and tells the visitor.
      await item.getByRole('button', { name: 'Claim chat' }).click();
      await agent.transcriptLine(messages.talkToPerson).waitFor();
      await agent.transcriptLine(firstSentence(handoffFlowMessages.consent)).waitFor();
      await visitor.botMessage(handoffMessages.agentJoined('Alice')).waitFor();

      // Agent to visitor, then visitor to agent: the visitor's words go to the person, not the bot.
      await agent.page.getByLabel('Message to the visitor').fill('Hello, this is Alice from the helpline. How can I help?');
      await agent.page.keyboard.press('Enter');
      await visitor.botMessage('Hello, this is Alice from the helpline.').waitFor();
      await visitor.ask('Has my data been published?');
      await agent.transcriptLine('Has my data been published?').waitFor();
      await agent.page.getByLabel('Message to the visitor').fill('Let me check that for you.');
      await agent.page.keyboard.press('Enter');
      await visitor.botMessage('Let me check that for you.').waitFor();
      assert.ok(!(await visitor.transcriptText()).includes(await openingOf('am-i-affected')), 'the bot did not answer while a person was connected');

      // The agent ends the chat; the visitor is told and the bot answers again.
      await agent.page.getByRole('button', { name: 'End chat' }).click();
      await agent.page.getByText('You ended the chat.').waitFor();
      await visitor.botMessage(firstSentence(handoffMessages.agentEndedChat)).waitFor();
      await visitor.ask('what is the helpline number');
      await visitor.botMessage('Call the helpline on').waitFor();
      assert.equal(await agent.page.locator('#queue-list > li').count(), 0, 'the ended chat left the queue');

      assert.deepEqual(visitor.problems, [], 'visitor page: no CSP violations or script errors');
      assert.deepEqual(agent.problems, [], 'console: no CSP violations or script errors');
    } finally {
      await Promise.all([visitor.close(), agent.close()]);
    }
  });
});
