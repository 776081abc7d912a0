import type { CloudAdapter, Storage, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { AgentPresence } from '../handoff/agentPresence';
import type { HandoffServices } from '../handoff/buildHandoff';
import type { HandoffEvents, HandoffListener } from '../handoff/handoffEvents';
import type { VisitorNotifier } from '../handoff/visitorNotifier';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { findTopic } from '../knowledge/knowledgeBase';
import type { Audience } from '../knowledge/topicSchema';
import type { Logger } from '../observability/logger';
import { DutyCommands } from './dutyCommands';
import type { HandoffCardOptions } from './handoffCard';
import { HandoffThreads } from './handoffThreads';
import { BOT_FRAMEWORK_CHANNEL_ISSUER, staffAudienceOf } from './staffIdentity';
import { TeamsAgentDesk } from './teamsAgentDesk';
import { PresenceWithTeamsDuty, TeamsDuty } from './teamsDuty';
import { TeamsHandoffNotifier } from './teamsHandoffNotifier';
import { adapterTeamsPoster, type TeamsPoster } from './teamsPoster';
import { TeamsServiceUrls } from './teamsServiceUrls';
import { TeamsTurns } from './teamsTurns';

export interface TeamsOptions {
  readonly config: Pick<Config, 'MicrosoftAppId' | 'StaffTenantIds' | 'HandoffTeamsChannelId' | 'AgentIdleMinutes'>;
  /** The adapter's `ToBotFromChannelTokenIssuer` when overridden (tests, sovereign clouds). */
  readonly channelTokenIssuer?: string;
  readonly adapter: CloudAdapter;
  readonly storage: Storage;
  readonly knowledgeBase: KnowledgeBase;
  readonly handoff: HandoffServices;
  /** How agents' messages reach visitors (the agent API's own notifier). */
  readonly notifier: VisitorNotifier;
  readonly logger: Logger;
  /** Defaults to posting through the adapter. */
  readonly poster?: TeamsPoster;
}

export interface TeamsParts {
  /** Who is speaking: staff only for authenticated Teams requests from `StaffTenantIds`. */
  readonly audienceOf: (context: TurnContext) => Audience;
  /** The hand-off services, with presence counting Teams agents on duty when agents work in Teams. */
  readonly handoff: HandoffServices;
  /** Hand-off listeners to add to the app's `HandoffEvents` (the hand-off channel's notifier). */
  readonly listeners: readonly HandoffListener[];
  /** The Teams rules for the bot; agents' actions are told to `events` (the same bus the listeners are on). */
  turns(events: HandoffEvents): TeamsTurns;
}

/** The Teams side of the bot, from config: who is staff, and (with `HandoffTeamsChannelId`) agents in Teams. */
export function buildTeams(options: TeamsOptions): TeamsParts {
  const { config, storage, handoff } = options;
  const audienceOf = staffAudienceOf({
    appId: config.MicrosoftAppId,
    channelTokenIssuer: options.channelTokenIssuer ?? BOT_FRAMEWORK_CHANNEL_ISSUER,
    staffTenantIds: config.StaffTenantIds,
  });
  const channelId = config.HandoffTeamsChannelId;
  const tenantId = config.StaffTenantIds[0];
  if (channelId === undefined || tenantId === undefined || config.MicrosoftAppId === undefined) {
    return { audienceOf, handoff, listeners: [], turns: () => new TeamsTurns() };
  }

  const threads = new HandoffThreads(storage);
  const serviceUrls = new TeamsServiceUrls(storage);
  const duty = new TeamsDuty(storage, handoff.clock);
  const card: HandoffCardOptions = { topicTitle: (id) => findTopic(options.knowledgeBase, id)?.title };
  const poster = options.poster ?? adapterTeamsPoster(options.adapter, config.MicrosoftAppId);
  const notifier = new TeamsHandoffNotifier({ channelId, tenantId, poster, threads, serviceUrls, card });
  const presence: AgentPresence = new PresenceWithTeamsDuty({ storage, clock: handoff.clock, idleMinutes: config.AgentIdleMinutes }, duty);
  return {
    audienceOf,
    handoff: { ...handoff, presence },
    listeners: [notifier],
    turns: (events) =>
      new TeamsTurns(
        new TeamsAgentDesk({
          handoff,
          notifier: options.notifier,
          events,
          threads,
          serviceUrls,
          duty: new DutyCommands({ duty, schedule: handoff.schedule, clock: handoff.clock }),
          channelId,
          isStaff: (context) => audienceOf(context) === 'staff',
          card,
          logger: options.logger,
        }),
      ),
  };
}
