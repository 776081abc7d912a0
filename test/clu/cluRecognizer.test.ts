import assert from 'node:assert/strict';
import path from 'node:path';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { CLU_API_VERSION } from '../../src/recognition/clu/cluClient';
import { type CluLoopback, type CluReply, conversationResult, errorReply, startCluLoopback } from '../support/cluLoopback';
import { DEPLOYMENT, harness, KEY, PROJECT, shown } from './cluHarness';

// Texts whose embedded answer is stable, so a test can tell which recogniser was followed.
const WHAT_HAPPENED = 'what happened in the cyber attack'; // embedded: what-happened
const PHONE = 'is there a phone number I can call'; // embedded: helpline
const NONSENSE = 'purple elephants dancing'; // embedded: none

describe('CLU recogniser against a loopback analyze-conversations endpoint', () => {
  let knowledgeBase: KnowledgeBase;
  let clu: CluLoopback;

  before(async () => {
    const loaded = await loadKnowledgeBase(path.resolve(__dirname, '../../knowledge'));
    assert.ok(loaded.ok);
    knowledgeBase = loaded.knowledgeBase;
    clu = await startCluLoopback(() => errorReply(500, 'InternalServerError', 'not set up'));
  });
  after(() => clu.close());
  beforeEach(() => clu.requests.splice(0));

  it('sends the documented request: path, api-version, key header and Conversation body', async () => {
    clu.respondWith((r) => conversationResult(WHAT_HAPPENED, [['what-happened', 0.95]]));
    await harness(knowledgeBase, clu.endpoint).ask(WHAT_HAPPENED);

    assert.equal(clu.requests.length, 1);
    const [request] = clu.requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.path, '/language/:analyze-conversations');
    assert.equal(request?.query.get('api-version'), CLU_API_VERSION);
    assert.equal(request?.headers['ocp-apim-subscription-key'], KEY);
    assert.deepEqual(request?.body, {
      kind: 'Conversation',
      analysisInput: { conversationItem: { id: '1', participantId: 'user', text: WHAT_HAPPENED } },
      parameters: { projectName: PROJECT, deploymentName: DEPLOYMENT, stringIndexType: 'Utf16CodeUnit' },
    });
  });

  it('follows a confident CLU, even where the embedded recogniser would answer something else', async () => {
    clu.respondWith(() => conversationResult(WHAT_HAPPENED, [['timeline', 0.92], ['what-happened', 0.31], ['None', 0.02]]));
    for (const mode of ['clu', 'orchestrated'] as const) assert.equal(shown(await harness(knowledgeBase, clu.endpoint, { mode }).ask(WHAT_HAPPENED)), 'timeline', mode);
  });

  it('treats low confidence and a None top intent as "not recognised"', async () => {
    const cases: Array<{ reply: CluReply; text: string; mode: 'clu' | 'orchestrated'; expected: string }> = [
      { reply: conversationResult(NONSENSE, [['helpline', 0.41], ['None', 0.3]]), text: NONSENSE, mode: 'clu', expected: 'none' },
      { reply: conversationResult(NONSENSE, [['None', 0.88], ['helpline', 0.1]]), text: NONSENSE, mode: 'clu', expected: 'none' },
      { reply: conversationResult(NONSENSE, [['helpline', 0.41], ['None', 0.3]]), text: NONSENSE, mode: 'orchestrated', expected: 'none' },
      // Orchestration rule: CLU unsure, embedded confident → the embedded answer.
      { reply: conversationResult(PHONE, [['compensation', 0.35], ['helpline', 0.3]]), text: PHONE, mode: 'orchestrated', expected: 'helpline' },
      { reply: conversationResult(PHONE, [['compensation', 0.35], ['helpline', 0.3]]), text: PHONE, mode: 'clu', expected: 'none' },
    ];
    for (const c of cases) {
      clu.respondWith(() => c.reply);
      assert.equal(shown(await harness(knowledgeBase, clu.endpoint, { mode: c.mode }).ask(c.text)), c.expected, JSON.stringify(c));
    }
  });

  it('ignores intents the knowledge base does not have, warning once per intent', async () => {
    clu.respondWith(() => conversationResult(NONSENSE, [['retired-topic', 0.95], ['helpline', 0.81], ['None', 0.01]]));
    const h = harness(knowledgeBase, clu.endpoint);
    assert.equal(shown(await h.ask(NONSENSE)), 'helpline');
    assert.equal(shown(await h.ask(NONSENSE)), 'helpline');
    assert.deepEqual(h.warnings().map((w) => w.intent), ['retired-topic']);
  });

  it('never shows a staff topic from CLU to the public, and does show it to staff', async () => {
    clu.respondWith(() => conversationResult(NONSENSE, [['staff-wellbeing', 0.95], ['emotional-support', 0.2], ['None', 0.01]]));
    const h = harness(knowledgeBase, clu.endpoint);
    assert.equal(shown(await h.ask(NONSENSE, 'public')), 'none');
    assert.equal(shown(await h.ask(NONSENSE, 'staff')), 'staff-wellbeing');
    const cluOnly = harness(knowledgeBase, clu.endpoint, { mode: 'clu' });
    assert.equal(shown(await cluOnly.ask(NONSENSE, 'public')), 'none');
  });

  it('answers from the embedded recogniser when CLU fails in any way', async () => {
    const failures: Array<[string, CluReply]> = [
      ['401 bad key', errorReply(401, '401', 'Access denied due to invalid subscription key or wrong API endpoint.')],
      ['403 forbidden', errorReply(403, '403', 'Forbidden')],
      ['429 without Retry-After', errorReply(429, '429', 'Rate limit is exceeded.')],
      ['500', errorReply(500, 'InternalServerError', 'Internal error')],
      ['503', errorReply(503, 'ServiceUnavailable', 'Service unavailable')],
      ['404 no such deployment', errorReply(404, 'NotFound', 'Deployment not found')],
      ['200 with HTML', { status: 200, raw: '<html><body>Gateway</body></html>' }],
      ['200 with another shape', { status: 200, json: { kind: 'ConversationResult', result: { query: 'x', prediction: { projectKind: 'Orchestration' } } } }],
      ['timeout', { hang: true }],
    ];
    for (const [name, reply] of failures) {
      clu.requests.splice(0);
      clu.respondWith(() => reply);
      const h = harness(knowledgeBase, clu.endpoint, { timeoutMs: 200 });
      assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'what-happened', name);
      assert.equal(clu.requests.length, 1, `${name}: one call, no retries`);
    }
  });

  it('respects Retry-After on 429: no call to CLU before it has passed', async () => {
    const h = harness(knowledgeBase, clu.endpoint);
    clu.respondWith(() => errorReply(429, '429', 'Rate limit is exceeded.', { 'Retry-After': '120' }));
    assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'what-happened');
    clu.respondWith(() => conversationResult(WHAT_HAPPENED, [['timeline', 0.9]]));
    h.clock.advance(119_000);
    assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'what-happened');
    assert.equal(clu.requests.length, 1, 'held off until Retry-After');
    h.clock.advance(1_000);
    assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'timeline');
    assert.equal(clu.requests.length, 2);
  });

  it('opens the circuit after repeated failures, tries again later, and closes on success', async () => {
    const h = harness(knowledgeBase, clu.endpoint);
    clu.respondWith(() => errorReply(500, 'InternalServerError', 'Internal error'));
    for (let i = 0; i < 3; i++) assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'what-happened');
    assert.equal(clu.requests.length, 3);

    // Open: messages are answered without calling CLU at all.
    for (let i = 0; i < 5; i++) assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'what-happened');
    assert.equal(clu.requests.length, 3);

    // Half-open: one trial; it fails, so the circuit opens again.
    h.clock.advance(30_000);
    assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'what-happened');
    assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'what-happened');
    assert.equal(clu.requests.length, 4);

    // The next trial succeeds: closed again, every message goes to CLU.
    h.clock.advance(30_000);
    clu.respondWith(() => conversationResult(WHAT_HAPPENED, [['timeline', 0.9]]));
    assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'timeline');
    assert.equal(shown(await h.ask(WHAT_HAPPENED)), 'timeline');
    assert.equal(clu.requests.length, 6);

    // Four failures and one minute: one warning line, not one per message.
    const outages = h.warnings().filter((w) => typeof w.code === 'string');
    assert.equal(outages.length, 1);
    assert.equal(outages[0]?.code, 'unavailable');
    assert.equal(JSON.stringify(h.warnings()).includes(WHAT_HAPPENED), false, 'the person’s words are not logged');
  });

  it('logs a continuing outage again after a minute, with the count of failures since', async () => {
    const h = harness(knowledgeBase, clu.endpoint);
    clu.respondWith(() => errorReply(401, '401', 'Access denied'));
    await h.ask(WHAT_HAPPENED);
    await h.ask(WHAT_HAPPENED);
    h.clock.advance(60_000);
    await h.ask(WHAT_HAPPENED);
    const outages = h.warnings().filter((w) => w.code === 'unauthorized');
    assert.deepEqual(outages.map((w) => w.failures), [1, 2]);
  });
});
