import type { Request, Response } from 'restify';
import type { HandoffQueue } from '../handoff/handoffQueue';
import { describeError } from '../observability/describeError';
import type { Logger } from '../observability/logger';
import { queueItemView } from './agentApi';

export interface AgentEventsOptions {
  readonly queue: HandoffQueue;
  readonly logger: Logger;
  /** How often each stream reads the queue from storage; storage, not memory, so other instances' hand-offs show too. */
  readonly pollMs: number;
  /** A comment line this often keeps proxies from closing a quiet stream. */
  readonly heartbeatMs: number;
}

export interface AgentEvents {
  /** Serves one `text/event-stream` until the client goes away or `close` is called. */
  stream(req: Request, res: Response): Promise<void>;
  /** Ends every open stream, so the server can close. */
  close(): void;
}

/**
 * `GET /api/agent/events`: `queue` with the whole open queue on connect and whenever it changes,
 * and `handoff` with one queue item for each hand-off that newly joins the queue.
 */
export function createAgentEvents(options: AgentEventsOptions): AgentEvents {
  const open = new Set<Response>();

  return {
    async stream(_req, res) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' });
      res.write('retry: 3000\n\n');
      open.add(res);
      const closed = new Promise<void>((resolve) => res.once('close', resolve));
      const seen = new Set<string>();
      let lastQueue: string | undefined;
      let polling = false;
      // A poll can finish after the client has gone; writing then would raise an error event.
      const write = (chunk: string) => {
        if (!res.writableEnded && !res.destroyed) res.write(chunk);
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

      const poll = async () => {
        if (polling) return;
        polling = true;
        try {
          const items = (await options.queue.list()).map(queueItemView);
          const first = lastQueue === undefined;
          for (const item of items) {
            // Those already waiting when the console connected arrive in the first `queue` event.
            if (!seen.has(item.id) && item.status === 'queued' && !first) send('handoff', item);
            seen.add(item.id);
          }
          const json = JSON.stringify(items);
          if (json !== lastQueue) send('queue', items);
          lastQueue = json;
        } catch (error) {
          options.logger.warn({ err: describeError(error) }, 'agent events: could not read the queue');
        } finally {
          polling = false;
        }
      };

      await poll();
      const pollTimer = setInterval(() => void poll(), options.pollMs);
      const heartbeat = setInterval(() => write(': still here\n\n'), options.heartbeatMs);
      await closed;
      clearInterval(pollTimer);
      clearInterval(heartbeat);
      open.delete(res);
    },
    close() {
      for (const res of open) res.end();
    },
  };
}
