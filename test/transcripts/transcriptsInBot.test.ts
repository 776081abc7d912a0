import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { HELPLINE } from '../../src/messages';
import { createLogger } from '../../src/observability/logger';
import { conversationStateKey, forgetConversationState } from '../../src/storage/jsonConversationState';
import { buildTranscripts, type Transcripts } from '../../src/transcripts/buildTranscripts';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';
import { realKnowledgeBase, realRecognizer } from '../support/realKnowledgeBase';

function configFor(env: Record<string, string>) {
  const result = loadConfig({ StorageKind: 'memory', ...env });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
}

const PERSONAL = ['0103801234', '010 380 1234', '07700 900123', 'jane.doe@example.com', 'DG2 7HY', '01/03/1980', '4111 1111 1111 1111', 'Jane Doe'];

describe('transcripts written by the running bot', () => {
  let temp: TempDirectory;
  let app: App;
  let transcripts: Transcripts;
  let base: string;
  let nextId = 0;

  const say = async (text: string) => {
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `m${++nextId}`,
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        from: { id: 'visitor-1', name: 'Jane Doe' },
        recipient: { id: 'bot' },
        conversation: { id: 'conv-transcript' },
        text,
      }),
    });
    assert.equal(res.status, 200);
    return ((await res.json()) as { activities: { text?: string }[] }).activities;
  };

  before(async () => {
    temp = await makeTempDirectory();
    const config = configFor({ TranscriptStore: 'file', StoragePath: temp.path });
    const knowledgeBase = await realKnowledgeBase();
    const logger = createLogger({ level: 'silent' });
    const built = buildTranscripts({ config, knowledgeBase, logger });
    assert.ok(built);
    transcripts = built;
    app = buildApp({ config, knowledgeBase, storage: new MemoryStorage(), logger, recognizer: await realRecognizer(), middleware: [built.middleware] });
    base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });

  after(async () => {
    await app?.close();
    await transcripts?.close();
    await temp?.cleanup();
  });

  it("stores both sides, the person's personal data redacted and the bot's helpline kept", async () => {
    const replies = await say('my chi is 0103801234 and my number is 07700 900123, what is the helpline number?');
    assert.ok(replies.some((r) => r.text?.includes(HELPLINE)), 'the bot gave the helpline');
    await say('email jane.doe@example.com, DG2 7HY, born 01/03/1980, card 4111 1111 1111 1111, chi 010 380 1234');
    await transcripts.store.flush();

    const { items } = await transcripts.store.getTranscriptActivities('emulator', 'conv-transcript');
    const fromVisitor = items.filter((a) => a.from.role === 'user').map((a) => a.text);
    assert.deepEqual(fromVisitor, [
      'my chi is [CHI] and my number is [PHONE], what is the helpline number?',
      'email [EMAIL], [POSTCODE], born [DATE], card [CARD], chi [CHI]',
    ]);
    const fromBot = items.filter((a) => a.from.role !== 'user');
    assert.ok(fromBot.some((a) => a.text?.includes(HELPLINE)), 'the helpline stays in the bot text');
    assert.ok(items.every((a) => a.from.name === undefined && (a as { channelData?: unknown }).channelData === undefined));
  });

  it('writes nothing personal to disk', async () => {
    await transcripts.store.flush();
    const folder = join(temp.path, 'transcripts');
    const files = await readdir(folder);
    assert.ok(files.length > 0);
    for (const file of files) {
      const content = await readFile(join(folder, file), 'utf8');
      for (const value of PERSONAL) assert.ok(!content.includes(value), `${file} contains ${value}`);
    }
  });
});

describe('conversation state kept as long as the transcript', () => {
  it("deletes a conversation's state (its recent transcript among it) when the purge deletes its transcript", async () => {
    const DAY = 86_400_000;
    let now = Date.parse('2026-03-01T10:00:00Z');
    const state = new MemoryStorage();
    const config = configFor({ TranscriptStore: 'memory', TranscriptRetentionDays: '30' });
    const knowledgeBase = await realKnowledgeBase();
    const logger = createLogger({ level: 'silent' });
    const built = buildTranscripts({ config, knowledgeBase, logger, now: () => new Date(now), onExpired: forgetConversationState(state) });
    assert.ok(built);
    const app = buildApp({ config, knowledgeBase, storage: state, logger, recognizer: await realRecognizer(), middleware: [built.middleware] });
    try {
      const base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
      const say = async (conversation: string, text: string) => {
        const res = await fetch(`${base}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', id: `${conversation}-${text}`, channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', deliveryMode: 'expectReplies', from: { id: 'visitor' }, recipient: { id: 'bot' }, conversation: { id: conversation }, text }),
        });
        assert.equal(res.status, 200);
        await built.store.flush();
      };
      const stateOf = async (conversation: string) => (await state.read([conversationStateKey('emulator', conversation)]))[conversationStateKey('emulator', conversation)];

      await say('quiet', 'what is the helpline number');
      assert.ok(await stateOf('quiet'), 'the turn wrote conversation state under the key the purge deletes');
      now += 20 * DAY;
      await say('recent', 'what is the helpline number');
      now += 11 * DAY;

      assert.deepEqual(await built.retention.runOnce(), { deleted: 1, kept: 0 });
      assert.equal(await stateOf('quiet'), undefined);
      assert.ok(await stateOf('recent'), 'a conversation active 11 days ago keeps its state');
      await say('quiet', 'hello');
      assert.ok(await stateOf('quiet'), 'a visitor coming back starts afresh');
    } finally {
      await app.close();
      await built.close();
    }
  });
});

describe('transcript settings', () => {
  it('default to the storage kind, a "transcripts" container and 30 days', () => {
    const config = configFor({});
    assert.equal(config.TranscriptStore, undefined);
    assert.equal(config.TranscriptContainerName, 'transcripts');
    assert.equal(config.TranscriptRetentionDays, 30);
  });

  const problems = (env: Record<string, string>) => {
    const result = loadConfig({ StorageKind: 'memory', ...env });
    return result.ok ? [] : result.problems;
  };

  for (const [env, expected] of [
    [{ TranscriptStore: 'blob' }, /^BlobConnectionString: is required when TranscriptStore is blob/],
    [{ TranscriptStore: 'cosmos' }, /^TranscriptStore: is cosmos, which needs/],
    [{ TranscriptStore: 'disk' }, /^TranscriptStore: must be off, memory, file, blob or cosmos/],
    [{ TranscriptRetentionDays: '0' }, /^TranscriptRetentionDays: must be 1–3650/],
    [{ TranscriptRetentionDays: 'a month' }, /^TranscriptRetentionDays: must be a number of days/],
    [{ TranscriptContainerName: 'Transcripts!' }, /^TranscriptContainerName: must be 3–63/],
    [{ StorageKind: 'blob', BlobConnectionString: 'UseDevelopmentStorage=true;', DirectLineTokenSecret: 'transcript-test-secret-0123456789abcdef', TranscriptContainerName: 'botstate' }, /^TranscriptContainerName: must differ from BlobContainerName/],
  ] as const) {
    it(`refuses ${JSON.stringify(env)}`, () => {
      const found = problems(env);
      assert.ok(found.some((p) => expected.test(p)), found.join('\n'));
    });
  }

  it('TranscriptStore=off builds no transcripts', async () => {
    const built = buildTranscripts({ config: configFor({ TranscriptStore: 'off' }), knowledgeBase: await realKnowledgeBase(), logger: createLogger({ level: 'silent' }) });
    assert.equal(built, undefined);
  });

  it('TranscriptStore=off on durable storage warns that conversation state will not be purged', async () => {
    for (const [env, warned] of [[{ TranscriptStore: 'off', StorageKind: 'file', StoragePath: './data' }, true], [{ TranscriptStore: 'off' }, false]] as const) {
      const lines: string[] = [];
      const logger = createLogger({ level: 'warn', destination: { write: (line: string) => void lines.push(line) } });
      buildTranscripts({ config: configFor(env), knowledgeBase: await realKnowledgeBase(), logger });
      assert.equal(lines.some((l) => l.includes('conversation state')), warned, lines.join('\n'));
    }
  });
});
