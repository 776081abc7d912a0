import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Middleware,
  type ActivityHandlerBase,
  type Storage,
} from 'botbuilder';
import type restify from 'restify';
import { adapterVisitorNotifier } from './bots/adapterVisitorNotifier';
import type { Config } from './config';
import { HandoffJobs } from './handoff/handoffJobs';
import { buildHandoff, type HandoffServices } from './handoff/buildHandoff';
import { HandoffEvents, type HandoffListener } from './handoff/handoffEvents';
import { type Clock, systemClock } from './handoff/clock';
import type { VisitorNotifier } from './handoff/visitorNotifier';
import { findTopic, type KnowledgeBase } from './knowledge/knowledgeBase';
import { HELPLINE_HOURS, messages } from './messages';
import { textsDisagreeingWith } from './handoff/statedHours';
import { describeWeeklyHours } from './handoff/describeHours';
import { describeError } from './observability/describeError';
import type { Logger } from './observability/logger';
import { turnLogging } from './observability/turnLogging';
import type { Telemetry } from './observability/telemetry';
import type { Recognizer } from './recognition/recognizer';
import type { MessageUnderstanding } from './recognition/understandMessage';
import { buildRecognizer } from './buildRecognizer';
import { DecisionCache } from './recognition/decisionCache';
import { EmbeddedRecognizer } from './recognition/embeddedRecognizer';
import { UnderstandingWorker } from './recognition/worker/understandingWorker';
import { BotAdapter, registerBotRoutes } from './server/botRoutes';
import { CachingBotFrameworkAuthentication } from './server/cachingBotFrameworkAuthentication';
import { createServer } from './server/createServer';
import { registerAgentConsole } from './server/agentConsoleRoutes';
import { registerAgentRoutes } from './server/agentRoutes';
import { registerHealthRoutes } from './server/healthRoutes';
import { registerRequestDrain, servedWhileDraining } from './server/requestDrain';
import { registerWebChat } from './server/webChatRoutes';
import { countedAddress, registerVisitorLimits, visitorLimitsOf } from './server/visitorLimits';
import { clientAddress } from './directline/clientAddress';
import { shareRateLimits } from './directline/sharedRateCounts';
import { checkStorage } from './storage/createStorage';
import { redact } from './privacy/redact';
import { publishedValuesOf } from './transcripts/buildTranscripts';
import { UnansweredLog } from './unanswered/unansweredLog';
import { UnansweredRecorder } from './unanswered/unansweredRecorder';
import { shareDialogStateConfiguration } from './dialogs/sharedDialogStateConfiguration';
import { buildTeams } from './teams/buildTeams';
import { buildBot } from './bots/buildBot';

export { buildBot, type Bot, type BotDependencies } from './bots/buildBot';

export interface AppDependencies {
  readonly config: Config;
  readonly knowledgeBase: KnowledgeBase;
  readonly storage: Storage;
  readonly logger: Logger;
  /** Defaults to orchestrated CLU + embedded when CLU is configured, the embedded recogniser otherwise. */
  readonly recognizer?: Recognizer;
  /** Defaults to the system clock; tests pass a fixed one for helpline hours and waits. */
  readonly clock?: Clock;
  /** How agent messages reach visitors; defaults to proactive messages through the adapter. */
  readonly visitorNotifier?: VisitorNotifier;
  /** How often agent event streams re-read the queue; defaults to 2 s. */
  readonly agentEventsPollMs?: number;
  /** Adapter middleware run on every turn, first to last (index.ts passes the transcript logger). */
  readonly middleware?: readonly Middleware[];
  /** Replaces the bot on `/api/messages` (the benchmark's echo bot on the same server, adapter and middleware). */
  readonly turnHandler?: ActivityHandlerBase;
  /** Request telemetry (Application Insights) when configured; exceptions reach it through the logger. */
  readonly telemetry?: Pick<Telemetry, 'request'>;
  /** Told when hand-offs are created, claimed, written in and closed (e.g. to notify agents in Teams). */
  readonly handoffListeners?: readonly HandoffListener[];
  /** How often the hand-off jobs (queue timeout, positions, agent reminders, closing time) run; 0 = only by `handoffJobs.runOnce()`. Default 30 s. */
  readonly handoffJobsIntervalMs?: number;
  /**
   * Bot Framework authentication beyond the `MicrosoftApp*` settings: tests point token validation
   * (OpenID metadata, issuer) and the bot's own token requests at stand-ins on loopback.
   */
  readonly botAuthentication?: {
    readonly options?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
    readonly credentialsFactory?: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1];
  };
}

export interface App {
  readonly server: restify.Server;
  readonly adapter: CloudAdapter;
  readonly understanding: MessageUnderstanding;
  /** The second thread that reads new messages (`UnderstandingWorker=on`, embedded recogniser). */
  readonly understandingWorker?: UnderstandingWorker;
  /** Queue, callbacks, presence and helpline hours, over the app's storage. */
  readonly handoff: HandoffServices;
  /** Queue timeout, position updates and agent reminders; tests call `runOnce()`. */
  readonly handoffJobs: HandoffJobs;
  /** Fallbacks and "did you mean" messages, redacted, for `npm run kb:unanswered`. */
  readonly unanswered: UnansweredLog;
  listen(port: number, host?: string): Promise<number>;
  /**
   * Graceful shutdown, first step: new requests get 503 (turns already started still complete,
   * with the loopback calls they make), agent event streams end; resolves true once nothing is in
   * flight, false when `timeoutMs` passes first. Then `close()`.
   */
  drain(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Builds the whole bot from its parts; `index.ts` and the tests both start here. */
export function buildApp(deps: AppDependencies): App {
  const { config, knowledgeBase, storage, logger } = deps;
  // The bot states the helpline's hours in its own words; a changed HelplineHours needs them changed too.
  const helplineAnswer = findTopic(knowledgeBase, 'helpline')?.answer;
  const disagreeing = textsDisagreeingWith(config.HelplineHours, { HELPLINE_HOURS, ...(helplineAnswer === undefined ? {} : { 'helpline answer': helplineAnswer }) });
  if (disagreeing.length > 0)
    logger.warn({ helplineHours: describeWeeklyHours(config.HelplineHours), disagreeing }, 'HelplineHours differs from the hours the bot tells people (src/messages.ts HELPLINE_HOURS, knowledge/helpline.md): change them together');
  const authSettings = { ...authOptions(config), ...deps.botAuthentication?.options };
  const auth = new CachingBotFrameworkAuthentication(authSettings, deps.botAuthentication?.credentialsFactory);
  const adapter = new BotAdapter(auth);
  adapter.use(turnLogging(logger));
  const unanswered = new UnansweredLog({ storage, clock: deps.clock ?? systemClock, redact });
  adapter.use(new UnansweredRecorder(unanswered));
  adapter.use(shareDialogStateConfiguration());
  for (const middleware of deps.middleware ?? []) adapter.use(middleware);
  // Orchestrated (CLU with the embedded safety net) when CLU is configured, embedded otherwise.
  const embedded = deps.recognizer ? undefined : new EmbeddedRecognizer(knowledgeBase, { maxChars: config.MaxMessageChars });
  const recognizer = deps.recognizer ?? buildRecognizer({ config, knowledgeBase, logger, embedded });
  // The worker reads with the embedded recogniser, as the main thread does; CLU's decisions are made by the service.
  const worker = config.UnderstandingWorker === 'on' && recognizer === embedded ? new UnderstandingWorker({ knowledgeBase, maxChars: config.MaxMessageChars, logger }) : undefined;
  if (config.UnderstandingWorker === 'on' && worker === undefined) logger.info('UnderstandingWorker=on is not used: the recogniser is not the embedded one (CLU)');
  const notifier = deps.visitorNotifier ?? adapterVisitorNotifier(adapter, config.MicrosoftAppId ?? '');
  const teams = buildTeams({
    config,
    channelTokenIssuer: authSettings.ToBotFromChannelTokenIssuer,
    adapter,
    storage,
    knowledgeBase,
    handoff: buildHandoff({ config, storage, clock: deps.clock ?? systemClock, published: publishedValuesOf(knowledgeBase) }),
    notifier,
    logger,
  });
  // Presence counts agents on duty in Teams too.
  const handoff = teams.handoff;
  const handoffEvents = new HandoffEvents([...(deps.handoffListeners ?? []), ...teams.listeners], logger);
  const { bot, understanding, replies } = buildBot({
    ...deps,
    recognizer,
    auxiliaryRecognizer: embedded,
    // The embedded recogniser answers the same words the same way every time; CLU can fail over to it.
    decisionCache: recognizer === embedded && config.DecisionCacheSize > 0 ? new DecisionCache(config.DecisionCacheSize) : undefined,
    decideElsewhere: worker?.decide,
    audienceOf: teams.audienceOf,
    teams: teams.turns(handoffEvents),
    handoff: { services: handoff, events: handoffEvents },
  });

  adapter.onTurnError = async (context, error) => {
    // The person's words stay out of the log; the conversation id lets us find the turn.
    logger.error(
      {
        err: describeError(error, { redact: typeof context.activity.text === 'string' ? context.activity.text : undefined }),
        conversationId: context.activity.conversation?.id,
        activityType: context.activity.type,
      },
      'turn failed',
    );
    try {
      if (context.activity.type === 'message') await context.sendActivity(replies.plain(messages.turnError));
    } catch (sendError) {
      logger.error({ err: { name: (sendError as Error).name } }, 'could not send the apology');
    }
  };

  const server = createServer({ logger, maxRequestBytes: config.MaxRequestBytes, telemetry: deps.telemetry });
  const requestDrain = registerRequestDrain(server, { stillServed: servedWhileDraining });
  const authenticated = config.MicrosoftAppId !== undefined;
  const limits = visitorLimitsOf(config);
  // Across instances sharing blob/cosmos storage the limits count everyone's hits (a couple of seconds behind).
  const rateCounts = shareRateLimits({
    config,
    storage,
    logger,
    limiters: { address: limits.perAddress, conversation: limits.perConversation, messages: limits.messagesPerConversation },
  });
  registerVisitorLimits(server, { limits, authenticated, trustedProxyHops: config.TrustedProxyHops, allowedOrigins: config.ChatAllowedOrigins });
  registerBotRoutes(server, adapter, deps.turnHandler ?? bot, { authenticated, perConversation: limits.messagesPerConversation });
  const webChat = registerWebChat(server, { config, storage, logger });
  for (const [name, limiter] of Object.entries(webChat.limiters)) rateCounts?.register(name, limiter);
  registerAgentConsole(server, { agentIdleMinutes: config.AgentIdleMinutes });
  const agentRoutes = registerAgentRoutes(server, {
    handoff,
    events: handoffEvents,
    notifier,
    logger,
    eventsPollMs: deps.agentEventsPollMs,
    signIn: { throttle: limits.agentSignInFailures, addressOf: (req) => countedAddress(clientAddress(req, config.TrustedProxyHops)) },
  });
  const handoffJobs = new HandoffJobs({
    queue: handoff.queue,
    notifier,
    events: handoffEvents,
    logger,
    settings: handoff.settings,
    hours: { schedule: handoff.schedule, clock: handoff.clock },
    intervalMs: deps.handoffJobsIntervalMs,
  });
  if (deps.handoffJobsIntervalMs !== 0) handoffJobs.start();
  registerHealthRoutes(server, [
    { name: 'knowledge', check: async () => (knowledgeBase.topics.length > 0 ? { ok: true } : { ok: false, error: new Error('no topics') }) },
    { name: 'storage', check: () => checkStorage(storage) },
  ]);

  return {
    server,
    adapter,
    understanding,
    ...(worker === undefined ? {} : { understandingWorker: worker }),
    handoff,
    handoffJobs,
    unanswered,
    drain: (timeoutMs) => {
      requestDrain.start();
      agentRoutes.close();
      return requestDrain.idle(timeoutMs);
    },
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.server.keepAliveTimeout = KEEP_ALIVE_MS;
        server.listen(port, host ?? '0.0.0.0', () => resolve(server.address().port));
      }),
    close: async () => {
      await handoffJobs.stop();
      await unanswered.flush();
      await rateCounts?.stop();
      await new Promise<void>((resolve) => {
        agentRoutes.close();
        // A connection whose request is still in flight stays open after it, for this long: not a minute.
        server.server.keepAliveTimeout = CLOSING_KEEP_ALIVE_MS;
        server.close(() => resolve());
      });
      // Turns that finished while the server closed may have queued a batch.
      await unanswered.flush();
      await worker?.close();
    },
  };
}

/**
 * How long an idle keep-alive connection stays open (Node's default is 5 s). The local Direct Line
 * talks to this server over loopback (messages to `/api/messages`, replies to the connector routes);
 * at 5 s those connections closed in any lull, and the next burst had to open them all again. Node
 * accepts one connection per event-loop turn, and a busy turn serves every request ready in it, so
 * under load new connections come in slowly: at 100 concurrent Direct Line visitors the ~200
 * loopback connections took seconds to open (p99 5-8 s, the bare echo bot as much as this one).
 * The header timeout, which guards against slow senders, is left as it is.
 */
const KEEP_ALIVE_MS = 65_000;
/** Node's own default, as before, once the server is closing. */
const CLOSING_KEEP_ALIVE_MS = 5_000;

function authOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
}
