import { z } from 'zod';
import { intSetting } from '../configFields';

/** Empty strings mean "not set", as everywhere else in the config. */
const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));

const isLoopbackHost = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';

/** A bare origin (`https://host[:port]`); plain http only for this machine. */
function parseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.pathname !== '/' || url.search || url.hash || url.username) return undefined;
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return url.origin;
  } catch {
    // not a URL
  }
  return undefined;
}

const originList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const items = (v ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    const origins: string[] = [];
    for (const item of items) {
      const origin = parseOrigin(item);
      if (origin === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${item}" is not an origin like https://www.nhsdg.co.uk` });
        return z.NEVER;
      }
      origins.push(origin);
    }
    return origins;
  });

/** The web chat and Direct Line part of the one config schema (`src/config.ts` spreads it in). */
export const directLineConfigShape = {
  /** Azure Bot Service Direct Line secret. Set: the page talks to Azure. Unset: the local Direct Line. */
  DirectLineSecret: optionalString,
  /** Azure Direct Line base URL (a regional one, or a stand-in on this machine in tests). */
  DirectLineEndpoint: optionalString
    .transform((v) => v ?? 'https://directline.botframework.com')
    .pipe(
      z
        .string()
        .url('must be a URL like https://directline.botframework.com')
        .refine((u) => parseOrigin(u) !== undefined, 'must be https://host (plain http only for a stand-in on this machine), without a path'),
    )
    .transform((u) => new URL(u).origin),
  /**
   * Signs local Direct Line tokens. Unset: a random secret per process, so tokens die with a restart
   * and two instances cannot read each other's; set it (32+ characters) to scale out.
   */
  DirectLineTokenSecret: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** Lifetime of a local token; Web Chat refreshes it every 15 minutes, so keep it above 900. */
  DirectLineTokenTtlSeconds: intSetting(1800, 30, 86_400),
  /** How often the page asks for new activities; lower is quicker to show answers but costs more requests. */
  DirectLinePollingIntervalMs: intSetting(1000, 200, 10_000),
  /** Open (unexpired) local conversations at once; more get 429. */
  DirectLineMaxConversations: intSetting(1000, 1, 1_000_000),
  /** Activities one conversation may post per minute. */
  DirectLineActivitiesPerMinute: intSetting(30, 1, 10_000),
  /** Activities and new conversations per minute from one client address (offices share addresses). */
  DirectLineActivitiesPerMinutePerAddress: intSetting(300, 1, 100_000),
  /** Largest activity a visitor may post, in bytes of JSON. */
  DirectLineMaxActivityBytes: intSetting(32_768, 1_024, 1_000_000),
  /** Proxies in front of the server whose X-Forwarded-For entry to trust for the client address (App Service: 1). */
  TrustedProxyHops: intSetting(0, 0, 10),
  /** Comma-separated origins that may embed the chat page and call the token endpoint; the page's own origin always may. */
  ChatAllowedOrigins: originList,
};

export type DirectLineConfigFields = z.infer<z.ZodObject<typeof directLineConfigShape>>;
