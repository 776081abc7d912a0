import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { describeError, type ErrorDescription } from '../../observability/describeError';
import type { Logger } from '../../observability/logger';
import type { DecideElsewhere, WatchedDecision } from '../rememberedDecision';
import type { Understanding } from '../understandMessage';

/** What the thread is started with: everything its MessageUnderstanding is built from. */
export interface ThreadStart {
  readonly knowledgeBase: KnowledgeBase;
  readonly maxChars: number;
}

export type ThreadRequest = Parameters<DecideElsewhere>[0] & { readonly id: number };

export type ThreadMessage =
  | { readonly ready: true }
  | { readonly id: number; readonly decision: Understanding; readonly readPrevious: boolean }
  | { readonly id: number; readonly error: ErrorDescription };

export interface UnderstandingWorkerOptions {
  readonly knowledgeBase: KnowledgeBase;
  readonly maxChars: number;
  readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** A thread that has not answered a message in this long is stuck or far behind: it is replaced, and the message read here. */
  readonly timeoutMs?: number;
  /** Wait before starting a stopped thread again; doubles with each failure in a row, up to a minute. */
  readonly restartMs?: number;
  /** Starts the thread (default `understandingThread`); tests pass threads that crash or never answer. */
  readonly startThread?: (start: ThreadStart) => Worker;
}

/** How the worker has served so far (the benchmark prints it). */
export interface UnderstandingWorkerStats {
  readonly ready: boolean;
  /** Decisions the thread made. */
  readonly decided: number;
  /** Messages read on the main thread instead: the thread was starting, stopped, failed or too slow. */
  readonly readHere: number;
  readonly restarts: number;
}

interface Waiting {
  readonly resolve: (made: WatchedDecision | undefined) => void;
  readonly timer: NodeJS.Timeout;
}

const DEFAULT_TIMEOUT_MS = 3000;
const DEFAULT_RESTART_MS = 1000;
const MAX_RESTART_MS = 60_000;

/**
 * Reads new messages on a second thread, so a host with more than one core reads several at once and
 * the event loop keeps serving turns (remembered decisions, hand-offs, Direct Line) meanwhile. It is
 * an addition, never a dependency: until the thread is ready, while it restarts after a crash, and
 * when it is slower than `timeoutMs`, `decide` answers undefined and the message is read on the main
 * thread, which keeps its own MessageUnderstanding. The decision cache stays on the main thread; the
 * thread reports whether a decision read the previous topic, which says how it is remembered.
 */
export class UnderstandingWorker {
  private thread: Worker | undefined;
  private ready = false;
  private closed = false;
  private nextId = 0;
  private failuresInARow = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private decided = 0;
  private readHere = 0;
  private restarts = 0;

  constructor(private readonly options: UnderstandingWorkerOptions) {
    this.start();
  }

  readonly decide: DecideElsewhere = (input) => {
    const thread = this.thread;
    if (thread === undefined || !this.ready) {
      this.readHere++;
      return Promise.resolve(undefined);
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.tooSlow(thread, id), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      this.waiting.set(id, { resolve, timer });
      thread.postMessage({ id, text: input.text, audience: input.audience, previousTopicId: input.previousTopicId } satisfies ThreadRequest);
    });
  };

  stats(): UnderstandingWorkerStats {
    return { ready: this.ready, decided: this.decided, readHere: this.readHere, restarts: this.restarts };
  }

  /** Stops the thread; messages waiting on it, and any after, are read on the main thread. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.restartTimer);
    const thread = this.thread;
    this.stopped();
    await thread?.terminate();
  }

  private start(): void {
    const { knowledgeBase, maxChars, logger } = this.options;
    let thread: Worker;
    try {
      thread = (this.options.startThread ?? startUnderstandingThread)({ knowledgeBase, maxChars });
    } catch (error) {
      // A thread that cannot even be created (its module missing, no memory) is retried later, never thrown to the caller.
      logger.error({ err: describeError(error) }, 'understanding worker could not start');
      this.restartLater();
      return;
    }
    this.thread = thread;
    this.ready = false;
    // The app's close() ends the thread; a process that never calls it may still exit.
    thread.unref();
    thread.on('message', (message: ThreadMessage) => {
      if ('ready' in message) {
        this.ready = true;
        this.failuresInARow = 0;
        logger.info('understanding worker ready: new messages are read on a second thread');
        return;
      }
      if ('error' in message) logger.warn({ err: message.error }, 'understanding worker could not decide: read on the main thread');
      this.settle(message.id, 'error' in message ? undefined : { decision: message.decision, readPrevious: message.readPrevious });
    });
    thread.on('error', (error) => logger.error({ err: describeError(error) }, 'understanding worker failed'));
    thread.on('exit', (code) => {
      if (this.thread !== thread) return;
      this.stopped();
      if (this.closed) return;
      logger.error({ exitCode: code }, 'understanding worker stopped: messages are read on the main thread until it is back');
      this.restartLater();
    });
  }

  /** Starts a new thread after a wait that doubles with each failure in a row (a thread that got ready resets it). */
  private restartLater(): void {
    if (this.closed) return;
    const delay = Math.min(MAX_RESTART_MS, (this.options.restartMs ?? DEFAULT_RESTART_MS) * 2 ** this.failuresInARow++);
    this.options.logger.info({ restartInMs: delay }, 'understanding worker restarts later');
    this.restartTimer = setTimeout(() => {
      this.restarts++;
      this.start();
    }, delay);
    this.restartTimer.unref();
  }

  /** The thread is gone: what waited on it is read here. */
  private stopped(): void {
    this.thread = undefined;
    this.ready = false;
    for (const id of [...this.waiting.keys()]) this.settle(id, undefined);
  }

  private tooSlow(thread: Worker, id: number): void {
    if (!this.waiting.has(id) || this.thread !== thread) return;
    // New messages are read here from now on; what already waits on the thread is read here once it has gone.
    this.ready = false;
    this.options.logger.error({ timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS }, 'understanding worker did not answer in time: replaced, and its messages read on the main thread');
    // Its exit restarts it (the exit handler), and reads what waited on it here.
    void thread.terminate();
  }

  private settle(id: number, made: WatchedDecision | undefined): void {
    const waiting = this.waiting.get(id);
    if (waiting === undefined) return;
    this.waiting.delete(id);
    clearTimeout(waiting.timer);
    if (made === undefined) this.readHere++;
    else this.decided++;
    waiting.resolve(made);
  }
}

/** The thread's module beside this one: compiled JavaScript in `dist/`, or TypeScript through tsx (tests, CLIs). */
export function startUnderstandingThread(start: ThreadStart): Worker {
  const entry = path.join(__dirname, `understandingThread${path.extname(__filename)}`);
  if (!entry.endsWith('.ts')) return new Worker(entry, { workerData: start });
  return new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`, { eval: true, workerData: start });
}
