import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/runScript';

interface Resource {
  type: string;
  name: string;
  properties?: Record<string, unknown>;
  resources?: Resource[];
}

describe('deployment: the Azure Bot resource has the Teams channel and the web app the Teams settings', () => {
  const template = JSON.parse(readFileSync(path.join(ROOT, 'deploymentTemplates', 'azuredeploy.json'), 'utf8')) as { resources: Resource[]; parameters: Record<string, unknown> };
  const bot = template.resources.find((r) => r.type === 'Microsoft.BotService/botServices');

  it('an enabled MsTeamsChannel under the Azure Bot', () => {
    assert.ok(bot, 'an Azure Bot resource');
    const teams = (bot.resources ?? []).find((r) => r.type === 'channels' && r.name === 'MsTeamsChannel');
    assert.ok(teams, 'the Teams channel');
    const properties = teams.properties as { channelName: string; properties: { isEnabled: boolean } };
    assert.equal(properties.channelName, 'MsTeamsChannel');
    assert.equal(properties.properties.isEnabled, true);
  });

  it('StaffTenantIds and HandoffTeamsChannelId are parameters passed to the web app', () => {
    const site = template.resources.find((r) => r.type === 'Microsoft.Web/sites');
    const settings = ((site?.properties as { siteConfig: { appSettings: { name: string; value: string }[] } }).siteConfig.appSettings);
    const byName = new Map(settings.map((s) => [s.name, s.value]));
    assert.equal(byName.get('StaffTenantIds'), "[parameters('staffTenantIds')]");
    assert.equal(byName.get('HandoffTeamsChannelId'), "[parameters('handoffTeamsChannelId')]");
    assert.ok('staffTenantIds' in template.parameters && 'handoffTeamsChannelId' in template.parameters);
  });
});
