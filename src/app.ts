import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Middleware,
  type ActivityHandlerBase,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type restify from 'restify';
import { adapterVisitorNotifier } from './bots/adapterVisitorNotifier';
import { AnswerBot } from './bots/answerBot';
import type { Config } from './config';
import { type ConversationMemory } from './dialogs/conversationMemory';
import { MainDialog } from './dialogs/mainDialog';
import { HandoffDialog } from './dialogs/handoffDialog';
import type { RecentTranscript } from './dialogs/recentTranscript';
import { VisitorRelay } from './dialogs/visitorRelay';
import { HandoffJobs } from './handoff/handoffJobs';
import { buildHandoff, type HandoffServices } from './handoff/buildHandoff';
import { HandoffEvents, type HandoffListener } from './handoff/handoffEvents';
import { type Clock, systemClock } from './handoff/clock';
import type { VisitorNotifier } from './handoff/visitorNotifier';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { Audience } from './knowledge/topicSchema';
import { messages } from './messages';
import { describeError } from './observability/describeError';
import type { Logger } from './observability/logger';
import { turnLogging } from './observability/turnLogging';
import type { Telemetry } from './observability/telemetry';
import type { Recognizer } from './recognition/recognizer';
import type { MessageUnderstanding } from './recognition/understandMessage';
import { buildUnderstanding } from './buildUnderstanding';
import { buildRecognizer } from './buildRecognizer';
import { EmbeddedRecognizer } from './recognition/embeddedRecognizer';
import { ReplyBuilder } from './rendering/replyBuilder';
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
import { JsonConversationState } from './storage/jsonConversationState';
import { redact } from './privacy/redact';
import { speakerRedactors } from './privacy/speakerRedactors';
import { publishedValuesOf } from './transcripts/buildTranscripts';
import { UnansweredLog } from './unanswered/unansweredLog';
import { UnansweredRecorder } from './unanswered/unansweredRecorder';
import { shareDialogStateConfiguration } from './dialogs/sharedDialogStateConfiguration';
import { buildTeams } from './teams/buildTeams';
import type { TeamsTurns } from './teams/teamsTurns';

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
  /** How often the hand-off jobs (queue timeout, positions, agent reminders) run; 0 = only by `handoffJobs.runOnce()`. Default 30 s. */
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

export interface BotDependencies {
  readonly config: Pick<Config, 'MaxMessageChars'>;
  readonly knowledgeBase: KnowledgeBase;
  readonly storage: Storage;
  /** Defaults to the embedded recogniser over the knowledge base. */
  readonly recognizer?: Recognizer;
  /** Reads a message's extra parts (second question, follow-up) without calling a paid service. */
  readonly auxiliaryRecognizer?: Recognizer;
  /** Who is speaking; defaults to everyone `public` (`buildApp` passes the Teams staff rule). */
  readonly audienceOf?: (context: TurnContext) => Audience;
  /** Teams rules (mentions, cards, agents' threads); `buildApp` always passes them. */
  readonly teams?: TeamsTurns;
  /** Talk to a person (queue, callbacks, hours) and who to tell; without it `human` is answered like any topic. */
  readonly handoff?: { readonly services: HandoffServices; readonly events: HandoffEvents };
  readonly clock?: Clock;
}

export interface Bot {
  readonly bot: AnswerBot;
  readonly understanding: MessageUnderstanding;
  readonly replies: ReplyBuilder;
}

/** The bot without the server: what `buildApp` hosts, and what dialog tests drive through a TestAdapter. */
export function buildBot(deps: BotDependencies): Bot {
  const { config, knowledgeBase, storage } = deps;
  const conversationState = new JsonConversationState(storage);
  const understanding = buildUnderstanding(knowledgeBase, config, { recognizer: deps.recognizer, auxiliary: deps.auxiliaryRecognizer });
  const replies = new ReplyBuilder(knowledgeBase);
  const audienceOf = deps.audienceOf ?? ((): Audience => 'public');
  // The memory is small, and is often set to what it already was (a repeated hand-off status): it is
  // compared as JSON, so such a turn writes nothing. The recent transcript is only ever replaced whole,
  // and always with something new: no comparison of its (larger) JSON.
  const memory = conversationState.createProperty<ConversationMemory>('memory');
  const recent = conversationState.createProperty<RecentTranscript>('recentTranscript', { changes: 'replaced' });
  const handoffFlow = deps.handoff && { ...deps.handoff, replies, knowledgeBase, memory, recent };
  const dialog = new MainDialog({
    understanding,
    replies,
    knowledgeBase,
    memory,
    audienceOf,
    maxChars: config.MaxMessageChars,
    handoffDialog: handoffFlow && new HandoffDialog(handoffFlow),
  });
  const bot = new AnswerBot({
    dialog,
    conversationState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    replies,
    audienceOf,
    teams: deps.teams,
    recent,
    redactors: speakerRedactors(publishedValuesOf(knowledgeBase)),
    clock: deps.clock,
    handoff: handoffFlow && {
      relay: new VisitorRelay({ queue: handoffFlow.services.queue, events: handoffFlow.events, replies, memory }),
      omnichannel: handoffFlow,
    },
  });
  return { bot, understanding, replies };
}

/** Builds the whole bot from its parts; `index.ts` and the tests both start here. */
export function buildApp(deps: AppDependencies): App {
  const { config, knowledgeBase, storage, logger } = deps;
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
  const handoffJobs = new HandoffJobs({ queue: handoff.queue, notifier, events: handoffEvents, logger, settings: handoff.settings, intervalMs: deps.handoffJobsIntervalMs });
  if (deps.handoffJobsIntervalMs !== 0) handoffJobs.start();
  registerHealthRoutes(server, [
    { name: 'knowledge', check: async () => (knowledgeBase.topics.length > 0 ? { ok: true } : { ok: false, error: new Error('no topics') }) },
    { name: 'storage', check: () => checkStorage(storage) },
  ]);

  return {
    server,
    adapter,
    understanding,
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
        server.listen(port, host ?? '0.0.0.0', () => resolve(server.address().port));
      }),
    close: async () => {
      await handoffJobs.stop();
      await unanswered.flush();
      await rateCounts?.stop();
      await new Promise<void>((resolve) => {
        agentRoutes.close();
        server.close(() => resolve());
      });
      // Turns that finished while the server closed may have queued a batch.
      await unanswered.flush();
    },
  };
}

function authOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
}
