import { PasswordServiceClientCredentialFactory } from 'botframework-connector';

type SignableRequest = { headers: { set(name: string, value: string): void } };

/**
 * The bot's outgoing credentials, getting tokens from the stand-in's login endpoint with the
 * client-credentials grant MSAL uses. Needed because MSAL itself refuses an authority that is not
 * https and first asks login.microsoftonline.com (unreachable here) whether the authority is known.
 * App id checks, "is authentication disabled" and which login URL and scope are asked for stay
 * botbuilder's own (`PasswordServiceClientCredentialFactory`, `ConfigurationBotFrameworkAuthentication`).
 */
export class LoopbackCredentialsFactory extends PasswordServiceClientCredentialFactory {
  constructor(
    appId: string,
    private readonly secret: string,
  ) {
    super(appId, secret, '');
  }

  override async createCredentials(appId: string, audience: string, loginEndpoint: string, validateAuthority: boolean) {
    if ((await this.isAuthenticationDisabled()) || !loginEndpoint.startsWith('http://127.0.0.1:')) {
      return super.createCredentials(appId, audience, loginEndpoint, validateAuthority);
    }
    if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
    let token: Promise<string> | undefined;
    const fetchToken = async (): Promise<string> => {
      const response = await fetch(`${loginEndpoint}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: this.secret, scope: `${audience}/.default` }),
      });
      if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
      return ((await response.json()) as { access_token: string }).access_token;
    };
    return {
      async signRequest<T extends SignableRequest>(request: T): Promise<T> {
        token ??= fetchToken();
        request.headers.set('authorization', `Bearer ${await token}`);
        return request;
      },
    };
  }
}
