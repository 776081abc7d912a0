/**
 * Where a turn's replies may go when `/api/messages` runs without authentication (no
 * `MicrosoftAppId`). botbuilder posts replies, and later hand-off messages, to the activity's
 * `serviceUrl`; unchecked, anyone could make the bot send requests to cloud metadata addresses,
 * private networks or `file:` URLs. Unauthenticated, the only callers are on this machine (the
 * Emulator, the local Direct Line, curl with `expectReplies`), so the rule is: a `serviceUrl`, if
 * given, is http(s) on loopback; with none, replies must come back in the response (`expectReplies`).
 * Authenticated requests are checked by botbuilder against the token's `serviceurl` claim.
 */
export type ReplyAddressProblem = 'service-url-not-allowed' | 'no-reply-address';

export function unauthenticatedReplyAddressProblem(activity: Record<string, unknown>): ReplyAddressProblem | undefined {
  const { serviceUrl, deliveryMode } = activity;
  if (serviceUrl === undefined || serviceUrl === null || serviceUrl === '') {
    return deliveryMode === 'expectReplies' ? undefined : 'no-reply-address';
  }
  return typeof serviceUrl === 'string' && isLoopbackHttpUrl(serviceUrl) ? undefined : 'service-url-not-allowed';
}

export const replyAddressMessages: Record<ReplyAddressProblem, string> = {
  'service-url-not-allowed': 'Without authentication the bot only replies to a serviceUrl on this machine (http://localhost or 127.0.0.1).',
  'no-reply-address': 'Give a serviceUrl on this machine, or "deliveryMode": "expectReplies" to get the replies in the response.',
};

function isLoopbackHttpUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname;
  // WHATWG URL parsing has already turned 0x7f.1, 2130706433 and friends into dotted decimal.
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
