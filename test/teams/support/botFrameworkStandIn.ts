import { generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

/** An activity the bot sent to the stand-in connector, with where it went and how it was authorised. */
export interface ConnectorCall {
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  /** For PUT (an update): the activity replaced. */
  readonly activityId?: string;
  /** The id the stand-in gave the activity. */
  readonly assignedId: string;
  readonly activity: Record<string, unknown>;
  /** The bearer token was one the stand-in's token endpoint issued, for the right scope. */
  readonly authorised: boolean;
}

export interface CreatedConversation {
  readonly conversationId: string;
  readonly activityId: string;
  readonly parameters: Record<string, unknown>;
  readonly authorised: boolean;
}

export interface ChannelTokenClaims {
  readonly aud?: string;
  readonly iss?: string;
  readonly serviceurl?: string;
  /** Seconds from now; negative for a token that has expired. */
  readonly expiresIn?: number;
}

const SCOPE = 'https://api.botframework.test';

/**
 * Stands in for the Bot Framework on loopback: the OpenID metadata and signing keys the bot checks
 * channel tokens against, the login endpoint that gives the bot its own tokens, and the connector
 * (`serviceUrl`) that receives replies, new threads and card updates. Channel tokens are RS256,
 * signed with a key made for this run.
 */
export class BotFrameworkStandIn {
  readonly issuer = 'https://api.botframework.test';
  readonly keyId = `test-key-${randomBytes(4).toString('hex')}`;
  readonly calls: ConnectorCall[] = [];
  readonly created: CreatedConversation[] = [];
  /** Conversations the connector answers 404 for, as Teams does for a deleted chat. */
  readonly goneConversations = new Set<string>();
  tokenRequests = 0;
  private readonly signingKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;
  private readonly issuedTokens = new Set<string>();
  private server!: Server;
  private base = '';
  private nextId = 1;

  constructor(private readonly client: { appId: string; password: string }) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.signingKey = privateKey;
    this.publicJwk = { ...publicKey.export({ format: 'jwk' }), kid: this.keyId, use: 'sig', endorsements: ['msteams', 'webchat', 'directline', 'emulator'] };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => this.route(req, res, body));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Where Teams would post activities from and receive the bot's replies. */
  get serviceUrl(): string {
    return `${this.base}/teams/`;
  }

  /** ConfigurationBotFrameworkAuthentication's own options, all pointed here. */
  authOptions(): Record<string, string> {
    return {
      ToBotFromChannelOpenIdMetadataUrl: `${this.base}/v1/.well-known/openidconfiguration`,
      ToBotFromChannelTokenIssuer: this.issuer,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.base}/emulator/.well-known/openid-configuration`,
      ToChannelFromBotLoginUrl: `${this.base}/botframework.com`,
      ToChannelFromBotOAuthScope: SCOPE,
      OAuthUrl: `${this.base}/oauth`,
      ValidateAuthority: 'false',
    };
  }

  /** A channel token as the Bot Framework signs it for requests to the bot. */
  channelToken(claims: ChannelTokenClaims = {}, options: { signWith?: KeyObject } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      iss: claims.iss ?? this.issuer,
      aud: claims.aud ?? this.client.appId,
      serviceurl: claims.serviceurl ?? this.serviceUrl,
      nbf: now - 60,
      exp: now + (claims.expiresIn ?? 600),
    };
    return jwt.sign(payload, options.signWith ?? this.signingKey, { algorithm: 'RS256', keyid: this.keyId, noTimestamp: false });
  }

  /** A key that is not the published one (a forger's). */
  static otherKey(): KeyObject {
    return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  }

  /** Activities posted into one conversation (replies and proactive messages), oldest first. */
  posted(conversationId: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === 'POST' && c.conversationId === conversationId).map((c) => c.activity);
  }

  updates(conversationId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT' && c.conversationId === conversationId);
  }

  private route(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', this.base);
    const send = (status: number, value: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(value));
    };
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/openidconfiguration') {
      return send(200, { issuer: this.issuer, jwks_uri: `${this.base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (req.method === 'GET' && url.pathname === '/v1/keys') return send(200, { keys: [this.publicJwk] });
    if (req.method === 'POST' && url.pathname === '/botframework.com/oauth2/v2.0/token') return this.issueToken(body, send);

    const authorised = this.isIssued(req.headers.authorization);
    const conversations = /^\/teams\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?\/?$/.exec(url.pathname);
    if (conversations === null) return send(404, { error: { code: 'NotFound', message: 'no such route' } });
    const conversationId = conversations[1] === undefined ? undefined : decodeURIComponent(conversations[1]);
    const activityId = conversations[2] === undefined ? undefined : decodeURIComponent(conversations[2]);
    if (conversationId !== undefined && this.goneConversations.has(conversationId)) {
      return send(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
    }
    const parsed = JSON.parse(body || '{}') as Record<string, unknown>;
    if (req.method === 'POST' && conversationId === undefined) {
      // A new conversation: for a Teams channel, a new thread whose id names its first message.
      const channel = (parsed.channelData as { channel?: { id?: string } } | undefined)?.channel?.id ?? 'chat';
      const first = String(this.nextId++);
      const created = { conversationId: `${channel};messageid=${first}`, activityId: first, parameters: parsed, authorised };
      this.created.push(created);
      return send(201, { id: created.conversationId, activityId: first });
    }
    if (conversationId === undefined) return send(405, { error: { code: 'MethodNotAllowed', message: '' } });
    const assignedId = req.method === 'PUT' && activityId !== undefined ? activityId : String(this.nextId++);
    this.calls.push({ method: req.method === 'PUT' ? 'PUT' : 'POST', conversationId, activityId: req.method === 'PUT' ? activityId : undefined, assignedId, activity: parsed, authorised });
    return send(200, { id: assignedId });
  }

  /** The client-credentials grant MSAL makes: right app id and secret, then a token for the scope. */
  private issueToken(body: string, send: (status: number, value: unknown) => void): void {
    const form = new URLSearchParams(body);
    this.tokenRequests += 1;
    if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== this.client.appId || form.get('client_secret') !== this.client.password) {
      return send(401, { error: 'invalid_client', error_description: 'unknown client or wrong secret' });
    }
    if (form.get('scope') !== `${SCOPE}/.default`) return send(400, { error: 'invalid_scope' });
    const token = randomBytes(24).toString('base64url');
    this.issuedTokens.add(token);
    send(200, { token_type: 'Bearer', expires_in: 3600, access_token: token });
  }

  private isIssued(header: string | undefined): boolean {
    const match = /^Bearer (.+)$/.exec(header ?? '');
    return match !== null && this.issuedTokens.has(match[1] as string);
  }
}
