import { z } from 'zod';
import { intSetting } from '../configFields';

/** Limits on what a visitor can reach (README: "Limits"); `src/config.ts` spreads this in. */
export const rateLimitConfigShape = {
  /** Requests per minute from one client address to the chat APIs, and to `/api/messages` without authentication. */
  RequestsPerMinutePerAddress: intSetting(3000, 10, 10_000_000),
  /** Direct Line requests per minute for one conversation (polling, reconnects, posts). */
  RequestsPerMinutePerConversation: intSetting(600, 10, 10_000_000),
  /** Activities per minute `/api/messages` takes for one conversation, from any channel. */
  MessagesPerMinutePerConversation: intSetting(60, 1, 10_000_000),
  /** Failed agent sign-ins (wrong or missing console key) per minute from one address before it gets 429. */
  AgentSignInFailuresPerMinute: intSetting(10, 1, 10_000),
};

export type RateLimitConfig = { [K in keyof typeof rateLimitConfigShape]: z.infer<(typeof rateLimitConfigShape)[K]> };
