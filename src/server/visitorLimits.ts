import type restify from 'restify';
import type { Request, Response } from 'restify';
import { clientAddress } from '../directline/clientAddress';
import { type RateDecision, RateLimiter } from '../directline/rateLimiter';
import { FailureThrottle } from './failureThrottle';
import { errorBody } from './httpError';
import { applyApiHeaders, applyCors, decideOrigin } from './originPolicy';
import type { RateLimitConfig } from './rateLimitConfig';

/** The in-memory counters behind every visitor-facing limit; one set per process. */
export interface VisitorLimits {
  readonly perAddress: RateLimiter;
  /** Direct Line requests per conversation (polling, reconnects, posts). */
  readonly perConversation: RateLimiter;
  /** Activities `/api/messages` takes per channel conversation. */
  readonly messagesPerConversation: RateLimiter;
  readonly agentSignInFailures: FailureThrottle;
}

const MINUTE = 60_000;

export function visitorLimitsOf(config: RateLimitConfig, now?: () => number): VisitorLimits {
  return {
    perAddress: new RateLimiter({ limit: config.RequestsPerMinutePerAddress, windowMs: MINUTE, now }),
    perConversation: new RateLimiter({ limit: config.RequestsPerMinutePerConversation, windowMs: MINUTE, now }),
    messagesPerConversation: new RateLimiter({ limit: config.MessagesPerMinutePerConversation, windowMs: MINUTE, now }),
    agentSignInFailures: new FailureThrottle({ limit: config.AgentSignInFailuresPerMinute, windowMs: MINUTE, now }),
  };
}

export interface RequestLimitOptions {
  readonly limits: VisitorLimits;
  readonly trustedProxyHops: number;
  /** With `MicrosoftAppId` set, `/api/messages` callers are Azure's channels, not visitors: no per-address limit there. */
  readonly authenticated: boolean;
  /** Cross-origin pages allowed to use the chat, so they can read the 429 too. */
  readonly allowedOrigins: readonly string[];
}

const DIRECT_LINE = /^\/v3\/directline(?:\/|$)/i;
const DIRECT_LINE_CONVERSATION = /^\/v3\/directline\/conversations\/([^/]{1,200})/i;
const TOKEN = /^\/api\/directline\/token\/?$/i;
const MESSAGES = /^\/api\/messages\/?$/i;

/**
 * Per-address and per-conversation limits in front of the chat APIs and `/api/messages`, checked
 * before the body is parsed so a flood costs as little as possible. Loopback callers of
 * `/api/messages` are this machine (the local Direct Line delivering visitors' messages, which it
 * has limited already, or the Emulator), so they are not counted per address.
 */
export function registerVisitorLimits(server: restify.Server, options: RequestLimitOptions): void {
  const { limits } = options;
  server.pre((req: Request, res: Response, next: (stop?: false) => void) => {
    const path = req.getPath();
    const isDirectLine = DIRECT_LINE.test(path);
    const isToken = TOKEN.test(path);
    const isMessages = MESSAGES.test(path);
    if (!isDirectLine && !isToken && !isMessages) return next();
    const address = clientAddress(req, options.trustedProxyHops);
    const countAddress = !isMessages || (!options.authenticated && !isLoopback(address));
    if (countAddress) {
      const rate = limits.perAddress.take(address);
      if (!rate.ok) return refuse(req, res, next, rate, 'Too many requests from this address. Please wait a moment.');
    }
    const conversation = isDirectLine ? DIRECT_LINE_CONVERSATION.exec(path)?.[1] : undefined;
    if (conversation !== undefined) {
      const rate = limits.perConversation.take(conversation);
      if (!rate.ok) return refuse(req, res, next, rate, 'Too many requests for this conversation. Please wait a moment.');
    }
    return next();
  });

  function refuse(req: Request, res: Response, next: (stop?: false) => void, rate: RateDecision & { ok: false }, message: string): void {
    applyApiHeaders(res);
    applyCors(res, decideOrigin(req, options.allowedOrigins), 'GET, POST');
    sendTooMany(res, rate.retryAfterSeconds, message);
    next(false);
  }
}

/** A 429 with `Retry-After` in seconds and the JSON error body every API uses. */
export function sendTooMany(res: Response, retryAfterSeconds: number, message: string, code = 'too-many-requests'): void {
  res.header('Retry-After', String(retryAfterSeconds));
  res.send(429, errorBody(code, message));
}

/** The address to count, or undefined for this machine (loopback), which limits do not apply to. */
export function countedAddress(address: string): string | undefined {
  return isLoopback(address) ? undefined : address;
}

export function isLoopback(address: string): boolean {
  return address === '::1' || /^(?:::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}
