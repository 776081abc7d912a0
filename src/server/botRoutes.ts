import { type Activity, type ActivityHandlerBase, CloudAdapter, type InvokeResponse, type TurnContext } from 'botbuilder';
import type restify from 'restify';
import { activityBodySchema, describeActivityProblem, toActivity } from './activityBody';
import { errorBody } from './httpError';

/**
 * CloudAdapter with its turn entry point opened up, so the route owns the HTTP answer: our JSON
 * error bodies for 401, and no stack trace printed by botbuilder for every unauthenticated request.
 */
export class BotAdapter extends CloudAdapter {
  runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service, the Emulator, the local Direct Line). */
export function registerBotRoutes(server: restify.Server, adapter: BotAdapter, bot: ActivityHandlerBase): void {
  server.post('/api/messages', async (req, res) => {
    const parsed = activityBodySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, errorBody('not-an-activity', describeActivityProblem(parsed.error)));
      return;
    }
    const authHeader = req.headers.authorization ?? '';
    let response: InvokeResponse | undefined;
    try {
      response = await adapter.runActivity(authHeader, toActivity(parsed.data), (context) => bot.run(context));
    } catch (error) {
      if (isAuthenticationFailure(error)) {
        res.send(401, errorBody('unauthorized', 'The request is not authorised for this bot.'));
        return;
      }
      throw error;
    }
    if (response?.body === undefined) res.send(response?.status ?? 200);
    else res.send(response.status, response.body);
  });
}

/**
 * botframework-connector reports most token problems as 401s, but lets jsonwebtoken's own errors
 * (a bad signature, a malformed token) escape as they are; those are the caller's fault too.
 */
function isAuthenticationFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { statusCode, name } = error as { statusCode?: unknown; name?: unknown };
  return statusCode === 401 || name === 'JsonWebTokenError' || name === 'NotBeforeError' || name === 'TokenExpiredError';
}
