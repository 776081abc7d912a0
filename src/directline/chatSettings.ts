import { randomBytes } from 'node:crypto';
import type { DirectLineConfigFields } from './directLineConfig';

/** How the page reaches the bot: Azure Direct Line, the local one, or not at all. */
export type ChatMode =
  | { readonly kind: 'azure'; readonly secret: string; readonly endpoint: string }
  | { readonly kind: 'local' }
  /** The bot requires Bot Framework auth (MicrosoftAppId) but no Direct Line secret is set. */
  | { readonly kind: 'off' };

export interface ChatSettings {
  readonly mode: ChatMode;
  readonly tokenSecret: string;
  readonly tokenTtlSeconds: number;
  readonly pollingIntervalMs: number;
  readonly maxConversations: number;
  readonly activitiesPerMinute: number;
  readonly activitiesPerMinutePerAddress: number;
  readonly maxActivityBytes: number;
  readonly trustedProxyHops: number;
  readonly allowedOrigins: readonly string[];
}

/**
 * The chat settings from config. The local Direct Line posts to the bot without a Bot Framework
 * token, which a bot with a MicrosoftAppId refuses; such a bot needs Azure Direct Line.
 */
export function chatSettingsOf(
  config: DirectLineConfigFields & { MicrosoftAppId?: string },
  options: { randomSecret?: () => string } = {},
): ChatSettings {
  const mode: ChatMode =
    config.DirectLineSecret !== undefined
      ? { kind: 'azure', secret: config.DirectLineSecret, endpoint: config.DirectLineEndpoint }
      : config.MicrosoftAppId === undefined
        ? { kind: 'local' }
        : { kind: 'off' };
  const randomSecret = options.randomSecret ?? (() => randomBytes(32).toString('base64url'));
  return {
    mode,
    tokenSecret: config.DirectLineTokenSecret ?? randomSecret(),
    tokenTtlSeconds: config.DirectLineTokenTtlSeconds,
    pollingIntervalMs: config.DirectLinePollingIntervalMs,
    maxConversations: config.DirectLineMaxConversations,
    activitiesPerMinute: config.DirectLineActivitiesPerMinute,
    activitiesPerMinutePerAddress: config.DirectLineActivitiesPerMinutePerAddress,
    maxActivityBytes: config.DirectLineMaxActivityBytes,
    trustedProxyHops: config.TrustedProxyHops,
    allowedOrigins: config.ChatAllowedOrigins,
  };
}
