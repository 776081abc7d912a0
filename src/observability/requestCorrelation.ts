import type restify from 'restify';
import type { Logger } from './logger';
import type { Telemetry } from './telemetry';
import { withLogContext } from './logContext';
import { requestIdFrom } from './requestId';

const REQUEST_IDS = new WeakMap<object, string>();

/**
 * Gives every request a correlation id (`x-request-id`, honoured when sane), returns it in the
 * response header, tags every log line written while handling the request with it, and logs one
 * line per request (at debug: a polling page makes one request a second) and, when configured, one
 * request telemetry item. Register it after the
 * body parser: a context entered before the body is read would not survive the body's I/O events.
 */
export function registerRequestCorrelation(server: restify.Server, logger: Logger, telemetry?: Pick<Telemetry, 'request'>): void {
  server.pre((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    REQUEST_IDS.set(req, requestId);
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const durationMs = Number((process.hrtime.bigint() - started) / 1_000_000n);
      const route = req.getRoute?.()?.path;
      const line = { requestId, method: req.method, route: typeof route === 'string' ? route : undefined, status: res.statusCode, durationMs };
      if (res.statusCode >= 500) logger.warn(line, 'request answered with a server error');
      else logger.debug(line, 'request');
      telemetry?.request({ ...line, method: req.method ?? 'GET', path: req.url ?? '/' });
    });
    return next();
  });
  server.use((req, res, next) => withLogContext({ requestId: REQUEST_IDS.get(req) }, () => next()));
}
