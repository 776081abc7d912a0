import assert from 'node:assert/strict';

export interface RawReply {
  readonly status: number;
  readonly contentType: string;
  readonly retryAfter: string | null;
  readonly raw: string;
  readonly json: unknown;
}

export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array | FormData;
}

/** One request as a hostile client sends it: any method, path, headers and bytes. */
export async function send(base: string, request: RawRequest): Promise<RawReply> {
  const hasBody = request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD';
  const res = await fetch(`${base}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? (request.body as BodyInit) : undefined,
    redirect: 'manual',
  });
  const raw = await res.text();
  let json: unknown;
  try {
    json = raw === '' ? undefined : JSON.parse(raw);
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', retryAfter: res.headers.get('retry-after'), raw, json };
}

/** What a leaked stack trace or internal error looks like in a body. */
const LEAKS = [/\n\s+at\s/, /\bat\s+\S+\s+\(\S+:\d+:\d+\)/, /node_modules/, /\/work\//, /\.ts:\d+/, /TypeError|RangeError|ReferenceError|SyntaxError: /];

/**
 * The promise every endpoint keeps to a hostile client: never a 5xx; every refusal a 4xx whose body
 * is `{"error":{"code","message"}}` as JSON; nothing in any body that looks like a stack trace or
 * a file path. `allowed` lists the success statuses this request may also get.
 */
export function assertSafeReply(reply: RawReply, what: string, allowed: readonly number[] = []): void {
  const context = `${what} → ${reply.status} ${reply.raw.slice(0, 300)}`;
  assert.ok(reply.status < 500, `server error: ${context}`);
  for (const leak of LEAKS) assert.doesNotMatch(reply.raw, leak, `leaks internals: ${context}`);
  if (allowed.includes(reply.status)) return;
  assert.ok(reply.status >= 400 && reply.status < 500, `expected a 4xx: ${context}`);
  assertErrorBody(reply, context);
}

export function assertErrorBody(reply: RawReply, context = `${reply.status} ${reply.raw.slice(0, 300)}`): void {
  assert.match(reply.contentType, /^application\/json/, `not JSON: ${context}`);
  const error = (reply.json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  assert.equal(typeof error?.code, 'string', `no error code: ${context}`);
  assert.equal(typeof error?.message, 'string', `no error message: ${context}`);
}
