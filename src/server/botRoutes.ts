import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type restify from 'restify';
import { errorBody } from './httpError';

/** `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service, the Emulator, the local Direct Line). */
export function registerBotRoutes(server: restify.Server, adapter: CloudAdapter, bot: ActivityHandlerBase): void {
  server.post('/api/messages', async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, errorBody('not-an-activity', 'The body must be a Bot Framework activity with a "type".'));
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });
}
