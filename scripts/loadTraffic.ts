// The load client of `npm run bench`: conversations opened and driven through `/api/messages`
// (expectReplies) or the local Direct Line, timed turn by turn, with the server's CPU and memory.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { percentile } from '../src/eval/scoreCases';
import type { MemoryReport } from './loadServer';
import type { Kind, LoadServer } from './loadServerProcess';

export type Transport = 'messages' | 'directline';

const ROOT = path.resolve(__dirname, '..');

export interface RunResult {
  readonly kind: Kind;
  /** Set for the file-storage reference runs made when the main runs use memory storage. */
  readonly storage?: 'file';
  readonly transport: Transport;
  readonly concurrency: number;
  readonly turns: number;
  readonly turnsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly peakRssMb: number;
  /** The server process's CPU time per turn (user + system): steady even when the machine is busy. */
  readonly cpuMsPerTurn: number;
  /** The main thread's garbage-collection pauses per turn (part of the CPU time). */
  readonly gcMsPerTurn: number;
  /** Share of the run's messages whose decision the bot remembered (DecisionCache), not read afresh. */
  readonly rememberedShare?: number;
  /** Share of the run's new messages its understanding worker read (UnderstandingWorker=on), the rest read on the main thread. */
  readonly workerShare?: number;
  /** False for the reference runs with DecisionCacheSize=0. */
  readonly remembered?: false;
}

/** A visit: this many messages, then the visitor leaves and a new conversation starts. */
export const TURNS_PER_CONVERSATION = 10;

/** Conversations each concurrent client works through: about the same total work at every concurrency. */
export function conversationsPer(transport: Transport, concurrency: number, quick: boolean): number {
  const total = (transport === 'messages' ? 2000 : 600) / (quick ? 5 : 1);
  return Math.max(1, Math.round(total / concurrency / TURNS_PER_CONVERSATION));
}

export function benchTexts(): string[] {
  const files = ['test/fixtures/eval/dev.jsonl', 'test/fixtures/eval/test.jsonl'];
  const texts = files.flatMap((f) => {
    try {
      return readFileSync(path.join(ROOT, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    } catch {
      return [];
    }
  });
  return texts.length > 0 ? texts : ['what is the helpline number?', 'is my data in the leak', 'what happened'];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

/** Closes the client's keep-alive sockets: the next request opens a fresh one. */
export function closeConnections(): void {
  agent.destroy();
}

interface Reply {
  readonly status: number;
  readonly body: string;
}

function call(port: number, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, agent, headers: body === undefined ? headers : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Opens `count` keep-alive sockets to the server (each answers one `/healthz`), for the run's clients to reuse. */
async function connect(server: LoadServer, count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, () => call(server.port, 'GET', '/healthz')));
}

/** A conversation a client holds: an id for `/api/messages`, or a Direct Line token and watermark. */
interface Conversation {
  readonly id: string;
  token?: string;
  watermark?: string;
}

let runCounter = 0;

async function openConversation(server: LoadServer, transport: Transport, name: string): Promise<Conversation> {
  if (transport === 'messages') return { id: name };
  const created = await call(server.port, 'POST', '/api/directline/token');
  if (created.status !== 200) throw new Error(`token endpoint: ${created.status} ${created.body}`);
  const grant = JSON.parse(created.body) as { conversationId: string; token: string };
  const started = await call(server.port, 'POST', '/v3/directline/conversations', { authorization: `Bearer ${grant.token}` });
  if (started.status !== 201 && started.status !== 200) throw new Error(`start: ${started.status} ${started.body}`);
  // Read past the welcome so each turn's poll shows only its own reply.
  const welcome = await call(server.port, 'GET', `/v3/directline/conversations/${grant.conversationId}/activities`, { authorization: `Bearer ${grant.token}` });
  return { id: grant.conversationId, token: grant.token, watermark: (JSON.parse(welcome.body) as { watermark: string }).watermark };
}

/** One turn as the client sees it; false when the reply did not come. */
async function turn(server: LoadServer, transport: Transport, conversation: Conversation, text: string): Promise<boolean> {
  if (transport === 'messages') {
    const body = JSON.stringify({ type: 'message', channelId: 'emulator', deliveryMode: 'expectReplies', from: { id: `user-${conversation.id}` }, recipient: { id: 'bot' }, conversation: { id: conversation.id }, text });
    const reply = await call(server.port, 'POST', '/api/messages', {}, body);
    return reply.status === 200 && (JSON.parse(reply.body) as { activities?: unknown[] }).activities?.length !== 0;
  }
  const auth = { authorization: `Bearer ${conversation.token ?? ''}` };
  const posted = await call(server.port, 'POST', `/v3/directline/conversations/${conversation.id}/activities`, auth, JSON.stringify({ type: 'message', text }));
  if (posted.status !== 200) return false;
  // The local Direct Line answers the post once the bot's turn is over, so the reply is already logged.
  const page = await call(server.port, 'GET', `/v3/directline/conversations/${conversation.id}/activities?watermark=${conversation.watermark ?? ''}`, auth);
  if (page.status !== 200) return false;
  const { activities, watermark } = JSON.parse(page.body) as { activities: { from?: { role?: string } }[]; watermark: string };
  conversation.watermark = watermark;
  return activities.some((a) => a.from?.role !== 'user');
}

/**
 * `concurrency` clients at once, each working through `conversationsEach` conversations of
 * TURNS_PER_CONVERSATION turns. Conversations are opened before the clock starts.
 */
export async function run(server: LoadServer, transport: Transport, concurrency: number, conversationsEach: number, texts: readonly string[], fixedNames?: string): Promise<RunResult> {
  const runId = runCounter++;
  // Sockets left idle while the other server ran may be closed by this server's keep-alive timer just
  // as they are reused ("socket hang up" opening conversations): each run starts on fresh sockets,
  // connected before the clock starts. Node (libuv 1.45 on) accepts one connection per event-loop
  // turn, and a turn of a busy server serves every request ready in it: 100 clients connecting
  // during the run had the last of them wait for 100 such turns (p99 of seconds at 100 concurrent,
  // for the bot and the echo alike), which measured accepting sockets, not turns.
  agent.destroy();
  await connect(server, concurrency);
  const clients: Conversation[][] = [];
  for (let c = 0; c < concurrency; c++) clients.push([]);
  await Promise.all(
    clients.map(async (list, c) => {
      for (let k = 0; k < conversationsEach; k++) list.push(await openConversation(server, transport, `${fixedNames ?? `load-${runId}`}-${c}-${k}`));
    }),
  );
  const before = await server.memory();
  let peakRssMb = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakRssMb = Math.max(peakRssMb, (await server.memory()).rssMb);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const latencies: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    clients.map(async (conversations, c) => {
      for (const conversation of conversations) {
        for (let t = 0; t < TURNS_PER_CONVERSATION; t++) {
          const text = texts[(c * 7 + latencies.length + t) % texts.length] as string;
          const before = process.hrtime.bigint();
          let ok = false;
          try {
            ok = await turn(server, transport, conversation, text);
          } catch {
            ok = false;
          }
          latencies.push(Number(process.hrtime.bigint() - before) / 1e6);
          if (!ok) errors++;
        }
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sampling = false;
  await sampler;
  const after = await server.memory();
  const cpuMs = after.cpuMs - before.cpuMs;
  const remembered = rememberedShare(before, after);
  latencies.sort((a, b) => a - b);
  return {
    kind: server.kind,
    transport,
    concurrency,
    turns: latencies.length,
    turnsPerSec: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors,
    peakRssMb,
    cpuMsPerTurn: cpuMs / latencies.length,
    gcMsPerTurn: (after.gcMs - before.gcMs) / latencies.length,
    ...(remembered === undefined ? {} : { rememberedShare: remembered }),
    ...(after.worker && before.worker ? { workerShare: share(after.worker.decided - before.worker.decided, after.worker.readHere - before.worker.readHere) } : {}),
  };
}

function share(these: number, others: number): number {
  return these + others > 0 ? these / (these + others) : 0;
}

/** The share of decisions remembered between two reports; undefined for the echo, or when nothing was asked. */
function rememberedShare(before: MemoryReport, after: MemoryReport): number | undefined {
  if (before.decisions === undefined || after.decisions === undefined) return undefined;
  const hits = after.decisions.hits - before.decisions.hits;
  const asked = hits + after.decisions.misses - before.decisions.misses;
  return asked > 0 ? hits / asked : undefined;
}

/** Opens `count` Direct Line conversations, each with one answered turn, a few at a time. */
export async function openMany(server: LoadServer, count: number, texts: readonly string[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < count) {
        const i = next++;
        const conversation = await openConversation(server, 'directline', `open-${i}`);
        await turn(server, 'directline', conversation, texts[i % texts.length] as string);
      }
    }),
  );
}
