// The server under load for `npm run bench`: the app as `src/index.ts` builds it (config from the
// environment, transcripts as configured), or with `--echo` the same server, adapter and middleware
// around a bare echo bot. Runs in its own process so the load client does not share its event loop;
// answers `memory` and `gc` requests from the parent over IPC.
//
// Both load the app compiled by `tsc -p tsconfig.build.json` (`dist/`, which `npm start` runs and the
// bench builds first), not the TypeScript through tsx: tsx's transform wraps every function it
// creates in a name-keeping helper (a defineProperty per closure) that production never runs.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector';
import { PerformanceObserver } from 'node:perf_hooks';
import path from 'node:path';
import { ActivityHandler, MessageFactory } from 'botbuilder';
import type { DecisionCacheStats } from '../src/recognition/decisionCache';
import type { Recognizer } from '../src/recognition/recognizer';
import type { UnderstandingWorkerStats } from '../src/recognition/worker/understandingWorker';

/** A module of the compiled app; every one from `dist/`, so the app's modules exist once. */
const built = <T>(module: string): T => require(path.join(__dirname, '..', 'dist', 'src', module)) as T;
const { buildApp } = built<typeof import('../src/app')>('app');
const { loadConfigFromEnvironment } = built<typeof import('../src/config')>('config');
const { loadKnowledgeBase } = built<typeof import('../src/knowledge/loadKnowledgeBase')>('knowledge/loadKnowledgeBase');
const { createLogger } = built<typeof import('../src/observability/logger')>('observability/logger');
const { createStorage } = built<typeof import('../src/storage/createStorage')>('storage/createStorage');
const { storageOptionsFromConfig } = built<typeof import('../src/storage/storageOptionsFromConfig')>('storage/storageOptionsFromConfig');
const { buildTranscripts } = built<typeof import('../src/transcripts/buildTranscripts')>('transcripts/buildTranscripts');

/** Echoes every message and welcomes joiners: the framework's cost with none of the bot's. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`You said: ${context.activity.text ?? ''}`));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id)) await context.sendActivity('Hello');
      await next();
    });
  }
}

/** The echo process trains no recogniser; nothing calls it. */
const idleRecognizer: Recognizer = { recognize: async () => ({ ranked: [], outOfScope: 1 }) };

/**
 * Memory now, CPU time used so far (user + system, every thread) for per-turn CPU cost, the main
 * thread's garbage-collection pauses so far, how many decisions the bot remembered and made so far
 * (its DecisionCache; none on the echo), and how many new messages its understanding worker read.
 */
export type MemoryReport = {
  rssMb: number;
  peakRssMb: number;
  heapUsedMb: number;
  cpuMs: number;
  gcMs: number;
  decisions?: { hits: number; misses: number };
  worker?: { decided: number; readHere: number };
};

/** The main thread's time in garbage-collection pauses, as V8 reports each one. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });

function memory(decisions?: DecisionCacheStats, worker?: UnderstandingWorkerStats): MemoryReport {
  const mb = (bytes: number) => bytes / 1024 / 1024;
  let peakRssMb = mb(process.memoryUsage().rss);
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (hwm !== undefined) peakRssMb = Number(hwm) / 1024;
  } catch {
    // not Linux: the current RSS stands in for the peak
  }
  const usage = process.memoryUsage();
  const cpu = process.cpuUsage();
  return {
    rssMb: mb(usage.rss),
    peakRssMb,
    heapUsedMb: mb(usage.heapUsed),
    cpuMs: (cpu.user + cpu.system) / 1000,
    gcMs,
    ...(decisions ? { decisions: { hits: decisions.hits, misses: decisions.misses } } : {}),
    ...(worker ? { worker: { decided: worker.decided, readHere: worker.readHere } } : {}),
  };
}

/** A V8 CPU profile of the measured runs only (not start-up), through the inspector. */
class CpuProfiler {
  private readonly session = new Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.start');
  }

  async stop(file: string): Promise<void> {
    const { profile } = (await this.post('Profiler.stop')) as { profile: object };
    await writeFile(file, JSON.stringify(profile));
    this.session.disconnect();
  }

  private post(method: string): Promise<unknown> {
    return new Promise((resolve, reject) => this.session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  }
}

async function main(): Promise<void> {
  const echo = process.argv.includes('--echo');
  const configResult = loadConfigFromEnvironment();
  if (!configResult.ok) throw new Error(configResult.problems.join('\n'));
  const config = configResult.config;
  const logger = createLogger({ level: config.LogLevel });
  const knowledge = await loadKnowledgeBase(path.resolve(config.KnowledgePath));
  if (!knowledge.ok) throw new Error('knowledge base is invalid');
  const storage = createStorage(storageOptionsFromConfig(config));
  const transcripts = buildTranscripts({ config, knowledgeBase: knowledge.knowledgeBase, logger });
  const app = buildApp({
    config,
    knowledgeBase: knowledge.knowledgeBase,
    storage,
    logger,
    middleware: transcripts ? [transcripts.middleware] : [],
    ...(echo ? { turnHandler: new EchoBot(), recognizer: idleRecognizer } : {}),
  });
  const port = await app.listen(0, '127.0.0.1');
  const profiler = new CpuProfiler();
  process.on('message', async (message: { id: number; cmd: 'memory' | 'gc' | 'profile-start' | 'profile-stop'; file?: string }) => {
    if (message.cmd === 'gc') global.gc?.();
    if (message.cmd === 'profile-start') await profiler.start();
    if (message.cmd === 'profile-stop' && message.file) await profiler.stop(message.file);
    process.send?.({ id: message.id, memory: memory(app.understanding.decisions?.stats(), app.understandingWorker?.stats()) });
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ready: true, port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
