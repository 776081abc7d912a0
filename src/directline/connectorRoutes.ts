import { timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import type { Request, Response } from 'restify';
import { errorBody } from '../server/httpError';
import { sendDirectLineError } from './directLineError';
import type { LocalDirectLine } from './localDirectLine';

export const CONNECTOR_BASE = '/directline-connector';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The Bot Connector API calls the bot makes to the `serviceUrl` the local Direct Line gave it:
 * replies (`…/activities/{activityId}`) and new messages (`…/activities`), proactive ones included.
 * Only the bot may call them: loopback callers that know the key in the path.
 */
export function registerConnectorRoutes(server: restify.Server, directLine: LocalDirectLine): void {
  const append = async (req: Request, res: Response): Promise<void> => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || !sameKey(String(req.params.key), directLine.connectorKey)) {
      res.send(404, errorBody('not-found', 'There is nothing at this address.'));
      return;
    }
    const outcome = await directLine.appendFromBot(String(req.params.conversationId), req.body);
    if (!outcome.ok) return sendDirectLineError(res, outcome.code);
    // A trace the visitor never sees still gets an id, as the connector contract expects one.
    res.send(200, outcome.value ?? { id: 'trace' });
  };
  server.post(`${CONNECTOR_BASE}/:key/v3/conversations/:conversationId/activities`, append);
  server.post(`${CONNECTOR_BASE}/:key/v3/conversations/:conversationId/activities/:activityId`, append);
}

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
