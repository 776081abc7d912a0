import type { TurnContext } from 'botbuilder';
import type { Audience } from '../knowledge/topicSchema';
import { teamsChannelDataOf } from './teamsActivity';

/** Bot Framework's issuer for tokens its channels send to bots (public cloud). */
export const BOT_FRAMEWORK_CHANNEL_ISSUER = 'https://api.botframework.com';

/** The parts of botframework-connector's ClaimsIdentity this check reads. */
export interface TurnIdentity {
  readonly claims: readonly { readonly type: string; readonly value: string }[];
  readonly authenticationType?: string | boolean;
}

export interface StaffPolicy {
  /** `MicrosoftAppId`; without one nothing is authenticated, so nobody is staff. */
  readonly appId: string | undefined;
  /** Issuer the adapter accepted for channel tokens (`ToBotFromChannelTokenIssuer`). */
  readonly channelTokenIssuer: string;
  /** Lower-case tenant ids (`StaffTenantIds`). */
  readonly staffTenantIds: readonly string[];
}

interface TurnFacts {
  readonly identity: TurnIdentity | undefined;
  readonly channelId: string | undefined;
  readonly channelData: unknown;
}

const claim = (identity: TurnIdentity, type: string) => identity.claims.find((c) => c.type === type)?.value;

/**
 * True when the Bot Framework validated a channel token for this bot on this request. An
 * unauthenticated bot gets an "anonymous" identity with no claims, and proactive turns an identity
 * the adapter made up without an issuer: neither passes.
 */
export function isAuthenticatedChannelRequest(identity: TurnIdentity | undefined, policy: Pick<StaffPolicy, 'appId' | 'channelTokenIssuer'>): boolean {
  if (policy.appId === undefined || identity === undefined) return false;
  if (identity.authenticationType === 'anonymous' || identity.authenticationType === false) return false;
  return claim(identity, 'aud') === policy.appId && claim(identity, 'iss') === policy.channelTokenIssuer;
}

/** Staff: an authenticated request, from Teams, from an allowed tenant. Everyone else is public. */
export function audienceOfTurn(facts: TurnFacts, policy: StaffPolicy): Audience {
  if (facts.channelId !== 'msteams') return 'public';
  if (!isAuthenticatedChannelRequest(facts.identity, policy)) return 'public';
  const tenantId = teamsChannelDataOf(facts.channelData).tenant?.id?.toLowerCase();
  return tenantId !== undefined && policy.staffTenantIds.includes(tenantId) ? 'staff' : 'public';
}

/** The identity the adapter validated for this turn (CloudAdapter keeps it in the turn state). */
export function turnIdentity(context: TurnContext): TurnIdentity | undefined {
  const identity: unknown = context.turnState.get(context.adapter.BotIdentityKey);
  return isTurnIdentity(identity) ? identity : undefined;
}

function isTurnIdentity(value: unknown): value is TurnIdentity {
  return typeof value === 'object' && value !== null && Array.isArray((value as { claims?: unknown }).claims);
}

/** `BotDependencies.audienceOf` for the running bot. */
export function staffAudienceOf(policy: StaffPolicy): (context: TurnContext) => Audience {
  return (context) =>
    audienceOfTurn({ identity: turnIdentity(context), channelId: context.activity.channelId, channelData: context.activity.channelData }, policy);
}
