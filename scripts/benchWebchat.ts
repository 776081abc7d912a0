/**
 * `npm run bench:webchat`: the web chat in headless Chromium against the local Direct Line.
 * Prints the median time from pressing Enter to the answer appearing on screen, and what a first
 * visit downloads. Numbers only, no pass/fail. Options: `--polling-ms 1000,500` (default: the
 * configured default), `--questions 12`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MemoryStorage } from 'botbuilder';
import { chromium, type Page } from 'playwright-core';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { loadKnowledgeBase } from '../src/knowledge/loadKnowledgeBase';
import { createLogger } from '../src/observability/logger';

const QUESTIONS = [
  'what is the helpline number',
  'what happened',
  'is my data in it',
  'what should I do now',
  'who is responsible for the attack',
  'has a ransom been paid',
  'what data was published',
  'can I get compensation',
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'polling-ms': { type: 'string' }, questions: { type: 'string', default: '12' } } });
  const knowledge = await loadKnowledgeBase(path.resolve('knowledge'));
  if (!knowledge.ok) throw new Error('knowledge/ does not load; run npm run kb:check');
  const defaults = loadConfig({});
  if (!defaults.ok) throw new Error(defaults.problems.join('\n'));
  const intervals = (values['polling-ms'] ?? String(defaults.config.DirectLinePollingIntervalMs)).split(',').map(Number);
  const count = Number(values.questions);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const interval of intervals) {
      const config = loadConfig({ StorageKind: 'memory', DirectLinePollingIntervalMs: String(interval), DirectLineActivitiesPerMinute: '1000' });
      if (!config.ok) throw new Error(config.problems.join('\n'));
      const app = buildApp({ config: config.config, knowledgeBase: knowledge.knowledgeBase, storage: new MemoryStorage(), logger: createLogger({ level: 'warn' }) });
      const port = await app.listen(0, '127.0.0.1');
      try {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const weight = await firstVisit(page, `http://127.0.0.1:${port}/`);
        const times: number[] = [];
        for (let i = 0; i < count; i++) times.push(await sendToAnswer(page, QUESTIONS[i % QUESTIONS.length] ?? 'hello'));
        await context.close();
        const sorted = [...times].sort((a, b) => a - b);
        console.log(`polling interval ${interval} ms`);
        console.log(`  send → answer rendered: median ${Math.round(median(sorted))} ms, min ${Math.round(sorted[0] ?? 0)} ms, max ${Math.round(sorted[sorted.length - 1] ?? 0)} ms (${count} questions)`);
        console.log(`  first visit: ${weight.requests} requests, ${kb(weight.total)} KB transferred (compressed); Web Chat bundle ${kb(weight.bundle)} KB; page + own CSS/JS ${kb(weight.own)} KB; chat ready after ${Math.round(weight.readyMs)} ms`);
      } finally {
        await app.close();
      }
    }
  } finally {
    await browser.close();
  }
}

/** Loads the page until the welcome shows, adding up the bytes each response took on the wire. */
async function firstVisit(page: Page, url: string): Promise<{ requests: number; total: number; bundle: number; own: number; readyMs: number }> {
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  const started = Date.now();
  await page.goto(url);
  await page.locator('.webchat__bubble__content', { hasText: 'I can answer questions' }).first().waitFor({ timeout: 30_000 });
  const readyMs = Date.now() - started;
  const all = await Promise.all(sizes);
  const sum = (filter: (u: string) => boolean) => all.filter((s) => filter(new URL(s.url).pathname)).reduce((n, s) => n + s.bytes, 0);
  return {
    requests: all.length,
    total: sum(() => true),
    bundle: sum((p) => p.startsWith('/assets/webchat.')),
    own: sum((p) => p === '/' || /^\/assets\/chat\./.test(p)),
    readyMs,
  };
}

/** Time from the Enter key to the bot's answer being in the DOM, measured inside the page. */
async function sendToAnswer(page: Page, question: string): Promise<number> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  // A random pause, so sends do not fall at the same point of the polling cycle every time.
  await page.waitForTimeout(Math.random() * 1000);
  await box.fill(question);
  // A string, not a function: tsx would add helpers the page does not have.
  await page.evaluate(`(() => {
    const selector = '.webchat__bubble:not(.webchat__bubble--from-user)';
    const before = document.querySelectorAll(selector).length;
    let sentAt = 0;
    document.addEventListener('keydown', (e) => { if (e.key === 'Enter') sentAt = performance.now(); }, { capture: true, once: true });
    window.answerMs = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (sentAt > 0 && document.querySelectorAll(selector).length > before) {
          observer.disconnect();
          resolve(performance.now() - sentAt);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  })()`);
  await box.press('Enter');
  return Number(await page.evaluate('window.answerMs'));
}

const median = (sorted: number[]) => (sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2);
const kb = (bytes: number) => (bytes / 1024).toFixed(0);

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
