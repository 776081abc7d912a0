import type restify from 'restify';
import type { Request, Response } from 'restify';
import { applyApiHeaders, applyCors, decideOrigin } from '../server/originPolicy';
import { clientAddress } from './clientAddress';
import { sendDirectLineError } from './directLineError';
import type { LocalDirectLine, Loopback, Outcome } from './localDirectLine';

export const DIRECT_LINE_BASE = '/v3/directline';

export interface DirectLineRouteOptions {
  readonly directLine: LocalDirectLine;
  readonly allowedOrigins: readonly string[];
  readonly trustedProxyHops: number;
}

/**
 * The Direct Line 3.0 REST surface Web Chat and directlinejs use with `webSocket: false`:
 * tokens/generate, tokens/refresh, conversations (start, reconnect), activities (post, poll).
 */
export function registerDirectLineRoutes(server: restify.Server, options: DirectLineRouteOptions): void {
  const { directLine } = options;
  const guarded =
    (methods: string, handle: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      applyApiHeaders(res);
      const decision = decideOrigin(req, options.allowedOrigins);
      applyCors(res, decision, methods);
      if (decision.kind === 'refused') return sendDirectLineError(res, 'origin-not-allowed');
      await handle(req, res);
    };
  const auth = (req: Request) => req.headers.authorization;
  const at = (req: Request): Loopback => ({ port: req.socket.localPort ?? 0 });

  server.opts(`${DIRECT_LINE_BASE}/*`, guarded('GET, POST', async (_req, res) => void res.send(204)));

  server.post(
    `${DIRECT_LINE_BASE}/tokens/generate`,
    guarded('POST', async (req, res) => {
      const outcome = await directLine.createConversation(clientAddress(req, options.trustedProxyHops));
      reply(res, outcome, (g) => ({ conversationId: g.conversationId, token: g.token, expires_in: g.expires_in }));
    }),
  );

  server.post(
    `${DIRECT_LINE_BASE}/tokens/refresh`,
    guarded('POST', async (req, res) => {
      reply(res, await directLine.refresh(auth(req)), (g) => ({ conversationId: g.conversationId, token: g.token, expires_in: g.expires_in }));
    }),
  );

  server.post(
    `${DIRECT_LINE_BASE}/conversations`,
    guarded('POST', async (req, res) => {
      const outcome = await directLine.start(auth(req), at(req));
      if (!outcome.ok) return sendDirectLineError(res, outcome.code, outcome);
      const { grant, firstStart } = outcome.value;
      res.send(firstStart ? 201 : 200, { conversationId: grant.conversationId, token: grant.token, expires_in: grant.expires_in });
    }),
  );

  server.get(
    `${DIRECT_LINE_BASE}/conversations/:conversationId`,
    guarded('GET', async (req, res) => {
      const outcome = await directLine.reconnect(auth(req), String(req.params.conversationId));
      reply(res, outcome, (g) => ({ conversationId: g.conversationId, token: g.token, expires_in: g.expires_in }));
    }),
  );

  server.get(
    `${DIRECT_LINE_BASE}/conversations/:conversationId/activities`,
    guarded('GET', async (req, res) => {
      const watermark = typeof req.query?.watermark === 'string' ? req.query.watermark : undefined;
      reply(res, await directLine.activities(auth(req), String(req.params.conversationId), watermark), (page) => page);
    }),
  );

  server.post(
    `${DIRECT_LINE_BASE}/conversations/:conversationId/activities`,
    guarded('POST', async (req, res) => {
      const outcome = await directLine.post(auth(req), String(req.params.conversationId), {
        body: req.body,
        bytes: bodyBytes(req),
        address: clientAddress(req, options.trustedProxyHops),
        at: at(req),
      });
      reply(res, outcome, (posted) => posted);
    }),
  );
}

function reply<T>(res: Response, outcome: Outcome<T>, body: (value: T) => unknown): void {
  if (!outcome.ok) return sendDirectLineError(res, outcome.code, outcome);
  res.send(200, body(outcome.value));
}

function bodyBytes(req: Request): number {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > 0 ? declared : Buffer.byteLength(JSON.stringify(req.body ?? null));
}
