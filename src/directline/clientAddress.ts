import type { IncomingMessage } from 'node:http';

/**
 * The visitor's address for per-address limits. With `trustedProxyHops` proxies in front (Azure App
 * Service: 1), the address is that many entries from the right of X-Forwarded-For; entries further
 * left are whatever the client claimed, so they are never trusted.
 */
export function clientAddress(req: IncomingMessage, trustedProxyHops: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops === 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : header ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const entry = entries[entries.length - trustedProxyHops];
  return entry === undefined ? socketAddress : withoutPort(entry);
}

/** App Service appends the client port: `203.0.113.7:51234`, `[2001:db8::1]:51234`. */
function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1] !== undefined) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return v4?.[1] ?? address;
}
