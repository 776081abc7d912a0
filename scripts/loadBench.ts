// The load part of `npm run bench`: N concurrent conversations × M turns through `/api/messages`
// (expectReplies) and through the local Direct Line, against the bot and against a bare echo bot on
// the same server, adapter and middleware, each in its own child process (loadServerProcess.ts), driven
// by loadTraffic.ts. Prints numbers; asserts nothing.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileApp, LoadServer, serverEnv } from './loadServerProcess';
import { benchTexts, closeConnections, conversationsPer, openMany, run, type RunResult, TURNS_PER_CONVERSATION, type Transport } from './loadTraffic';

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

/**
 * Turns through /api/messages before anything is measured, at 10 concurrent, on each server: the
 * figures are then those of a server that has been running, not of its first seconds. V8 optimises a
 * function only once it has run often, and the bot has far more once-a-turn code than the echo. The
 * bot's remembered decisions fill up as well; the bench's texts repeat, so a much longer warm-up would
 * approach every decision remembered (3,000 turns leaves 90–95% at 10 concurrent). Five paired rounds
 * at 10 concurrent had a median bot/echo of 0.69 after 200 turns of warm-up (as before) and 0.80
 * after 3,000 (one run each).
 */
const WARM_UP_TURNS = 3000;

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

function describeRun(r: RunResult): string {
  return `${r.turnsPerSec.toFixed(0).padStart(5)} turns/s  p50 ${r.p50Ms.toFixed(1).padStart(5)} ms  p99 ${r.p99Ms.toFixed(1).padStart(6)} ms  errors ${r.errors}  CPU ${r.cpuMsPerTurn.toFixed(2)} ms/turn (GC ${r.gcMsPerTurn.toFixed(2)})  peak RSS ${r.peakRssMb.toFixed(0)} MB${r.rememberedShare === undefined ? '' : `  decisions remembered ${(100 * r.rememberedShare).toFixed(0)}%`}${r.workerShare === undefined ? '' : `  new messages read on the worker ${(100 * r.workerShare).toFixed(0)}%`}`;
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
 * sends the same words twice. Then the same with UnderstandingWorker=on: new messages read on a second
 * thread, which on a host with more than one core is where they cost the event loop nothing.
 */
async function unrememberedReference(echo: LoadServer, env: Record<string, string>, texts: readonly string[], quick: boolean, log: (line: string) => void): Promise<RunResult[]> {
  const runs: RunResult[] = [];
  for (const worker of ['off', 'on'] as const) {
    const server = await LoadServer.start('bot', { ...env, DecisionCacheSize: '0', UnderstandingWorker: worker });
    try {
      await warmUp(server, texts, ['messages']);
      const rounds = quick ? 1 : ROUNDS;
      const conversationsEach = Math.max(1, Math.round(conversationsPer('messages', 10, quick) / rounds));
      const pairs = await pairedRounds(server, echo, 'messages', 10, conversationsEach, rounds, texts);
      const median = medianPair(pairs);
      const { e, ratio } = median;
      const b = { ...median.b, remembered: false as const };
      log(`without remembered decisions (DecisionCacheSize=0), UnderstandingWorker=${worker}, /api/messages 10 concurrent:`);
      log(`  bot  ${describeRun(b)}`);
      log(`  echo ${describeRun(e)}  → bot/echo ${ratio.toFixed(2)}${rounds > 1 ? ` (${rounds} rounds: ${pairs.map((x) => x.ratio).sort((x, y) => x - y).map((r) => r.toFixed(2)).join(', ')})` : ''}`);
      runs.push(b);
    } finally {
      await server.stop();
    }
  }
  return runs;
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
      closeConnections();
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
    closeConnections();
    await Promise.all(dataDirs.map((d) => rm(d, { recursive: true, force: true })));
  }
}
