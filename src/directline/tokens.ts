import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What a local Direct Line token says: one conversation, one user, until `exp` (seconds since epoch). */
export const tokenClaimsSchema = z
  .object({
    v: z.literal(1),
    cid: z.string().min(1),
    uid: z.string().min(1),
    exp: z.number().int(),
  })
  .strict();
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; code: 'token-missing' | 'token-invalid' | 'token-expired' };

export interface IssuedToken {
  readonly token: string;
  readonly expiresIn: number;
  readonly claims: TokenClaims;
}

export interface TokenSignerOptions {
  /** HMAC-SHA256 key; tokens signed with one key are rejected by another. */
  readonly secret: string;
  readonly ttlSeconds: number;
  readonly now?: () => number;
}

/** Domain separation, so this key's MACs cannot be confused with the connector key derived from it. */
const PREFIX = 'dl1.';

/**
 * Signed, expiring, conversation-bound tokens: `dl1.<claims>.<mac>`, both base64url. Stateless, so
 * any instance sharing the secret can check them without a storage read.
 */
export class TokenSigner {
  private readonly now: () => number;

  constructor(private readonly options: TokenSignerOptions) {
    this.now = options.now ?? Date.now;
  }

  issue(conversationId: string, userId: string): IssuedToken {
    const claims: TokenClaims = { v: 1, cid: conversationId, uid: userId, exp: Math.floor(this.now() / 1000) + this.options.ttlSeconds };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${PREFIX}${body}.${this.mac(body)}`, expiresIn: this.options.ttlSeconds, claims };
  }

  verify(token: string | undefined): TokenCheck {
    if (token === undefined || token.length === 0) return { ok: false, code: 'token-missing' };
    if (!token.startsWith(PREFIX) || token.length > 1024) return { ok: false, code: 'token-invalid' };
    const [body, mac, ...rest] = token.slice(PREFIX.length).split('.');
    if (body === undefined || mac === undefined || rest.length > 0) return { ok: false, code: 'token-invalid' };
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, code: 'token-invalid' };
    const claims = parseClaims(body);
    if (claims === undefined) return { ok: false, code: 'token-invalid' };
    if (claims.exp * 1000 <= this.now()) return { ok: false, code: 'token-expired' };
    return { ok: true, claims };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.options.secret).update(PREFIX).update(body).digest('base64url');
  }
}

function parseClaims(body: string): TokenClaims | undefined {
  try {
    const parsed = tokenClaimsSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `Authorization: Bearer <token>` → the token, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
