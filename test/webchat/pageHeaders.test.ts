import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ChatApp, startChatApp } from './support/chatApp';

const EMBEDDER = 'https://www.nhsdg.co.uk';

interface RawReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Plain node:http, so compressed bodies arrive as sent (fetch would undo the encoding). */
function raw(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('chat page headers, assets and CORS', () => {
  let chat: ChatApp;
  before(async () => {
    chat = await startChatApp({ ChatAllowedOrigins: `${EMBEDDER}, https://nhsdg.scot.nhs.uk` });
  });
  after(() => chat.close());

  it('serves the page with a strict CSP, framing only by the listed sites, nosniff and no caching', async () => {
    const [first, second] = await Promise.all([raw(`${chat.base}/`), raw(`${chat.base}/`)]);
    assert.equal(first.status, 200);
    const csp = String(first.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    assert.match(csp, new RegExp(`frame-ancestors 'self' ${EMBEDDER} https://nhsdg.scot.nhs.uk`));
    assert.notEqual(csp, String(second.headers['content-security-policy']), 'a fresh nonce every time');
    assert.equal(first.headers['x-content-type-options'], 'nosniff');
    assert.equal(first.headers['cache-control'], 'no-store');
    assert.ok(first.headers['referrer-policy']);
    assert.equal(first.headers['x-frame-options'], undefined, 'X-Frame-Options cannot name other sites, so it is left off');
  });

  it('serves Web Chat from this server, compressed, cacheable for a year, with an ETag', async () => {
    const html = (await raw(`${chat.base}/`)).body.toString('utf8');
    const bundle = /src="(\/assets\/webchat\.[0-9a-f]+\.js)"/.exec(html)?.[1];
    assert.ok(bundle, 'the page loads Web Chat from /assets');
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org)/, 'no CDN or other site in the page');

    const br = await raw(`${chat.base}${bundle}`, { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers['cache-control']), /max-age=31536000.*immutable/);
    assert.equal(br.headers['x-content-type-options'], 'nosniff');
    const plain = await raw(`${chat.base}${bundle}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(br.body.length * 4 < plain.body.length, `br ${br.body.length} B vs ${plain.body.length} B`);

    const gzip = await raw(`${chat.base}${bundle}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    const again = await raw(`${chat.base}${bundle}`, { headers: { 'accept-encoding': 'gzip, br', 'if-none-match': String(br.headers.etag) } });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('lets the listed sites, and only them, fetch a token from the browser', async () => {
    const preflight = await raw(`${chat.base}/api/directline/token`, {
      method: 'OPTIONS',
      headers: { origin: EMBEDDER, 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], EMBEDDER);

    const allowed = await fetch(`${chat.base}/api/directline/token`, { method: 'POST', headers: { origin: EMBEDDER } });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), EMBEDDER);
    assert.equal(allowed.headers.get('cache-control'), 'no-store');

    const other = await fetch(`${chat.base}/api/directline/token`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    assert.equal(other.status, 403);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    assert.equal(((await other.json()) as { error: { code: string } }).error.code, 'origin-not-allowed');

    const same = await fetch(`${chat.base}/api/directline/token`, { method: 'POST', headers: { origin: chat.base } });
    assert.equal(same.status, 200);
  });
});

describe('chat page when the bot needs Bot Framework auth but no Direct Line secret is set', () => {
  let chat: ChatApp;
  before(async () => {
    chat = await startChatApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used-here' });
  });
  after(() => chat.close());

  it('still shows the page, answers 503 for a token and hosts no local Direct Line', async () => {
    assert.equal((await fetch(`${chat.base}/`)).status, 200);
    const token = await fetch(`${chat.base}/api/directline/token`, { method: 'POST' });
    assert.equal(token.status, 503);
    assert.equal(((await token.json()) as { error: { code: string } }).error.code, 'chat-unavailable');
    assert.equal((await fetch(`${chat.base}/v3/directline/tokens/generate`, { method: 'POST' })).status, 404);
  });
});

describe('started from another working directory', () => {
  it('still serves the chat page and the agent console from the app\'s own public folder', async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'nhsdg-cwd-'));
    const home = process.cwd();
    process.chdir(elsewhere);
    let chat: ChatApp | undefined;
    try {
      chat = await startChatApp();
      for (const page of ['/', '/agent']) assert.equal((await raw(`${chat.base}${page}`)).status, 200, page);
    } finally {
      process.chdir(home);
      await chat?.close();
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
