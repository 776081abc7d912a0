import type { Request, Response } from 'restify';
import type restify from 'restify';
import type { ZodError } from 'zod';
import type { HandoffServices } from '../handoff/buildHandoff';
import type { HandoffEvents } from '../handoff/handoffEvents';
import type { Handoff } from '../handoff/handoffRecord';
import type { VisitorNotifier } from '../handoff/visitorNotifier';
import { handoffMessages } from '../messages';
import { describeError } from '../observability/describeError';
import type { Logger } from '../observability/logger';
import {
  callbackView,
  claimBodySchema,
  describeBodyProblem,
  handoffView,
  messageBodySchema,
  presenceBodySchema,
  queueItemView,
} from './agentApi';
import { createAgentEvents } from './agentEvents';
import type { FailureThrottle } from './failureThrottle';
import { errorBody } from './httpError';
import { sendTooMany } from './visitorLimits';

export interface AgentRoutesOptions {
  readonly handoff: HandoffServices;
  readonly notifier: VisitorNotifier;
  readonly logger: Logger;
  /** Other channels' listeners, told of claims and closes. */
  readonly events?: HandoffEvents;
  /** How often an events stream re-reads the queue (default 2 s). */
  readonly eventsPollMs?: number;
  readonly eventsHeartbeatMs?: number;
  /** Failed sign-ins per client address (undefined: not counted); a blocked address gets 429 even with a right key. */
  readonly signIn?: { readonly throttle: FailureThrottle; readonly addressOf: (req: Request) => string | undefined };
}

export interface AgentRoutes {
  /** Ends open event streams so the server can close. */
  close(): void;
}

type AgentHandler = (req: Request, res: Response, agent: string) => Promise<void>;

/**
 * The agent API under `/api/agent/`: JSON, `Authorization: Bearer <console key>`. Expected outcomes
 * map to 401 (no valid key), 404 (unknown id), 409 (claimed by someone else, or already ended) and
 * 400 (bad body); every error body is `{error:{code,message}}`.
 */
export function registerAgentRoutes(server: restify.Server, options: AgentRoutesOptions): AgentRoutes {
  const { queue, callbacks, presence, keyring } = options.handoff;
  const { logger, notifier } = options;
  const events = createAgentEvents({ queue, logger, pollMs: options.eventsPollMs ?? 2000, heartbeatMs: options.eventsHeartbeatMs ?? 15_000 });

  const asAgent = (handler: AgentHandler) => async (req: Request, res: Response) => {
    const address = options.signIn?.addressOf(req);
    const blocked = address === undefined ? undefined : options.signIn?.throttle.check(address);
    if (blocked !== undefined && !blocked.ok) {
      return sendTooMany(res, blocked.retryAfterSeconds, 'Too many failed sign-ins from this address. Please wait a moment.', 'too-many-sign-in-failures');
    }
    const agent = keyring.identifyBearer(req.headers.authorization);
    if (agent === undefined) {
      if (address !== undefined) options.signIn?.throttle.fail(address);
      res.header('WWW-Authenticate', 'Bearer');
      res.send(401, errorBody('unauthorized', 'Send a valid agent console key: Authorization: Bearer <key>.'));
      return;
    }
    await presence.touch(agent);
    await handler(req, res, agent);
  };

  /** Tells the visitor; a failure is logged and reported, never thrown, since the change is already saved. */
  const notify = async (handoff: Handoff, text: string): Promise<boolean> => {
    try {
      await notifier.sendToVisitor(handoff, text);
      return true;
    } catch (error) {
      logger.warn({ err: describeError(error, { redact: text }), handoffId: handoff.id }, 'could not reach the visitor');
      return false;
    }
  };

  server.post('/api/agent/presence', asAgent(async (req, res, agent) => {
    const body = presenceBodySchema.safeParse(req.body);
    if (!body.success) return badBody(res, body.error);
    await presence.setStatus(agent, body.data.status);
    res.send(200, { agent, status: body.data.status, onlineAgents: await presence.onlineAgents() });
  }));

  server.get('/api/agent/queue', asAgent(async (_req, res) => {
    res.send(200, (await queue.list()).map(queueItemView));
  }));

  server.get('/api/agent/handoffs/:id', asAgent(async (req, res) => {
    const handoff = await queue.get(idOf(req));
    if (handoff === undefined) return notFound(res, 'hand-off');
    res.send(200, handoffView(handoff));
  }));

  server.post('/api/agent/handoffs/:id/claim', asAgent(async (req, res, agent) => {
    const body = claimBodySchema.safeParse(req.body ?? {});
    if (!body.success) return badBody(res, body.error);
    const displayName = body.data.agentName ?? agent;
    const result = await queue.claim(idOf(req), { agent, displayName });
    switch (result.kind) {
      case 'not-found':
        return notFound(res, 'hand-off');
      case 'conflict':
        return conflict(res, result.handoff);
      case 'claimed': {
        // A repeat by the holder (double-click, second tab, retry) changed nothing: nobody is told again.
        if (result.alreadyClaimed) {
          res.send(200, { handoff: handoffView(result.handoff), visitorNotified: false, alreadyClaimed: true });
          return;
        }
        const visitorNotified = await notify(result.handoff, handoffMessages.agentJoined(displayName));
        await options.events?.claimed(result.handoff);
        res.send(200, { handoff: handoffView(result.handoff), visitorNotified, alreadyClaimed: false });
        return;
      }
    }
  }));

  server.post('/api/agent/handoffs/:id/messages', asAgent(async (req, res, agent) => {
    const body = messageBodySchema.safeParse(req.body);
    if (!body.success) return badBody(res, body.error);
    const result = await queue.appendMessage(idOf(req), { from: 'agent', text: body.data.text, agent });
    switch (result.kind) {
      case 'not-found':
        return notFound(res, 'hand-off');
      case 'not-allowed':
        return conflict(res, result.handoff);
      case 'appended': {
        const entry = result.handoff.transcript.at(-1);
        if (!(await notify(result.handoff, body.data.text))) {
          res.send(502, errorBody('visitor-unreachable', 'The message is saved in the transcript but could not be delivered to the visitor.'));
          return;
        }
        res.send(201, { entry });
        return;
      }
    }
  }));

  server.post('/api/agent/handoffs/:id/close', asAgent(async (req, res, agent) => {
    const result = await queue.close(idOf(req), { endedBy: 'agent', agent });
    switch (result.kind) {
      case 'not-found':
        return notFound(res, 'hand-off');
      case 'already-ended':
      case 'not-allowed':
        return conflict(res, result.handoff);
      case 'closed': {
        const visitorNotified = await notify(result.handoff, handoffMessages.agentEndedChat);
        await options.events?.closed(result.handoff);
        res.send(200, { handoff: handoffView(result.handoff), visitorNotified });
        return;
      }
    }
  }));

  server.get('/api/agent/callbacks', asAgent(async (_req, res) => {
    res.send(200, (await callbacks.listOpen()).map(callbackView));
  }));

  server.post('/api/agent/callbacks/:id/done', asAgent(async (req, res, agent) => {
    const result = await callbacks.complete(idOf(req), { agent });
    if (result.kind === 'not-found') return notFound(res, 'callback request');
    res.send(200, callbackView(result.callback));
  }));

  server.get('/api/agent/events', asAgent((req, res) => events.stream(req, res)));

  return { close: () => events.close() };
}

function idOf(req: Request): string {
  return String(req.params.id ?? '');
}

function badBody(res: Response, error: ZodError): void {
  res.send(400, errorBody('bad-body', describeBodyProblem(error)));
}

function notFound(res: Response, what: string): void {
  res.send(404, errorBody('not-found', `There is no ${what} with that id.`));
}

/** 409 with a code saying why: someone else holds the chat, or it is over. */
function conflict(res: Response, handoff: Handoff): void {
  if (handoff.status === 'active') {
    res.send(409, errorBody('claimed-by-another-agent', `${handoff.claimedBy ?? 'Another agent'} is already looking after this chat.`));
  } else if (handoff.status === 'queued') {
    res.send(409, errorBody('not-claimed', 'Claim this chat before writing in it.'));
  } else {
    res.send(409, errorBody('handoff-ended', 'This chat has already ended.'));
  }
}
