import type { TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Audience } from '../knowledge/topicSchema';
import { BOT_FRAMEWORK_CHANNEL_ISSUER, staffAudienceOf } from './staffIdentity';
import { TeamsTurns } from './teamsTurns';

export interface TeamsOptions {
  readonly config: Pick<Config, 'MicrosoftAppId' | 'StaffTenantIds'>;
  /** The adapter's `ToBotFromChannelTokenIssuer` when overridden (tests, sovereign clouds). */
  readonly channelTokenIssuer?: string;
}

export interface TeamsParts {
  /** Who is speaking: staff only for authenticated Teams requests from `StaffTenantIds`. */
  readonly audienceOf: (context: TurnContext) => Audience;
  readonly turns: TeamsTurns;
}

/** The Teams side of the bot, from config. */
export function buildTeams(options: TeamsOptions): TeamsParts {
  const { config } = options;
  const audienceOf = staffAudienceOf({
    appId: config.MicrosoftAppId,
    channelTokenIssuer: options.channelTokenIssuer ?? BOT_FRAMEWORK_CHANNEL_ISSUER,
    staffTenantIds: config.StaffTenantIds,
  });
  return { audienceOf, turns: new TeamsTurns() };
}
