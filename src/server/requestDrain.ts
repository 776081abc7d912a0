import type restify from 'restify';
import { CONNECTOR_BASE } from '../directline/connectorRoutes';
import { errorBody } from './httpError';

export interface RequestDrainOptions {
  /**
   * Requests still served while draining: the ones in-flight work makes of this server itself
   * (the local Direct Line hands a visitor's message to `/api/messages` and the bot's replies come
   * back through the connector routes, both over loopback). Refusing them would lose the very
   * turns the drain waits for.
   */
  readonly stillServed: (req: restify.Request) => boolean;
}

export interface RequestDrain {
  /** Requests received and not yet answered (or abandoned by their client). */
  readonly inFlight: number;
  readonly draining: boolean;
  /** From now on, new requests (other than `stillServed` ones) get 503 with `Retry-After` and `Connection: close`. */
  start(): void;
  /** Resolves true once nothing is in flight, false if `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean>;
}

/**
 * Counts requests in flight and, once draining, turns new ones away so a shutting-down instance
 * can finish what it started: the load balancer's health probe (`/readyz`) fails with the rest
 * and traffic moves to the other instances.
 */
export function registerRequestDrain(server: restify.Server, options: RequestDrainOptions): RequestDrain {
  let inFlight = 0;
  let draining = false;
  let waiters: Array<() => void> = [];
  const settle = () => {
    inFlight--;
    if (inFlight === 0) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };

  server.pre((req, res, next) => {
    if (draining && !options.stillServed(req)) {
      res.setHeader('connection', 'close');
      res.setHeader('retry-after', '1');
      res.send(503, errorBody('shutting-down', 'This server is restarting. Please try again in a moment.'));
      return next(false);
    }
    inFlight++;
    res.once('close', settle);
    return next();
  });

  return {
    get inFlight() {
      return inFlight;
    },
    get draining() {
      return draining;
    },
    start: () => {
      draining = true;
    },
    idle: (timeoutMs) =>
      inFlight === 0
        ? Promise.resolve(true)
        : new Promise((resolve) => {
            const timer = setTimeout(() => {
              waiters = waiters.filter((w) => w !== wake);
              resolve(false);
            }, timeoutMs);
            const wake = () => {
              clearTimeout(timer);
              resolve(true);
            };
            waiters.push(wake);
          }),
  };
}

/** The requests in-flight turns make of this server over loopback (see `RequestDrainOptions.stillServed`). */
export function servedWhileDraining(req: restify.Request): boolean {
  const path = req.path();
  return path === '/api/messages' || path.startsWith(`${CONNECTOR_BASE}/`);
}
