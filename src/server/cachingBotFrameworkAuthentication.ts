import { type Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
// Types only: botframework-connector is botbuilder's own dependency, not one of ours at run time.
import type { ClaimsIdentity, ConnectorClient, ConnectorFactory, UserTokenClient } from 'botframework-connector';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** Service URLs remembered at most: a handful in practice (Teams regions, the local Direct Line). */
const MAX_CLIENTS = 64;

/** A small insertion-ordered cache: the oldest entry goes first once it is full. */
class BoundedCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max: number) {}

  getOrCreate(key: string, create: () => T): T {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const made = create();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, made);
    return made;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

/** Hands out one connector client per bot app id, audience and service URL instead of one per turn. */
class CachingConnectorFactory implements ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: BoundedCache<Promise<ConnectorClient>>,
  ) {}

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.appId}\n${audience ?? ''}\n${serviceUrl}`;
    const client = this.clients.getOrCreate(key, () => this.inner.create(serviceUrl, audience));
    // A failed creation (credentials not reachable) is tried again next turn.
    client.catch(() => this.clients.delete(key));
    return client;
  }
}

/**
 * botbuilder's configuration authentication, with its outbound clients reused. CloudAdapter builds
 * a new ConnectorClient (a whole HTTP pipeline) and a new user-token client on every turn, a large
 * share of a turn's work; the clients hold no per-conversation state (credentials fetch and cache
 * their own tokens), and botbuilder's older BotFrameworkAdapter kept them per service URL too.
 * Inbound authentication is untouched: every request is still validated.
 */
export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new BoundedCache<Promise<ConnectorClient>>(MAX_CLIENTS);
  private readonly tokenClients = new BoundedCache<Promise<UserTokenClient>>(MAX_CLIENTS);

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory === undefined ? result : { ...result, connectorFactory: this.caching(factory, result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.caching(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity);
    const client = this.tokenClients.getOrCreate(key, () => super.createUserTokenClient(claimsIdentity));
    client.catch(() => this.tokenClients.delete(key));
    return client;
  }

  private caching(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachingConnectorFactory(factory, appIdOf(claimsIdentity), this.clients);
  }
}

/**
 * Who the outbound clients act for, as botbuilder reads it from the claims (audience for a channel,
 * app id for the Emulator and skills; all empty when unauthenticated).
 */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  const claim = (type: string) => claimsIdentity.claims.find((c) => c.type === type)?.value ?? '';
  return `${claim('aud')}|${claim('appid')}|${claim('azp')}`;
}
