import type { Response } from 'restify';

export interface PagePolicy {
  /** Per-response nonce: Web Chat injects its CSS-in-JS `<style>` elements with it (Web Chat's `nonce` prop). */
  readonly nonce: string;
  /** Where the page may connect besides itself (Azure Direct Line, https and wss). */
  readonly connectSources: readonly string[];
  /** Sites that may show the page in a frame, besides itself. */
  readonly frameAncestors: readonly string[];
}

/**
 * Hash of an empty `<style>`: a library inside Web Chat appends one without the nonce and fills it
 * through CSSOM `insertRule`, which CSP does not check; only the empty element needs allowing.
 */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * The Content-Security-Policy of the chat page: scripts only from this server (the Web Chat bundle
 * needs no eval), styles from this server or carrying the nonce, no plugins, no forms, no base tag.
 * `data:` and `blob:` images are Web Chat's own icons.
 */
export function contentSecurityPolicy(policy: PagePolicy): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${policy.nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ['connect-src', "'self'", ...policy.connectSources].join(' '),
    ['frame-ancestors', "'self'", ...policy.frameAncestors].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Azure Direct Line as CSP sources: its REST calls over https and the activity stream over wss. */
export function directLineSources(endpoint: string): string[] {
  const url = new URL(endpoint);
  const socket = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${socket}//${url.host}`];
}

export function applyPageHeaders(res: Response, policy: PagePolicy): void {
  res.header('Content-Security-Policy', contentSecurityPolicy(policy));
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  // Browsers that predate frame-ancestors; it can name only this origin, so it is left off when others may embed.
  if (policy.frameAncestors.length === 0) res.header('X-Frame-Options', 'SAMEORIGIN');
  // The nonce changes every time, so the page itself is never cached.
  res.header('Cache-Control', 'no-store');
}
