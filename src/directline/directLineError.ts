import type { Response } from 'restify';
import { errorBody } from '../server/httpError';

/** Every way a Direct Line or token request can be refused, keyed by a stable code. */
export type DirectLineErrorCode =
  | 'token-missing'
  | 'token-invalid'
  | 'token-expired'
  | 'wrong-conversation'
  | 'conversation-not-found'
  | 'not-an-activity'
  | 'bad-watermark'
  | 'activity-too-large'
  | 'too-many-activities'
  | 'too-many-requests'
  | 'too-many-conversations'
  | 'origin-not-allowed'
  | 'bot-error'
  | 'bot-unreachable'
  | 'bot-timeout'
  | 'directline-unavailable'
  | 'chat-unavailable';

function describe(code: DirectLineErrorCode): { status: number; message: string } {
  switch (code) {
    case 'token-missing':
      return { status: 401, message: 'Send the conversation token as "Authorization: Bearer <token>".' };
    case 'token-invalid':
      return { status: 403, message: 'The token is not valid.' };
    case 'token-expired':
      return { status: 403, message: 'The token has expired. Start a new conversation.' };
    case 'wrong-conversation':
      return { status: 403, message: 'The token is for a different conversation.' };
    case 'conversation-not-found':
      return { status: 404, message: 'There is no such conversation, or it has ended.' };
    case 'not-an-activity':
      return { status: 400, message: 'The body must be an activity of type message, event or typing.' };
    case 'bad-watermark':
      return { status: 400, message: 'The watermark must be a whole number.' };
    case 'activity-too-large':
      return { status: 413, message: 'The activity is too large.' };
    case 'too-many-activities':
      return { status: 429, message: 'Too many messages. Please wait a moment.' };
    case 'too-many-requests':
      return { status: 429, message: 'Too many requests from this address. Please wait a moment.' };
    case 'too-many-conversations':
      return { status: 429, message: 'The chat is very busy. Please try again shortly, or call the helpline.' };
    case 'origin-not-allowed':
      return { status: 403, message: 'This website may not start a chat.' };
    case 'bot-error':
      return { status: 502, message: 'The bot could not handle the message.' };
    case 'bot-unreachable':
      return { status: 502, message: 'The bot could not be reached.' };
    case 'bot-timeout':
      return { status: 504, message: 'The bot took too long to answer.' };
    case 'directline-unavailable':
      return { status: 502, message: 'The chat service could not be reached. Please try again, or call the helpline.' };
    case 'chat-unavailable':
      return { status: 503, message: 'Web chat is not set up on this server.' };
    default:
      return assertNever(code);
  }
}

function assertNever(code: never): never {
  throw new Error(`unknown Direct Line error code ${String(code)}`);
}

export function statusOf(code: DirectLineErrorCode): number {
  return describe(code).status;
}

/** Sends the JSON error body; 429s carry `Retry-After` in seconds. */
export function sendDirectLineError(res: Response, code: DirectLineErrorCode, extra: { retryAfterSeconds?: number } = {}): void {
  const { status, message } = describe(code);
  if (extra.retryAfterSeconds !== undefined) res.header('Retry-After', String(extra.retryAfterSeconds));
  res.send(status, errorBody(code, message));
}
