import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Handoff } from '../../../src/handoff/handoffRecord';
import type { VisitorNotifier } from '../../../src/handoff/visitorNotifier';
import { axeViolationsOf } from './browser';

/** Expected answers of the agent API (a wrong key, a lost claim) that Chromium reports as console errors. */
const EXPECTED_API_REFUSAL = /Failed to load resource: the server responded with a status of (401|409)/;

/** The agent console in its own browser context, recording CSP violations, script errors and what it announced. */
export class AgentConsole {
  readonly problems: string[] = [];
  /** Every URL the page requested, to check the key never travels in one. */
  readonly requestedUrls: string[] = [];
  navigations = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, base: string, viewport = { width: 1280, height: 900 }): Promise<AgentConsole> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const agent = new AgentConsole(context, page);
    page.on('pageerror', (error) => agent.problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !EXPECTED_API_REFUSAL.test(msg.text())) agent.problems.push(`console error: ${msg.text().slice(0, 300)}`);
    });
    page.on('request', (request) => agent.requestedUrls.push(request.url()));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) agent.navigations += 1;
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      // Keeps every live announcement, since the region is overwritten by the next one.
      const said: string[] = [];
      (window as unknown as { announcements: string[] }).announcements = said;
      document.addEventListener('DOMContentLoaded', () => {
        const region = document.getElementById('announcer');
        if (region) new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
      });
    });
    await page.goto(`${base}/agent`);
    return agent;
  }

  async signIn(key: string): Promise<void> {
    await this.page.getByLabel('Console key').fill(key);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Signs in and waits for the queue to be shown. */
  async signInAs(key: string): Promise<void> {
    await this.signIn(key);
    await this.page.getByRole('heading', { name: /Waiting chats/ }).waitFor();
    await this.page.getByText(/^Live:/).waitFor();
  }

  /** A queue entry, found by its summary. */
  queueItem(summary: string): Locator {
    return this.page.locator('#queue-list > li', { has: this.page.getByRole('heading', { name: summary }) });
  }

  transcriptLine(text: string): Locator {
    return this.page.getByRole('log', { name: 'Conversation so far' }).locator('li', { hasText: text });
  }

  /** Waits until the live region has said something matching `pattern`. */
  async announced(pattern: RegExp): Promise<void> {
    await this.page.waitForFunction(
      ({ source, flags }) => (window as unknown as { announcements: string[] }).announcements.some((a) => new RegExp(source, flags).test(a)),
      { source: pattern.source, flags: pattern.flags },
    );
  }

  /** What has keyboard focus: tag, accessible-ish name and id. */
  focused(): Promise<{ tag: string; name: string; id: string; describedBy: string }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const describedBy = (el?.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
      return { tag: el?.tagName ?? '', name: el?.getAttribute('aria-label') || el?.innerText?.trim() || '', id: el?.id ?? '', describedBy };
    });
  }

  /** Presses Tab until `match` has focus; fails after `limit` presses. */
  async tabTo(match: (f: Awaited<ReturnType<AgentConsole['focused']>>) => boolean, limit = 30): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (match(await this.focused())) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab did not reach the control; focus is on ${JSON.stringify(await this.focused())}`);
  }

  axeViolations(): Promise<string[]> {
    return axeViolationsOf(this.page);
  }

  sessionKey(): Promise<string | null> {
    return this.page.evaluate(() => sessionStorage.getItem('agentConsoleKey'));
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** Stands in for the channel when no visitor page is open: keeps what agents send to each visitor. */
export class RecordingNotifier implements VisitorNotifier {
  readonly sent: { conversationId: string; text: string }[] = [];

  async sendToVisitor(handoff: Handoff, text: string): Promise<void> {
    this.sent.push({ conversationId: handoff.conversationId, text });
  }

  textsFor(conversationId: string): string[] {
    return this.sent.filter((s) => s.conversationId === conversationId).map((s) => s.text);
  }
}
