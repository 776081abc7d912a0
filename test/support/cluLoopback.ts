import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One analyze-conversations request as the stand-in received it. */
export interface CluRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: unknown;
}

export type CluReply =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly json: unknown }
  | { readonly status: number; readonly headers?: Record<string, string>; readonly raw: string }
  /** Accept the request and never answer, like a CLU that has stopped responding. */
  | { readonly hang: true };

export type CluResponder = (request: CluRequest) => CluReply;

export interface CluLoopback {
  /** The Language resource endpoint to configure (`CluEndpoint`). */
  readonly endpoint: string;
  readonly requests: CluRequest[];
  respondWith(responder: CluResponder): void;
  close(): Promise<void>;
}

/**
 * A stand-in for Azure CLU on 127.0.0.1 that speaks the runtime wire format
 * (`POST /language/:analyze-conversations?api-version=…`): it records each request and answers
 * with whatever the current responder says.
 */
export async function startCluLoopback(initial: CluResponder): Promise<CluLoopback> {
  let responder = initial;
  const requests: CluRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      const request: CluRequest = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      requests.push(request);
      const reply = responder(request);
      if ('hang' in reply) return;
      const payload = 'json' in reply ? JSON.stringify(reply.json) : reply.raw;
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    respondWith: (next) => {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A 200 body shaped like Microsoft's documented Conversation result; intents best first, as CLU sends them. */
export function conversationResult(query: string, intents: ReadonlyArray<readonly [string, number]>, topIntent?: string): CluReply {
  const sorted = [...intents].sort((a, b) => b[1] - a[1]);
  return {
    status: 200,
    json: {
      kind: 'ConversationResult',
      result: {
        query,
        prediction: {
          topIntent: topIntent ?? sorted[0]?.[0] ?? 'None',
          projectKind: 'Conversation',
          intents: sorted.map(([category, confidenceScore]) => ({ category, confidenceScore })),
          entities: [],
        },
      },
    },
  };
}

/** The error body Azure AI services send with a failed call. */
export function errorReply(status: number, code: string, message: string, headers?: Record<string, string>): CluReply {
  return { status, headers, json: { error: { code, message } } };
}

/** Text of the message a request carried. */
export function queryOf(request: CluRequest): string {
  return ((request.body as { analysisInput?: { conversationItem?: { text?: string } } })?.analysisInput?.conversationItem?.text ?? '') as string;
}
