import type { Storage } from 'botbuilder';
import type restify from 'restify';
import { AzureTokenClient } from '../directline/azureTokenClient';
import { type ChatSettings, chatSettingsOf } from '../directline/chatSettings';
import { registerConnectorRoutes } from '../directline/connectorRoutes';
import { ConversationStore } from '../directline/conversationStore';
import type { DirectLineConfigFields } from '../directline/directLineConfig';
import { registerDirectLineRoutes } from '../directline/directLineRoutes';
import { LocalDirectLine } from '../directline/localDirectLine';
import type { RateLimiter } from '../directline/rateLimiter';
import { registerTokenRoutes, TOKEN_PATH, type TokenSource } from '../directline/tokenRoutes';
import { TokenSigner } from '../directline/tokens';
import type { Logger } from '../observability/logger';
import { registerChatPage } from './chatPage';
import { defaultPublicFolder } from './publicFolder';
import { directLineSources } from './pageSecurity';

export interface WebChatOptions {
  readonly config: DirectLineConfigFields & { MicrosoftAppId?: string };
  readonly storage: Storage;
  readonly logger: Logger;
  /** Defaults to the app's own `public/` folder, whatever the working directory. */
  readonly publicDir?: string;
  /** For the Azure token exchange; tests pass nothing and point `DirectLineEndpoint` at a stand-in. */
  readonly fetch?: typeof fetch;
}

export interface WebChat {
  readonly settings: ChatSettings;
  /** The local Direct Line when it is the one in use (tests sign tokens with its signer). */
  readonly local?: { readonly directLine: LocalDirectLine; readonly signer: TokenSigner };
  /** Its rate limiters by name, for sharing counts between instances. */
  readonly limiters: Readonly<Record<string, RateLimiter>>;
}

/** The chat page, the token endpoint and, unless Azure Direct Line is configured, the local Direct Line. */
export function registerWebChat(server: restify.Server, options: WebChatOptions): WebChat {
  const settings = chatSettingsOf(options.config);
  const { mode } = settings;
  let source: TokenSource;
  let local: WebChat['local'];
  switch (mode.kind) {
    case 'local': {
      const signer = new TokenSigner({ secret: settings.tokenSecret, ttlSeconds: settings.tokenTtlSeconds });
      const store = new ConversationStore({ storage: options.storage, maxOpen: settings.maxConversations });
      const directLine = new LocalDirectLine({ store, signer, settings, logger: options.logger });
      registerDirectLineRoutes(server, { directLine, allowedOrigins: settings.allowedOrigins, trustedProxyHops: settings.trustedProxyHops });
      registerConnectorRoutes(server, directLine);
      source = { kind: 'local', directLine };
      local = { directLine, signer };
      if (options.config.DirectLineTokenSecret === undefined) {
        options.logger.info('direct line: DirectLineTokenSecret is not set, so tokens are signed with a per-process secret (fine for one instance)');
      }
      break;
    }
    case 'azure':
      source = { kind: 'azure', endpoint: mode.endpoint, client: new AzureTokenClient({ endpoint: mode.endpoint, secret: mode.secret, fetch: options.fetch }) };
      break;
    case 'off':
      options.logger.warn('web chat is off: MicrosoftAppId is set but DirectLineSecret is not (the local Direct Line cannot authenticate to the bot)');
      source = { kind: 'off' };
      break;
  }
  const tokenLimiter = registerTokenRoutes(server, { source, settings, logger: options.logger });
  registerChatPage(server, {
    publicDir: options.publicDir ?? defaultPublicFolder(),
    tokenPath: TOKEN_PATH,
    connectSources: mode.kind === 'azure' ? directLineSources(mode.endpoint) : [],
    frameAncestors: settings.allowedOrigins,
  });
  return { settings, local, limiters: { ...local?.directLine.limiters, directLineTokens: tokenLimiter } };
}
