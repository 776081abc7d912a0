import restify from 'restify';
import type { Logger } from '../observability/logger';
import { registerRequestCorrelation } from '../observability/requestCorrelation';
import type { Telemetry } from '../observability/telemetry';
import { errorBody } from './httpError';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './jsonDepth';

export interface ServerOptions {
  readonly logger: Logger;
  readonly maxRequestBytes: number;
  /** Request telemetry (Application Insights) when configured. */
  readonly telemetry?: Pick<Telemetry, 'request'>;
  readonly name?: string;
}

/** Maps restify's own errors (bad JSON, too large, unknown route…) onto our JSON error shape. */
const RESTIFY_ERROR_CODES: Record<string, string> = {
  InvalidContentError: 'bad-json',
  PayloadTooLargeError: 'body-too-large',
  RequestEntityTooLargeError: 'body-too-large',
  ResourceNotFoundError: 'not-found',
  MethodNotAllowedError: 'method-not-allowed',
  UnsupportedMediaTypeError: 'unsupported-media-type',
  BadRequestError: 'bad-request',
  NotAcceptableError: 'not-acceptable',
};

/**
 * A restify server with the body limit, JSON error bodies and no stack traces. Route modules add
 * their own routes; the server knows none of them.
 */
export function createServer(options: ServerOptions): restify.Server {
  const server = restify.createServer({ name: options.name ?? 'nhsdg-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // JSON only: restify's full bodyParser also took multipart uploads (written to the temp folder and
  // never deleted, from anyone) and form posts (which another site can send without a preflight).
  // (jsonBodyParser reads the body with bodyReader, which takes maxBodySize; restify's types omit it.)
  server.use(restify.plugins.jsonBodyParser({ maxBodySize: options.maxRequestBytes, mapParams: false } as restify.plugins.JsonBodyParserOptions));
  registerRequestCorrelation(server, options.logger, options.telemetry);
  // JSON.stringify and structured clones recurse: a body nested thousands deep would crash them later, anywhere.
  server.use((req, res, next) => {
    if (!nestsDeeperThan(req.body, MAX_BODY_DEPTH)) return next();
    res.send(400, errorBody('too-deeply-nested', `The request body nests more than ${MAX_BODY_DEPTH} levels deep.`));
    return next(false);
  });
  server.on('restifyError', (req, res, err, callback) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    const code = RESTIFY_ERROR_CODES[err.name] ?? (status >= 500 ? 'internal-error' : 'bad-request');
    const message = status >= 500 ? 'Something went wrong on our side.' : describe(code, err.message);
    if (status >= 500) options.logger.error({ err: { name: err.name, code: err.code }, route: req.getRoute()?.path }, 'request failed');
    err.toJSON = () => errorBody(code, message);
    err.toString = () => message;
    // restify answers errors without a status with its own InternalError body; answer in ours instead.
    if (typeof err.statusCode !== 'number' && !res.headersSent) res.send(500, errorBody(code, message));
    return callback();
  });
  return server;
}

function describe(code: string, fallback: string): string {
  switch (code) {
    case 'bad-json':
      return 'The request body is not valid JSON.';
    case 'body-too-large':
      return 'The request body is too large.';
    case 'not-found':
      return 'There is nothing at this address.';
    case 'method-not-allowed':
      return 'This address does not accept that method.';
    default:
      return fallback.replace(/\s+at .*/s, '').slice(0, 200);
  }
}
