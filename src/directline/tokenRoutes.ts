import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import type { Logger } from '../observability/logger';
import { applyApiHeaders, applyCors, decideOrigin } from '../server/originPolicy';
import type { AzureTokenClient } from './azureTokenClient';
import type { ChatSettings } from './chatSettings';
import { clientAddress } from './clientAddress';
import { sendDirectLineError } from './directLineError';
import { DIRECT_LINE_BASE } from './directLineRoutes';
import type { LocalDirectLine } from './localDirectLine';
import { RateLimiter } from './rateLimiter';

export const TOKEN_PATH = '/api/directline/token';

/** What the page needs to connect; never the Direct Line secret. */
export interface ChatConnection {
  readonly token: string;
  readonly conversationId: string;
  readonly expires_in: number;
  readonly userId: string;
  /** Direct Line base URL; relative to the token endpoint for the local one. */
  readonly domain: string;
  readonly webSocket: boolean;
  readonly pollingIntervalMs: number;
}

export type TokenSource =
  | { readonly kind: 'local'; readonly directLine: LocalDirectLine }
  | { readonly kind: 'azure'; readonly client: AzureTokenClient; readonly endpoint: string }
  | { readonly kind: 'off' };

export interface TokenRouteOptions {
  readonly source: TokenSource;
  readonly settings: ChatSettings;
  readonly logger: Logger;
}

/** `POST /api/directline/token`: the page's one way in, for either Direct Line. Returns its rate limiter. */
export function registerTokenRoutes(server: restify.Server, options: TokenRouteOptions): RateLimiter {
  const { source, settings, logger } = options;
  const perAddress = new RateLimiter({ limit: settings.activitiesPerMinutePerAddress, windowMs: 60_000 });

  const guard = (req: restify.Request, res: restify.Response): boolean => {
    applyApiHeaders(res);
    const decision = decideOrigin(req, settings.allowedOrigins);
    applyCors(res, decision, 'POST');
    if (decision.kind !== 'refused') return true;
    sendDirectLineError(res, 'origin-not-allowed');
    return false;
  };

  server.opts(TOKEN_PATH, async (req, res) => {
    if (guard(req, res)) res.send(204);
  });

  server.post(TOKEN_PATH, async (req, res) => {
    if (!guard(req, res)) return;
    const address = clientAddress(req, settings.trustedProxyHops);
    switch (source.kind) {
      case 'off':
        return sendDirectLineError(res, 'chat-unavailable');
      case 'local': {
        const outcome = await source.directLine.createConversation(address);
        if (!outcome.ok) return sendDirectLineError(res, outcome.code, outcome);
        const connection: ChatConnection = { ...outcome.value, domain: DIRECT_LINE_BASE, webSocket: false, pollingIntervalMs: settings.pollingIntervalMs };
        return void res.send(200, connection);
      }
      case 'azure': {
        const rate = perAddress.take(address);
        if (!rate.ok) return sendDirectLineError(res, 'too-many-requests', rate);
        // Azure asks for user ids starting "dl_" when a token is bound to a user.
        const userId = `dl_${randomBytes(12).toString('hex')}`;
        const exchange = await source.client.generate(userId);
        if (!exchange.ok) {
          logger.error({ reason: exchange.reason, status: exchange.status }, 'direct line: token exchange with Azure failed');
          return sendDirectLineError(res, 'directline-unavailable');
        }
        const connection: ChatConnection = {
          ...exchange.token,
          userId,
          domain: `${source.endpoint}${DIRECT_LINE_BASE}`,
          webSocket: true,
          pollingIntervalMs: settings.pollingIntervalMs,
        };
        return void res.send(200, connection);
      }
      default:
        return assertNever(source);
    }
  });
  return perAddress;
}

function assertNever(source: never): never {
  throw new Error(`unknown token source ${JSON.stringify(source)}`);
}
