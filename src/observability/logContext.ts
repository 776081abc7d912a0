import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling one request or turn is tagged with. */
export interface LogContext {
  readonly requestId?: string;
  readonly conversationId?: string;
}

/**
 * One per process on purpose, like the event loop it follows: the request handler and the turn
 * middleware set it, and the logger's mixin reads it, so code deep in a turn logs with the ids
 * without being handed them.
 */
const storage = new AsyncLocalStorage<LogContext>();

export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}

/** Runs `work` with `extra` added to the current context. */
export function withLogContext<T>(extra: LogContext, work: () => T): T {
  return storage.run({ ...currentLogContext(), ...extra }, work);
}
