import type { Request, Response } from 'restify';

export type OriginDecision =
  /** No Origin header: not a cross-site browser request (curl, the bot's own loopback calls). */
  | { kind: 'none' }
  | { kind: 'same' }
  | { kind: 'allowed'; origin: string }
  | { kind: 'refused' };

/**
 * Whether a browser request may proceed: from the page's own origin, or from one listed in
 * `ChatAllowedOrigins`. Refusing (not only withholding CORS headers) stops other sites spending
 * our conversation cap from their visitors' browsers.
 */
export function decideOrigin(req: Request, allowedOrigins: readonly string[]): OriginDecision {
  const origin = req.headers.origin;
  if (origin === undefined || origin === '') return { kind: 'none' };
  if (allowedOrigins.includes(origin)) return { kind: 'allowed', origin };
  try {
    if (new URL(origin).host === req.headers.host) return { kind: 'same' };
  } catch {
    // "null" and other non-URLs are refused below
  }
  return { kind: 'refused' };
}

/** CORS headers for an allowed cross-origin caller; nothing for anyone else. */
export function applyCors(res: Response, decision: OriginDecision, methods: string): void {
  res.header('Vary', 'Origin');
  if (decision.kind !== 'allowed') return;
  res.header('Access-Control-Allow-Origin', decision.origin);
  res.header('Access-Control-Allow-Methods', methods);
  res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
  res.header('Access-Control-Max-Age', '600');
}

/** Headers for every JSON API answer: tokens must not be cached or sniffed. */
export function applyApiHeaders(res: Response): void {
  res.header('Cache-Control', 'no-store');
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
}
