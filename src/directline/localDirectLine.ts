import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Logger } from '../observability/logger';
import { deliverToBot } from './botDelivery';
import type { ChatSettings } from './chatSettings';
import type { ConversationStore, LoggedActivity } from './conversationStore';
import type { DirectLineErrorCode } from './directLineError';
import { RateLimiter } from './rateLimiter';
import { bearerToken, type TokenClaims, type TokenSigner } from './tokens';
import { joinedActivity, postedActivitySchema, toBotActivity, toUserActivity } from './userActivity';

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: DirectLineErrorCode; retryAfterSeconds?: number };

/** What a client gets for a conversation: the Direct Line 3.0 conversation body plus the user id. */
export interface Grant {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
  readonly userId: string;
}

/** Where this server accepted the request, so the bot is reached on the same port over loopback. */
export interface Loopback {
  readonly port: number;
}

export interface LocalDirectLineOptions {
  readonly store: ConversationStore;
  readonly signer: TokenSigner;
  readonly settings: ChatSettings;
  readonly logger: Logger;
  /** The bot's channel account id in every conversation. */
  readonly botId?: string;
  readonly deliveryTimeoutMs?: number;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
}

const fail = <T>(code: DirectLineErrorCode, retryAfterSeconds?: number): Outcome<T> => ({ ok: false, code, retryAfterSeconds });
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/**
 * A Direct Line 3.0 service on this server: conversations and tokens for the page, activities
 * delivered to the bot over loopback as a channel would, replies collected from the bot's connector
 * calls. HTTP lives in `directLineRoutes.ts`; this class returns outcomes as values.
 */
export class LocalDirectLine {
  /** Secret path segment of the connector routes, derived so every instance sharing the token secret agrees. */
  readonly connectorKey: string;
  private readonly perConversation: RateLimiter;
  private readonly perAddress: RateLimiter;
  /** Its rate limiters, by the name instances sharing storage publish their counts under. */
  readonly limiters: Readonly<Record<string, RateLimiter>>;
  private readonly botId: string;
  private readonly now: () => number;

  constructor(private readonly options: LocalDirectLineOptions) {
    const { settings } = options;
    this.now = options.now ?? Date.now;
    this.botId = options.botId ?? 'bot';
    this.connectorKey = createHmac('sha256', settings.tokenSecret).update('directline-connector').digest('hex').slice(0, 32);
    this.perConversation = new RateLimiter({ limit: settings.activitiesPerMinute, windowMs: 60_000, now: this.now });
    this.perAddress = new RateLimiter({ limit: settings.activitiesPerMinutePerAddress, windowMs: 60_000, now: this.now });
    this.limiters = { directLineConversation: this.perConversation, directLineAddress: this.perAddress };
  }

  /** `tokens/generate` and the page's token endpoint: a new conversation and its token. */
  async createConversation(address: string): Promise<Outcome<Grant>> {
    const rate = this.perAddress.take(address);
    if (!rate.ok) return fail('too-many-requests', rate.retryAfterSeconds);
    const conversationId = randomBytes(16).toString('hex');
    // Not "dl_": Web Chat reserves that prefix for ids embedded in an Azure token and warns otherwise.
    const userId = `u_${randomBytes(12).toString('hex')}`;
    const issued = this.options.signer.issue(conversationId, userId);
    const created = await this.options.store.create({ id: conversationId, userId, expiresAt: issued.claims.exp * 1000 });
    if (created.kind === 'full') {
      this.options.logger.warn({ maxConversations: this.options.settings.maxConversations }, 'direct line: conversation cap reached');
      return fail('too-many-conversations', created.retryAfterSeconds);
    }
    return ok({ conversationId, token: issued.token, expires_in: issued.expiresIn, userId });
  }

  /** `POST /conversations`: the first call tells the bot the user joined, so the welcome is waiting. */
  async start(authorization: string | undefined, at: Loopback): Promise<Outcome<{ grant: Grant; firstStart: boolean }>> {
    const auth = this.authorize(authorization);
    if (!auth.ok) return auth;
    const claims = auth.value;
    const started = await this.options.store.markStarted(claims.cid);
    if (started === undefined) return fail('conversation-not-found');
    if (started.firstStart) {
      const joined = { ...joinedActivity(this.participants(claims)), id: randomUUID(), timestamp: new Date(this.now()).toISOString() };
      const delivered = await deliverToBot({ ...joined, serviceUrl: this.serviceUrl(at) }, this.deliveryOptions(at));
      if (!delivered.ok) this.options.logger.error({ reason: delivered.reason, status: delivered.status, conversationId: claims.cid }, 'direct line: welcome not delivered');
    }
    return ok({ grant: this.currentGrant(authorization ?? '', claims), firstStart: started.firstStart });
  }

  /** `GET /conversations/{id}`: reconnect to a conversation the token belongs to. */
  async reconnect(authorization: string | undefined, conversationId: string): Promise<Outcome<Grant>> {
    const auth = this.authorize(authorization, conversationId);
    if (!auth.ok) return auth;
    if ((await this.options.store.get(conversationId)) === undefined) return fail('conversation-not-found');
    return ok(this.currentGrant(authorization ?? '', auth.value));
  }

  /** `tokens/refresh`: a fresh token for the same conversation; the old one stays valid until it expires. */
  async refresh(authorization: string | undefined): Promise<Outcome<Grant>> {
    const auth = this.authorize(authorization);
    if (!auth.ok) return auth;
    const issued = this.options.signer.issue(auth.value.cid, auth.value.uid);
    const extended = await this.options.store.extend(auth.value.cid, issued.claims.exp * 1000);
    if (extended === undefined) return fail('conversation-not-found');
    return ok({ conversationId: auth.value.cid, token: issued.token, expires_in: issued.expiresIn, userId: auth.value.uid });
  }

  /** `GET /conversations/{id}/activities?watermark=`: what was logged since the watermark. */
  async activities(
    authorization: string | undefined,
    conversationId: string,
    watermark: string | undefined,
  ): Promise<Outcome<{ activities: LoggedActivity[]; watermark: string }>> {
    const auth = this.authorize(authorization, conversationId);
    if (!auth.ok) return auth;
    const from = watermark === undefined || watermark === '' ? 0 : Number(watermark);
    if (!Number.isSafeInteger(from) || from < 0) return fail('bad-watermark');
    const page = await this.options.store.since(conversationId, from);
    if (page === undefined) return fail('conversation-not-found');
    return ok({ activities: page.activities, watermark: String(page.watermark) });
  }

  /** `POST /conversations/{id}/activities`: echo into the log, then hand to the bot and wait for it. */
  async post(
    authorization: string | undefined,
    conversationId: string,
    request: { body: unknown; bytes: number; address: string; at: Loopback },
  ): Promise<Outcome<{ id: string }>> {
    const auth = this.authorize(authorization, conversationId);
    if (!auth.ok) return auth;
    if (request.bytes > this.options.settings.maxActivityBytes) return fail('activity-too-large');
    const conversationRate = this.perConversation.take(conversationId);
    if (!conversationRate.ok) return fail('too-many-activities', conversationRate.retryAfterSeconds);
    const addressRate = this.perAddress.take(request.address);
    if (!addressRate.ok) return fail('too-many-requests', addressRate.retryAfterSeconds);
    const parsed = postedActivitySchema.safeParse(request.body);
    if (!parsed.success) return fail('not-an-activity');
    const activity = toUserActivity(parsed.data, this.participants(auth.value));
    const logged = await this.options.store.append(conversationId, activity);
    if (logged === undefined) return fail('conversation-not-found');
    const delivered = await deliverToBot(
      { ...activity, id: logged.id, timestamp: new Date(this.now()).toISOString(), serviceUrl: this.serviceUrl(request.at) },
      this.deliveryOptions(request.at),
    );
    if (!delivered.ok) {
      this.options.logger.error({ reason: delivered.reason, status: delivered.status, conversationId }, 'direct line: activity not delivered');
      return fail(delivered.reason);
    }
    return ok({ id: logged.id });
  }

  /** The connector side: a reply or proactive message from the bot joins the conversation's log. */
  async appendFromBot(conversationId: string, body: unknown): Promise<Outcome<{ id: string } | undefined>> {
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      return fail('not-an-activity');
    }
    // Trace activities are for the Emulator's inspector, never for a visitor.
    if ((body as { type: string }).type === 'trace') return ok(undefined);
    const logged = await this.options.store.append(conversationId, toBotActivity(body as Record<string, unknown>, conversationId));
    return logged === undefined ? fail('conversation-not-found') : ok({ id: logged.id });
  }

  private authorize(authorization: string | undefined, conversationId?: string): Outcome<TokenClaims> {
    const check = this.options.signer.verify(bearerToken(authorization));
    if (!check.ok) return fail(check.code);
    if (conversationId !== undefined && check.claims.cid !== conversationId) return fail('wrong-conversation');
    return ok(check.claims);
  }

  private currentGrant(authorization: string, claims: TokenClaims): Grant {
    return {
      conversationId: claims.cid,
      token: bearerToken(authorization) ?? '',
      expires_in: Math.max(0, claims.exp - Math.floor(this.now() / 1000)),
      userId: claims.uid,
    };
  }

  private participants(claims: TokenClaims) {
    return { conversationId: claims.cid, userId: claims.uid, botId: this.botId };
  }

  private serviceUrl(at: Loopback): string {
    return `http://127.0.0.1:${at.port}/directline-connector/${this.connectorKey}`;
  }

  private deliveryOptions(at: Loopback) {
    return { botUrl: `http://127.0.0.1:${at.port}/api/messages`, timeoutMs: this.options.deliveryTimeoutMs ?? 15_000, fetch: this.options.fetch };
  }
}
