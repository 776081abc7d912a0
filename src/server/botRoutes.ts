import { createHash } from 'node:crypto';
import { type Activity, type ActivityHandlerBase, CloudAdapter, type InvokeResponse, type TurnContext } from 'botbuilder';
import type restify from 'restify';
import { activityBodySchema, describeActivityProblem, toActivity } from './activityBody';
import { errorBody } from './httpError';
import type { RateLimiter } from '../directline/rateLimiter';
import { replyAddressMessages, unauthenticatedReplyAddressProblem } from './replyAddress';
import { sendTooMany } from './visitorLimits';

export interface BotRouteOptions {
  /** `MicrosoftAppId` is set: botbuilder checks every request's token (and its serviceUrl claim). */
  readonly authenticated: boolean;
  /** Activities per channel conversation. */
  readonly perConversation?: RateLimiter;
}

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
export function registerBotRoutes(server: restify.Server, adapter: BotAdapter, bot: ActivityHandlerBase, options: BotRouteOptions = { authenticated: false }): void {
  server.post('/api/messages', async (req, res) => {
    const parsed = activityBodySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, errorBody('not-an-activity', describeActivityProblem(parsed.error)));
      return;
    }
    if (!options.authenticated) {
      const problem = unauthenticatedReplyAddressProblem(parsed.data);
      if (problem !== undefined) return void res.send(400, errorBody(problem, replyAddressMessages[problem]));
    }
    const authHeader = req.headers.authorization ?? '';
    let response: InvokeResponse | undefined;
    const conversationKey = limitKey(`${parsed.data.channelId}|${parsed.data.conversation.id}`);
    let retryAfterSeconds: number | undefined;
    try {
      response = await adapter.runActivity(authHeader, toActivity(parsed.data), async (context) => {
        // Counted once the caller is authenticated, so forged requests cannot spend a real conversation's allowance.
        const rate = options.perConversation?.take(conversationKey);
        if (rate !== undefined && !rate.ok) retryAfterSeconds = rate.retryAfterSeconds;
        else await bot.run(context);
      });
    } catch (error) {
      if (isAuthenticationFailure(error)) {
        res.send(401, errorBody('unauthorized', 'The request is not authorised for this bot.'));
        return;
      }
      throw error;
    }
    if (retryAfterSeconds !== undefined) return sendTooMany(res, retryAfterSeconds, 'Too many messages in this conversation. Please wait a moment.');
    if (response?.body === undefined) res.send(response?.status ?? 200);
    else res.send(response.status, response.body);
  });
}

/** Long ids are hashed so a limiter's memory does not grow with what a client chose to send. */
function limitKey(key: string): string {
  return key.length <= 128 ? key : createHash('sha256').update(key).digest('base64url');
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
