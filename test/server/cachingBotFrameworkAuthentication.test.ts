import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { CachingBotFrameworkAuthentication } from '../../src/server/cachingBotFrameworkAuthentication';

const activity = (serviceUrl: string) => ({ type: 'message', channelId: 'directline', serviceUrl, conversation: { id: 'c1' } }) as Activity;

describe('outbound Bot Framework clients', () => {
  // No app id: the local Direct Line / Emulator case, where requests are not authenticated.
  const auth = new CachingBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' });

  it('reuses one connector client per service URL across turns instead of building one per turn', async () => {
    const turn = async (serviceUrl: string) => {
      const result = await auth.authenticateRequest(activity(serviceUrl), '');
      assert.ok(result.connectorFactory);
      return result.connectorFactory.create(serviceUrl, result.audience);
    };
    const first = await turn('http://127.0.0.1:3978/api/directline/connector/');
    const second = await turn('http://127.0.0.1:3978/api/directline/connector/');
    const elsewhere = await turn('http://127.0.0.1:4000/');
    assert.equal(second, first);
    assert.notEqual(elsewhere, first);
    // Each client still talks to its own service URL.
    assert.equal((first as unknown as { baseUri: string }).baseUri, 'http://127.0.0.1:3978/api/directline/connector/');
    assert.equal((elsewhere as unknown as { baseUri: string }).baseUri, 'http://127.0.0.1:4000/');
  });

  it('reuses the user-token client and the proactive connector for the same bot', async () => {
    const { claimsIdentity } = await auth.authenticateRequest(activity('http://127.0.0.1:3978/'), '');
    assert.equal(await auth.createUserTokenClient(claimsIdentity), await auth.createUserTokenClient(claimsIdentity));
    const proactive = await auth.createConnectorFactory(claimsIdentity).create('http://127.0.0.1:3978/');
    assert.equal(await auth.createConnectorFactory(claimsIdentity).create('http://127.0.0.1:3978/'), proactive);
  });
});
