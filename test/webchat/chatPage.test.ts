import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { findTopic } from '../../src/knowledge/knowledgeBase';
import { HELPLINE, messages } from '../../src/messages';
import { realKnowledgeBase } from '../support/realKnowledgeBase';
import { ChatPage, launchChromium, SEND_BOX } from './support/browser';
import { type ChatApp, startChatApp } from './support/chatApp';

/** The first sentence of a topic's answer, as a visitor would read it in the chat. */
async function openingOf(topicId: string): Promise<string> {
  const topic = findTopic(await realKnowledgeBase(), topicId);
  assert.ok(topic, topicId);
  return topic.answer.split(/[.\n]/)[0]?.replace(/\*\*/g, '').replace(/'/g, '’') ?? '';
}

/** Web Chat repeats buttons in a hidden live region for screen readers; these find the ones on screen. */
const suggestedAction = (visitor: ChatPage, name: string) => visitor.page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name });
const callButton = (visitor: ChatPage, name: string) => visitor.page.locator('.ac-pushButton', { hasText: name });

describe('web chat page in Chromium (local Direct Line)', function () {
  let chat: ChatApp;
  let browser: Browser;
  const pages: ChatPage[] = [];

  before(async function () {
    this.timeout(60_000);
    [chat, browser] = await Promise.all([startChatApp(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await chat?.close();
  });

  const open = async (viewport?: { width: number; height: number }) => {
    const page = await ChatPage.open(browser, `${chat.base}/`, viewport);
    pages.push(page);
    return page;
  };
  afterEach(async () => {
    for (const page of pages.splice(0)) {
      assert.deepEqual(page.problems, [], 'no CSP violations or script errors');
      await page.close();
    }
  });

  it('shows the board, the privacy note and the helpline as a phone link before anyone types', async () => {
    const { page } = await open();
    assert.match(await page.locator('header.banner').innerText(), /NHS Dumfries and Galloway/);
    assert.match(await page.locator('main').innerText(), /automated assistant.*do not share personal details/is);
    const helpline = page.getByRole('link', { name: HELPLINE });
    assert.equal(await helpline.getAttribute('href'), 'tel:+441387216777');
    assert.ok(await helpline.isVisible());
  });

  it('answers a question with the helpline number, a safe tap-to-call link and call buttons', async () => {
    const visitor = await open();
    await visitor.ask('what is the helpline number');
    const answer = visitor.botMessage(`Call the helpline on`);
    await answer.waitFor();
    assert.match(await answer.innerText(), new RegExp(HELPLINE));
    const link = answer.locator('a[href="tel:+441387216777"]');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    const web = answer.locator('a[href^="https://"]').first();
    assert.equal(await web.getAttribute('rel'), 'noopener noreferrer');
    assert.ok(await callButton(visitor, `Call the helpline on ${HELPLINE}`).isVisible(), 'the card has a call button');
    // The helpline stays in view after the conversation has scrolled.
    assert.ok(await visitor.page.locator('.helpline').getByRole('link', { name: HELPLINE }).isVisible());
  });

  it('answers a follow-up tapped from the suggested actions', async () => {
    const visitor = await open();
    await visitor.ask('what is the helpline number');
    await visitor.botMessage('Call the helpline on').waitFor();
    const followUp = suggestedAction(visitor, 'Is my data in it?');
    await followUp.click();
    await visitor.userMessage('Is my data in it?').waitFor();
    await visitor.botMessage(await openingOf('am-i-affected')).waitFor();
  });

  it('sends "Talk to a person" from the button above the chat', async () => {
    const visitor = await open();
    await visitor.page.getByRole('button', { name: messages.talkToPerson, exact: true }).first().click();
    await visitor.userMessage(messages.talkToPerson).waitFor();
    const transcript = await visitor.transcriptText();
    assert.ok(transcript.split(messages.talkToPerson).length > 1);
  });

  it('never shows one visitor the messages of another', async () => {
    const [a, b] = await Promise.all([open(), open()]);
    await Promise.all([a.ask('what is the helpline number'), b.ask('who is responsible for the attack')]);
    await Promise.all([a.botMessage('Call the helpline on').waitFor(), b.botMessage(await openingOf('who-is-responsible')).waitFor()]);
    const [textA, textB] = await Promise.all([a.transcriptText(), b.transcriptText()]);
    assert.ok(!textA.includes('who is responsible'), "a does not see b's question");
    assert.ok(!textB.includes('what is the helpline number'), "b does not see a's question");
    assert.ok(!textB.includes('Call the helpline on'), "b does not see a's answer");
  });

  it('has no axe-core WCAG 2.2 AA violations before and after a conversation', async () => {
    const visitor = await open();
    assert.deepEqual(await visitor.axeViolations(), [], 'before');
    await visitor.ask('I am really worried about this');
    await visitor.botMessage(await openingOf('emotional-support')).waitFor();
    await callButton(visitor, 'Call Samaritans on 116 123').waitFor();
    assert.deepEqual(await visitor.axeViolations(), [], 'after');
  });

  it('works from the keyboard alone: Tab to the send box, type, Enter, then Tab reaches every button', async () => {
    const visitor = await open();
    const { page } = visitor;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          send: el?.matches('[data-id="webchat-sendbox-input"]') ?? false,
          button: el?.tagName === 'BUTTON',
          link: el?.tagName === 'A',
          name: el?.getAttribute('aria-label') || el?.innerText?.trim() || el?.getAttribute('title') || '',
        };
      });
    let presses = 0;
    while (!(await focused()).send) {
      assert.ok(++presses < 30, 'Tab reaches the send box');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('what is the helpline number');
    await page.keyboard.press('Enter');
    await visitor.botMessage('Call the helpline on').waitFor();

    // One Tab stop per control group: the suggested actions are an ARIA toolbar (arrow keys move within it).
    const reached = new Set<string>();
    for (let i = 0; i < 30 && !reached.has('Is my data in it?'); i++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now.button || now.link) reached.add(now.name);
    }
    for (const name of [HELPLINE, messages.talkToPerson, 'Send', 'Is my data in it?']) {
      assert.ok(reached.has(name), `Tab reached "${name}"; reached: ${[...reached].join(' | ')}`);
    }
    const followUps = ['Where to find updates', messages.talkToPerson];
    for (const name of followUps) {
      await page.keyboard.press('ArrowRight');
      assert.equal((await focused()).name, name, 'arrow keys move along the suggested actions');
    }
    // Web Chat's transcript is one Tab stop: Enter goes into the latest message, Tab moves through its links and buttons.
    const inTranscript = () => page.evaluate(() => document.activeElement?.classList.contains('webchat__basic-transcript') ?? false);
    for (let i = 0; !(await inTranscript()); i++) {
      assert.ok(i < 10, 'Shift+Tab reaches the transcript');
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    const inside = [(await focused()).name];
    for (let i = 0; i < 4 && !inside.includes(`Call the helpline on ${HELPLINE}`); i++) {
      await page.keyboard.press('Tab');
      inside.push((await focused()).name);
    }
    assert.ok(inside.includes(`Call the helpline on ${HELPLINE}`), `the card's call button; reached ${inside.join(' | ')}`);
  });

  it('reflows at 320 CSS pixels (400% zoom) without sideways scrolling, helpline and send box in reach', async () => {
    const visitor = await open({ width: 320, height: 480 });
    const overflow = await visitor.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    assert.ok(await visitor.page.locator('.helpline').getByRole('link', { name: HELPLINE }).isVisible());
    await visitor.page.locator(SEND_BOX).scrollIntoViewIfNeeded();
    assert.ok(await visitor.page.locator(SEND_BOX).isVisible());
  });
});
