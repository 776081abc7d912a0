// The load part of `npm run bench`: N concurrent conversations × M turns through `/api/messages`
// (expectReplies) and through the local Direct Line, against the bot and against a bare echo bot on
// the same server, adapter and middleware, each in its own child process. Prints numbers; asserts nothing.
import { type ChildProcess, execFile, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { percentile } from '../src/eval/scoreCases';
import type { MemoryReport } from './loadServer';

export type Transport = 'messages' | 'directline';
export type Kind = 'bot' | 'echo';

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
  /** Share of the run's messages whose decision the bot remembered (DecisionCache), not read afresh. */
  readonly rememberedShare?: number;
  /** False for the reference run with DecisionCacheSize=0. */
  readonly remembered?: false;
}

export interface LoadBenchOptions {
  /** Storage of the compared runs; with `memory`, the bot is also run once on `file` for reference. */
  readonly storage: 'file' | 'memory';
  /** Write V8 CPU profiles of both server processes during the measured runs into this folder. */
  readonly cpuProfileDir?: string;
  /** Fewer turns: a smoke run. */
  readonly quick?: boolean;
  readonly log: (line: string) => void;
}

export interface LoadBenchSummary {
  readonly runs: readonly RunResult[];
  readonly openConversations: { readonly botRssMb: number; readonly echoRssMb: number; readonly botPeakRssMb: number; readonly echoPeakRssMb: number };
  readonly repeated: readonly { readonly heapUsedMb: number; readonly rssMb: number; readonly turnsPerSec: number }[];
}

const CONCURRENCY = [1, 10, 100] as const;
/**
 * Alternating echo/bot rounds per setting, sharing the setting's turns; the round with the median ratio
 * is reported. Round ratios of one setting spread from 0.56 to 0.88 on this machine: five, not three.
 */
const ROUNDS = 5;
const ROOT = path.resolve(__dirname, '..');

/** A visit: this many messages, then the visitor leaves and a new conversation starts. */
const TURNS_PER_CONVERSATION = 10;

/**
 * Turns through /api/messages before anything is measured, at 10 concurrent: a server that has run for
 * hours is the one to compare. V8 optimises a function only once it has run often, and the bot has
 * far more once-a-turn code than the echo. After 300 turns of warm-up, the bot's rounds at 10
 * concurrent ran 710–1,010 turns/s against the echo's 1,300–1,410; after 3,000, 960–1,200 against
 * 1,080–1,310 (one run each).
 */
const WARM_UP_TURNS = 3000;

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

/** One server process, bot or echo, with its IPC for memory reports. */
export class LoadServer {
  private nextId = 0;
  private readonly waiting = new Map<number, (m: MemoryReport) => void>();

  private constructor(
    readonly kind: Kind,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: { id?: number; memory?: MemoryReport }) => {
      if (message.id !== undefined && message.memory) this.waiting.get(message.id)?.(message.memory);
    });
  }

  static async start(kind: Kind, env: Record<string, string>): Promise<LoadServer> {
    const execArgv = ['--import', 'tsx', '--expose-gc'];
    const child = fork(path.join(ROOT, 'scripts/loadServer.ts'), kind === 'echo' ? ['--echo'] : [], {
      cwd: ROOT,
      execArgv,
      env: { ...process.env, ...env },
      // The server's log lines go where a host would send them; the bench does not read them.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
      child.on('message', (m: { ready?: boolean; port?: number }) => {
        if (m.ready && m.port) resolve(m.port);
      });
    });
    return new LoadServer(kind, port, child);
  }

  memory(gc = false): Promise<MemoryReport> {
    return this.ask(gc ? 'gc' : 'memory');
  }

  /** Profiles the server's CPU between these two calls (the measured runs, not start-up). */
  startProfile(): Promise<MemoryReport> {
    return this.ask('profile-start');
  }

  stopProfile(file: string): Promise<MemoryReport> {
    return this.ask('profile-stop', file);
  }

  private ask(cmd: string, file?: string): Promise<MemoryReport> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (m) => {
        this.waiting.delete(id);
        resolve(m);
      });
      this.child.send({ id, cmd, file });
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.disconnect();
    await exited;
  }
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
    ...(remembered === undefined ? {} : { rememberedShare: remembered }),
  };
}

interface RoundPair {
  readonly b: RunResult;
  readonly e: RunResult;
  readonly ratio: number;
}

/** The same work in alternating echo/bot rounds: the machine's speed drifts from second to second. */
async function pairedRounds(bot: LoadServer, echo: LoadServer, transport: Transport, concurrency: number, conversationsEach: number, rounds: number, texts: readonly string[]): Promise<RoundPair[]> {
  const pairs: RoundPair[] = [];
  for (let round = 0; round < rounds; round++) {
    const e = await run(echo, transport, concurrency, conversationsEach, texts);
    const b = await run(bot, transport, concurrency, conversationsEach, texts);
    pairs.push({ b, e, ratio: b.turnsPerSec / e.turnsPerSec });
  }
  return pairs;
}

/** Of alternating echo/bot rounds, the one with the median ratio: not one lucky or unlucky pair. */
function medianPair<P extends { readonly ratio: number }>(pairs: readonly P[]): P {
  const ratios = pairs.map((x) => x.ratio).sort((x, y) => x - y);
  return pairs.find((x) => x.ratio === ratios[Math.floor(ratios.length / 2)]) as P;
}

/** The share of decisions remembered between two reports; undefined for the echo, or when nothing was asked. */
function rememberedShare(before: MemoryReport, after: MemoryReport): number | undefined {
  if (before.decisions === undefined || after.decisions === undefined) return undefined;
  const hits = after.decisions.hits - before.decisions.hits;
  const asked = hits + after.decisions.misses - before.decisions.misses;
  return asked > 0 ? hits / asked : undefined;
}

/** Opens `count` Direct Line conversations, each with one answered turn, a few at a time. */
async function openMany(server: LoadServer, count: number, texts: readonly string[]): Promise<void> {
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

function describeRun(r: RunResult): string {
  return `${r.turnsPerSec.toFixed(0).padStart(5)} turns/s  p50 ${r.p50Ms.toFixed(1).padStart(5)} ms  p99 ${r.p99Ms.toFixed(1).padStart(6)} ms  errors ${r.errors}  CPU ${r.cpuMsPerTurn.toFixed(2)} ms/turn  peak RSS ${r.peakRssMb.toFixed(0)} MB${r.rememberedShare === undefined ? '' : `  decisions remembered ${(100 * r.rememberedShare).toFixed(0)}%`}`;
}

/** The server's settings: limits high enough that the bench measures work, not refusals. */
export function serverEnv(storage: 'file' | 'memory', dataDir: string): Record<string, string> {
  return {
    PORT: '3978',
    StorageKind: storage,
    StoragePath: dataDir,
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    DirectLineSecret: '',
    CluEndpoint: '',
    CluKey: '',
    CluProjectName: '',
    CluDeploymentName: '',
    DirectLineTokenSecret: 'load-bench-direct-line-token-secret-0123456789',
    DirectLineMaxConversations: '1000000',
    DirectLineActivitiesPerMinute: '10000',
    DirectLineActivitiesPerMinutePerAddress: '100000',
    RequestsPerMinutePerAddress: '10000000',
    RequestsPerMinutePerConversation: '10000000',
    MessagesPerMinutePerConversation: '10000000',
  };
}

/**
 * Memory with many open conversations, on a fresh bot and echo: a process's peak RSS is its lifetime
 * high-water mark, which on the servers just measured is set by the 100-concurrent runs (RSS 150–360 MB
 * of garbage not yet collected), not by holding conversations. Both servers see the same warm-up.
 */
async function openConversationsMemory(envFor: () => Promise<Record<string, string>>, opened: number, texts: readonly string[]): Promise<{ botMemory: Awaited<ReturnType<LoadServer['memory']>>; echoMemory: Awaited<ReturnType<LoadServer['memory']>> }> {
  const [bot, echo] = await Promise.all([LoadServer.start('bot', await envFor()), LoadServer.start('echo', await envFor())]);
  try {
    for (const server of [bot, echo]) await run(server, 'directline', 10, 1, texts);
    await Promise.all([openMany(bot, opened, texts), openMany(echo, opened, texts)]);
    const [botMemory, echoMemory] = await Promise.all([bot.memory(true), echo.memory(true)]);
    return { botMemory, echoMemory };
  } finally {
    await Promise.all([bot.stop(), echo.stop()]);
  }
}

/**
 * Three runs in a row on one server, heap measured after a forced GC each time. On file storage, so
 * what the runs store (conversations, logs, transcripts) is on disk and only a leak grows the heap.
 */
async function repeatedRuns(server: LoadServer, texts: readonly string[], quick: boolean, log: (line: string) => void): Promise<LoadBenchSummary['repeated'][number][]> {
  const repeated: LoadBenchSummary['repeated'][number][] = [];
  for (let i = 0; i < 4; i++) {
    const r = await run(server, 'messages', 10, Math.max(1, conversationsPer('messages', 10, quick) / 4), texts, 'repeat');
    await run(server, 'directline', 10, 1, texts);
    const m = await server.memory(true);
    // The first run fills caches and JIT; the three after it are the comparison.
    if (i > 0) repeated.push({ heapUsedMb: m.heapUsedMb, rssMb: m.rssMb, turnsPerSec: r.turnsPerSec });
  }
  const growth = (repeated[2]?.heapUsedMb ?? 0) - (repeated[0]?.heapUsedMb ?? 0);
  log(
    `repeated runs (bot on file storage, 10 concurrent, /api/messages then Direct Line), heap after GC: ${repeated.map((r) => `${r.heapUsedMb.toFixed(1)} MB`).join(', ')}; ` +
      `RSS ${repeated.map((r) => `${r.rssMb.toFixed(0)} MB`).join(', ')}; ${growth <= 1 ? 'no growth' : `grew ${growth.toFixed(1)} MB`}`,
  );
  return repeated;
}

/**
 * The bot with DecisionCacheSize=0, against the same echo: every message read afresh. The bench's texts
 * repeat (it cycles one list), so the main runs remember most decisions; this is the bot when no one
 * sends the same words twice.
 */
async function unrememberedReference(echo: LoadServer, env: Record<string, string>, texts: readonly string[], quick: boolean, log: (line: string) => void): Promise<RunResult[]> {
  const server = await LoadServer.start('bot', { ...env, DecisionCacheSize: '0' });
  try {
    await warmUp(server, texts, ['messages']);
    const rounds = quick ? 1 : ROUNDS;
    const conversationsEach = Math.max(1, Math.round(conversationsPer('messages', 10, quick) / rounds));
    const pairs = await pairedRounds(server, echo, 'messages', 10, conversationsEach, rounds, texts);
    const median = medianPair(pairs);
    const { e, ratio } = median;
    const b = { ...median.b, remembered: false as const };
    log(`without remembered decisions (DecisionCacheSize=0), /api/messages 10 concurrent:`);
    log(`  bot  ${describeRun(b)}`);
    log(`  echo ${describeRun(e)}  → bot/echo ${ratio.toFixed(2)}`);
    return [b];
  } finally {
    await server.stop();
  }
}

/**
 * The bot again on file storage (the default for one instance), 10 concurrent: each turn then waits
 * for its conversation state to be written durably (fsync), which memory storage does not.
 */
async function fileStorageReference(env: Record<string, string>, texts: readonly string[], quick: boolean, log: (line: string) => void): Promise<{ runs: RunResult[]; repeated: LoadBenchSummary['repeated'][number][] }> {
  const server = await LoadServer.start('bot', env);
  try {
    await warmUp(server, texts, ['messages']);
    const runs: RunResult[] = [];
    for (const transport of ['messages', 'directline'] as const) {
      const r = { ...(await run(server, transport, 10, conversationsPer(transport, 10, quick), texts)), storage: 'file' as const };
      runs.push(r);
      log(`bot on file storage, ${transport === 'messages' ? '/api/messages' : 'Direct Line'}, 10 concurrent: ${describeRun(r)}`);
    }
    return { runs, repeated: await repeatedRuns(server, texts, quick, log) };
  } finally {
    await server.stop();
  }
}

/**
 * JIT warm-up before measuring: many /api/messages turns, then Direct Line at 10 and at the highest
 * concurrency. The local Direct Line's loopback connections (delivery to /api/messages, replies to
 * the connector routes) grow with concurrency, and a saturated server accepts new ones one per
 * event-loop turn, so a server's first 100-concurrent run spent seconds opening them (p99 5-8 s for
 * the echo bot as for the bot; app.ts keeps them open between bursts).
 */
async function warmUp(server: LoadServer, texts: readonly string[], transports: readonly Transport[] = ['messages', 'directline']): Promise<void> {
  if (transports.includes('messages')) await run(server, 'messages', 10, WARM_UP_TURNS / 10 / TURNS_PER_CONVERSATION, texts);
  if (transports.includes('directline')) {
    await run(server, 'directline', 10, 1, texts);
    await run(server, 'directline', Math.max(...CONCURRENCY), 1, texts);
  }
}

/** The app compiled as `npm start` compiles it (`dist/`), which the servers run (see loadServer.ts). */
async function compileApp(log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const tsc = require.resolve('typescript/bin/tsc');
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT }, (error, stdout) => (error ? reject(new Error(`tsc -p tsconfig.build.json failed:\n${stdout}`)) : resolve())),
  );
  log(`compiled the app into dist/ as npm start does (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

export async function runLoadBench(options: LoadBenchOptions): Promise<LoadBenchSummary> {
  const { log } = options;
  const texts = benchTexts();
  await compileApp(log);
  const dataDirs: string[] = [];
  const envFor = async (storage = options.storage): Promise<Record<string, string>> => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bench-data-'));
    dataDirs.push(dir);
    return serverEnv(storage, dir);
  };
  const [bot, echo] = await Promise.all([LoadServer.start('bot', await envFor()), LoadServer.start('echo', await envFor())]);
  try {
    log(`\nload: the bot and a bare echo bot (same server, adapter, middleware), each in its own process; ${options.storage} storage; client in this process`);
    log(`concurrent clients × turns, each client a run of ${TURNS_PER_CONVERSATION}-turn conversations`);
    for (const server of [bot, echo]) await warmUp(server, texts);
    const runs: RunResult[] = [];
    if (options.cpuProfileDir) await Promise.all([bot.startProfile(), echo.startProfile()]);
    for (const transport of ['messages', 'directline'] as const) {
      for (const concurrency of CONCURRENCY) {
        const rounds = options.quick ? 1 : ROUNDS;
        const conversationsEach = Math.max(1, Math.round(conversationsPer(transport, concurrency, options.quick ?? false) / rounds));
        const pairs = await pairedRounds(bot, echo, transport, concurrency, conversationsEach, rounds, texts);
        const ratios = pairs.map((x) => x.ratio).sort((x, y) => x - y);
        const { b, e, ratio } = medianPair(pairs);
        runs.push(b, e);
        const label = `${transport === 'messages' ? '/api/messages' : 'Direct Line  '} ${String(concurrency).padStart(3)} × ${String(conversationsEach * TURNS_PER_CONVERSATION).padStart(4)}`;
        const range = rounds > 1 ? ` (${rounds} rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')})` : '';
        log(`${label}  bot  ${describeRun(b)}`);
        log(`${' '.repeat(label.length)}  echo ${describeRun(e)}  → bot/echo ${ratio.toFixed(2)}${range}`);
      }
    }

    runs.push(...(await unrememberedReference(echo, await envFor(), texts, options.quick ?? false, log)));

    if (options.cpuProfileDir) {
      await mkdir(options.cpuProfileDir, { recursive: true });
      await Promise.all([bot.stopProfile(path.join(options.cpuProfileDir, 'bot.cpuprofile')), echo.stopProfile(path.join(options.cpuProfileDir, 'echo.cpuprofile'))]);
      log(`CPU profiles of the measured runs: ${options.cpuProfileDir}/bot.cpuprofile and echo.cpuprofile (open in Chrome DevTools)`);
      // Writing a profile blocks a server for seconds; its keep-alive timers then close idle sockets
      // just as this client reuses them ("socket hang up"). Start the next phase on fresh sockets.
      agent.destroy();
    }


    const opened = options.quick ? 200 : 1000;
    const { botMemory, echoMemory } = await openConversationsMemory(envFor, opened, texts);
    log(
      `${opened} open Direct Line conversations: bot RSS ${botMemory.rssMb.toFixed(0)} MB (peak ${botMemory.peakRssMb.toFixed(0)}), echo RSS ${echoMemory.rssMb.toFixed(0)} MB (peak ${echoMemory.peakRssMb.toFixed(0)}); ` +
        `bot peak is ${(botMemory.peakRssMb - echoMemory.peakRssMb).toFixed(0)} MB above echo (target ≤ 100)`,
    );
    const onFile =
      options.storage === 'memory'
        ? await fileStorageReference(await envFor('file'), texts, options.quick ?? false, log)
        : { runs: [], repeated: await repeatedRuns(bot, texts, options.quick ?? false, log) };
    return {
      runs: [...runs, ...onFile.runs],
      repeated: onFile.repeated,
      openConversations: { botRssMb: botMemory.rssMb, echoRssMb: echoMemory.rssMb, botPeakRssMb: botMemory.peakRssMb, echoPeakRssMb: echoMemory.peakRssMb },
    };
  } finally {
    await Promise.all([bot.stop(), echo.stop()]);
    agent.destroy();
    await Promise.all(dataDirs.map((d) => rm(d, { recursive: true, force: true })));
  }
}
