import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

/** Debian's chromium (`.ci/run` installs it); nothing is downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for running as root on a machine with no internet, without Chromium phoning home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const SEND_BOX = '[data-id="webchat-sendbox-input"]';

/** A chat page in its own browser context, recording CSP violations and script errors as it goes. */
export class ChatPage {
  readonly problems: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, url: string, viewport = { width: 390, height: 844 }): Promise<ChatPage> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const chat = new ChatPage(context, page);
    page.on('pageerror', (error) => chat.problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') chat.problems.push(`console error: ${msg.text().slice(0, 300)}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url);
    await chat.botMessage('I can answer questions').waitFor({ timeout: 15_000 });
    return chat;
  }

  /** The bot's message bubbles (text, not cards) that contain `text`. */
  botMessage(text: string): Locator {
    return this.page
      .locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content', { hasText: text, hasNot: this.page.locator('.webchat__adaptive-card-renderer') })
      .last();
  }

  userMessage(text: string): Locator {
    return this.page.locator('.webchat__bubble--from-user .webchat__bubble__content', { hasText: text }).last();
  }

  async ask(text: string): Promise<void> {
    const box = this.page.locator(SEND_BOX);
    await box.fill(text);
    await box.press('Enter');
    await this.userMessage(text).waitFor();
  }

  /** Visible text of the whole transcript. */
  transcriptText(): Promise<string> {
    return this.page.locator('.webchat__basic-transcript').innerText();
  }

  /** axe-core WCAG 2.2 AA violations: rule id and the elements that break it. */
  axeViolations(): Promise<string[]> {
    return axeViolationsOf(this.page);
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** axe-core WCAG 2.2 AA violations on any page: rule id and the elements that break it. */
export async function axeViolationsOf(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(
      document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    );
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

let axe: string | undefined;
function axeSource(): string {
  axe ??= readFileSync(require.resolve('axe-core'), 'utf8');
  return axe;
}
