import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  armParameterFileSchema,
  armTemplateSchema,
  checkArmReferences,
  checkParameterFile,
  checkReferences,
  describeArmProblem,
  findArmReferences,
  type ArmProblem,
  type ArmTemplate,
} from './support/armReferences';
import { configSchema } from '../src/config';
import { parseAgentConsoleKeys } from '../src/handoff/agentKeys';

const templatesDir = join(__dirname, '..', 'deploymentTemplates');

type JsonFile = { name: string; path: string; parsed: { ok: true; value: unknown } | { ok: false; error: string } };

function readJsonFiles(dir: string): JsonFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      try {
        return { name, path, parsed: { ok: true, value: JSON.parse(readFileSync(path, 'utf8')) as unknown } };
      } catch (error) {
        return { name, path, parsed: { ok: false, error: String(error) } };
      }
    });
}

function schemaOf(value: unknown): string {
  if (value === null || typeof value !== 'object' || !('$schema' in value)) return '';
  return typeof value.$schema === 'string' ? value.$schema : '';
}

type FlatResource = { type: string; resource: Record<string, unknown> };

/** Resources with their full type; nested child resources carry only the last type segment. */
function flattenResources(resources: unknown, parentType = ''): FlatResource[] {
  if (!Array.isArray(resources)) return [];
  return resources.flatMap((resource: Record<string, unknown>) => {
    const ownType = String(resource.type);
    const type = parentType === '' || ownType.includes('.') ? ownType : `${parentType}/${ownType}`;
    return [{ type, resource }, ...flattenResources(resource.resources, type)];
  });
}

function render(problems: ArmProblem[]): string {
  return problems.map(describeArmProblem).join('\n');
}

const files = readJsonFiles(templatesDir);
const templates = files
  .filter((f) => f.parsed.ok && schemaOf(f.parsed.value).includes('deploymentTemplate'))
  .map((f) => ({ ...f, template: armTemplateSchema.parse(f.parsed.ok ? f.parsed.value : undefined) }));

describe('deploymentTemplates/', () => {
  it('holds one template and its parameter file', () => {
    assert.deepEqual(
      files.map((f) => f.name),
      ['azuredeploy.json', 'azuredeploy.parameters.json'],
    );
  });

  for (const file of files) {
    it(`${file.name} is valid JSON`, () => {
      assert.ok(file.parsed.ok, file.parsed.ok ? '' : file.parsed.error);
    });
  }

  for (const { name, template } of templates) {
    describe(name, () => {
      it('declares every parameter and variable it references', () => {
        assert.equal(render(checkArmReferences(template)), '');
      });

      it('has outputs that reference only declared parameters and variables', () => {
        for (const [outputName, output] of Object.entries(template.outputs)) {
          const refs = findArmReferences(output.value, `$.outputs.${outputName}.value`);
          assert.equal(render(checkReferences(refs, template)), '');
          assert.ok(typeof output.value === 'string' && output.value !== '', `${outputName} has no value`);
        }
      });

      it('gives every resource a literal, dated apiVersion', () => {
        for (const { type, resource } of flattenResources(template.resources)) {
          assert.match(String(resource.apiVersion), /^\d{4}-\d{2}-\d{2}(-preview)?$/, type);
        }
      });

      const parameterFileName = name.replace(/\.json$/, '.parameters.json');
      const parameterFile = files.find((f) => f.name === parameterFileName);
      it(`is paired with ${parameterFileName}, which sets only declared parameters and every required one`, () => {
        assert.ok(parameterFile?.parsed.ok, `${parameterFileName} is missing or invalid`);
        const parsed = armParameterFileSchema.parse(parameterFile.parsed.value);
        assert.match(parsed.$schema, /deploymentParameters/);
        assert.equal(render(checkParameterFile(template, parsed)), '');
      });

      it(`keeps secrets out of ${parameterFileName}`, () => {
        assert.ok(parameterFile?.parsed.ok);
        const parsed = armParameterFileSchema.parse(parameterFile.parsed.value);
        for (const [paramName, entry] of Object.entries(parsed.parameters)) {
          if (template.parameters[paramName]?.type.toLowerCase() !== 'securestring') continue;
          assert.ok(entry.value === '' || /^<set-me/.test(String(entry.value)), `${paramName} holds a value`);
        }
      });
    });
  }
});

describe('azuredeploy.json', () => {
  const found = templates.find((t) => relative(templatesDir, t.path) === 'azuredeploy.json');
  const template = (): ArmTemplate => {
    assert.ok(found, 'deploymentTemplates/azuredeploy.json is missing');
    return found.template;
  };
  const resources = () => flattenResources(template().resources);
  const resourceOfType = (type: string) => {
    const match = resources().find((r) => r.type.toLowerCase() === type.toLowerCase());
    assert.ok(match, `no ${type}`);
    return match.resource;
  };
  const property = (value: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);

  const requiredTypes = [
    'Microsoft.Web/serverfarms',
    'Microsoft.Web/sites',
    'Microsoft.BotService/botServices',
    'Microsoft.BotService/botServices/channels',
    'Microsoft.Storage/storageAccounts',
    'Microsoft.Storage/storageAccounts/blobServices/containers',
    'Microsoft.CognitiveServices/accounts',
    'Microsoft.Insights/components',
    'Microsoft.OperationalInsights/workspaces',
  ];
  for (const type of requiredTypes) {
    it(`creates ${type}`, () => {
      resourceOfType(type);
    });
  }

  it('enables the Direct Line (one v3 site, enhanced authentication) and Teams channels on the bot', () => {
    const channels = resources().filter((r) => r.type === 'Microsoft.BotService/botServices/channels');
    const byName = new Map(channels.map((c) => [String(c.resource.name), c.resource]));
    assert.deepEqual([...byName.keys()].sort(), ['DirectLineChannel', 'MsTeamsChannel']);

    const sites = property(byName.get('DirectLineChannel'), 'properties', 'properties', 'sites');
    assert.ok(Array.isArray(sites) && sites.length === 1, 'Direct Line needs exactly one site');
    assert.equal(property(sites[0], 'isV3Enabled'), true);
    assert.equal(property(sites[0], 'isSecureSiteEnabled'), true);
    assert.match(String(property(sites[0], 'trustedOrigins')), /chatOrigins|chatAllowedOrigins/);
    assert.equal(property(byName.get('MsTeamsChannel'), 'properties', 'properties', 'isEnabled'), true);
  });

  it('points the bot at the web app messaging endpoint', () => {
    const bot = resourceOfType('Microsoft.BotService/botServices');
    assert.equal(bot.kind, 'azurebot');
    const endpoint = String(template().variables.messagingEndpoint);
    assert.equal(property(bot, 'properties', 'endpoint'), "[variables('messagingEndpoint')]");
    assert.match(endpoint, /\/api\/messages/);
    for (const key of ['msaAppId', 'msaAppType', 'msaAppTenantId']) assert.ok(property(bot, 'properties', key), key);
  });

  it('runs Node 20 on Linux, https only and always on', () => {
    const site = resourceOfType('Microsoft.Web/sites');
    assert.equal(property(site, 'properties', 'httpsOnly'), true);
    assert.equal(property(site, 'properties', 'siteConfig', 'linuxFxVersion'), 'NODE|20-lts');
    assert.equal(property(site, 'properties', 'siteConfig', 'alwaysOn'), true);
    assert.equal(property(resourceOfType('Microsoft.Web/serverfarms'), 'properties', 'reserved'), true);
    assert.equal(property(template().parameters, 'appServicePlanSku', 'defaultValue'), 'B1');
  });

  const requiredSettings = [
    'MicrosoftAppId',
    'MicrosoftAppPassword',
    'MicrosoftAppType',
    'MicrosoftAppTenantId',
    'StorageKind',
    'BlobConnectionString',
    'BlobContainerName',
    'DirectLineSecret',
    'ChatAllowedOrigins',
    'CluEndpoint',
    'CluKey',
    'CluProjectName',
    'CluDeploymentName',
    'StaffTenantIds',
    'HandoffTeamsChannelId',
    'AgentConsoleKeys',
    'TranscriptRetentionDays',
    'APPLICATIONINSIGHTS_CONNECTION_STRING',
    'SCM_DO_BUILD_DURING_DEPLOYMENT',
  ];
  it('gives the web app every setting the bot reads', () => {
    const settings = property(resourceOfType('Microsoft.Web/sites'), 'properties', 'siteConfig', 'appSettings');
    assert.ok(Array.isArray(settings));
    const names = settings.map((s: unknown) => String(property(s, 'name')));
    assert.deepEqual(requiredSettings.filter((key) => !names.includes(key)), []);
  });

  const settingCases: Array<{ name: string; pattern: RegExp }> = [
    { name: 'StorageKind', pattern: /^blob$/ },
    { name: 'BlobConnectionString', pattern: /listKeys\(resourceId\('Microsoft\.Storage\/storageAccounts'/ },
    { name: 'CluKey', pattern: /^\[if\(parameters\('deployLanguage'\), listKeys\(/ },
    { name: 'CluEndpoint', pattern: /languageEndpoint/ },
    { name: 'MicrosoftAppPassword', pattern: /parameters\('appSecret'\)/ },
    { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', pattern: /Microsoft\.Insights\/components.*ConnectionString/ },
    { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', pattern: /^true$/ },
    // App Service's front end is one proxy: without this every visitor shares its address in the per-address limits.
    { name: 'TrustedProxyHops', pattern: /^1$/ },
  ];
  for (const { name, pattern } of settingCases) {
    it(`wires ${name} from its source`, () => {
      const settings = property(resourceOfType('Microsoft.Web/sites'), 'properties', 'siteConfig', 'appSettings');
      assert.ok(Array.isArray(settings));
      const setting = settings.find((s: unknown) => property(s, 'name') === name);
      assert.match(String(property(setting, 'value')), pattern);
    });
  }

  it('sets only app settings the bot reads, spelled as src/config.ts spells them', () => {
    const settings = property(resourceOfType('Microsoft.Web/sites'), 'properties', 'siteConfig', 'appSettings');
    assert.ok(Array.isArray(settings));
    const configKeys = Object.keys(configSchema.innerType().shape);
    const platformSettings = ['SCM_DO_BUILD_DURING_DEPLOYMENT'];
    const names = settings.map((s: unknown) => String(property(s, 'name')));
    assert.deepEqual(names.filter((n) => !configKeys.includes(n) && !platformSettings.includes(n)), []);
  });

  it('describes agentConsoleKeys in the name:key form the bot parses, as its README does', () => {
    assert.match(String(property(template().parameters, 'agentConsoleKeys', 'metadata', 'description')), /name:key/);
    const readme = readFileSync(join(templatesDir, 'README.md'), 'utf8');
    const bullet = readme.split('\n- ').find((b) => b.startsWith('**`AgentConsoleKeys`.**'));
    assert.ok(bullet, 'the README has an AgentConsoleKeys bullet');
    assert.match(bullet, /name:key/);
    const documented = /`([^`]*:\$\(openssl[^`]*)`/.exec(bullet)?.[1];
    assert.ok(documented, 'the README shows the setting with a generated key');
    const example = documented.replace(/\$\(openssl rand -base64 32\)/g, 'eGRsT102xAtJZ3JosUv1WXn0EUBqbhVLvH+Fj4S4QaQ=');
    assert.equal(parseAgentConsoleKeys(example.replace(/^AgentConsoleKeys=/, '')).ok, true, example);
  });

  it('lets boards without CLU skip the Language resource', () => {
    const language = resourceOfType('Microsoft.CognitiveServices/accounts');
    assert.equal(language.condition, "[parameters('deployLanguage')]");
    assert.equal(language.kind, 'TextAnalytics');
    assert.equal(property(template().parameters, 'deployLanguage', 'type'), 'bool');
    assert.match(String(template().variables.languageEndpoint), /^\[if\(parameters\('deployLanguage'\)/);
  });

  it('locks the storage account down', () => {
    const storage = resourceOfType('Microsoft.Storage/storageAccounts');
    assert.equal(storage.kind, 'StorageV2');
    assert.equal(property(storage, 'sku', 'name'), 'Standard_LRS');
    assert.equal(property(storage, 'properties', 'minimumTlsVersion'), 'TLS1_2');
    assert.equal(property(storage, 'properties', 'allowBlobPublicAccess'), false);
    assert.equal(property(storage, 'properties', 'supportsHttpsTrafficOnly'), true);
  });

  it('reports the URLs and names an operator needs', () => {
    const outputs = template().outputs;
    for (const key of ['webAppUrl', 'botMessagingEndpoint', 'chatPageUrl', 'agentConsoleUrl', 'languageEndpoint', 'storageAccountName']) {
      assert.ok(outputs[key], `output ${key}`);
    }
    assert.match(String(outputs.agentConsoleUrl?.value), /\/agent'/);
  });
});

describe('deploymentTemplates/README.md', () => {
  it('its command for checking the template runs this file only', function () {
    this.timeout(90_000);
    const readme = readFileSync(join(templatesDir, 'README.md'), 'utf8');
    const command = /`npx mocha ([^`]*deploymentTemplates\.test\.ts)`/.exec(readme)?.[1];
    assert.ok(command, 'the README names an npx mocha command for this file');
    const root = join(__dirname, '..');
    const run = spawnSync(process.execPath, [require.resolve('mocha/bin/mocha.js'), ...command.split(' '), '--dry-run', '--reporter', 'json'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { tests: Array<{ file: string }> };
    assert.deepEqual([...new Set(report.tests.map((t) => relative(root, t.file)))], ['test/deploymentTemplates.test.ts']);
  });
});

describe('ARM reference checker', () => {
  const base = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    parameters: { name: { type: 'string' } },
    variables: { prefix: 'x' },
  };
  const check = (resources: unknown[], outputs: Record<string, unknown> = {}) =>
    checkArmReferences(armTemplateSchema.parse({ ...base, resources, outputs }));

  it("reports parameters('missing') in a resource", () => {
    const problems = check([{ type: 'Microsoft.Storage/storageAccounts', name: "[parameters('missing')]" }]);
    assert.deepEqual(problems, [{ code: 'undeclared_parameter', name: 'missing', path: '$.resources[0].name' }]);
    assert.match(render(problems), /parameters\('missing'\) is not declared/);
  });

  const cases: Array<{ label: string; value: string; expected: Array<Partial<ArmProblem>> }> = [
    { label: 'declared names', value: "[concat(variables('prefix'), parameters('name'))]", expected: [] },
    { label: 'an undeclared variable', value: "[variables('nope')]", expected: [{ code: 'undeclared_variable', name: 'nope' }] },
    { label: 'a reference nested in other calls', value: "[if(true, format('{0}', parameters('gone')), '')]", expected: [{ code: 'undeclared_parameter', name: 'gone' }] },
    { label: 'function names in any case', value: "[Parameters('other')]", expected: [{ code: 'undeclared_parameter', name: 'other' }] },
    { label: 'look-alikes inside string literals', value: "[concat('parameters(''x'')', parameters('name'))]", expected: [] },
    { label: 'an escaped literal bracket', value: "[[parameters('notAnExpression')]", expected: [] },
    { label: 'plain strings', value: "parameters('plain')", expected: [] },
    { label: 'a computed name', value: "[parameters(variables('prefix'))]", expected: [{ code: 'dynamic_reference', fn: 'parameters' }] },
  ];
  for (const { label, value, expected } of cases) {
    it(`handles ${label}`, () => {
      const problems = check([], { out: { type: 'string', value } });
      assert.deepEqual(
        problems.map(({ code, ...rest }) => ({ code, ...('name' in rest ? { name: rest.name } : {}), ...('fn' in rest ? { fn: rest.fn } : {}) })),
        expected,
      );
    });
  }

  it('scans object keys as well as values', () => {
    const problems = check([{ type: 't', name: 'n', tags: { "[parameters('keyName')]": 'v' } }]);
    assert.deepEqual(problems.map((p) => p.code), ['undeclared_parameter']);
  });

  it('reports parameter files that set unknown or leave out required parameters', () => {
    const template = armTemplateSchema.parse({
      ...base,
      parameters: { required: { type: 'string' }, optional: { type: 'string', defaultValue: '' } },
      resources: [],
    });
    const problems = checkParameterFile(
      template,
      armParameterFileSchema.parse({ $schema: 'deploymentParameters.json#', parameters: { typo: { value: 'x' } } }),
    );
    assert.deepEqual(problems, [
      { code: 'unknown_parameter_value', name: 'typo' },
      { code: 'missing_parameter_value', name: 'required' },
    ]);
  });
});

describe('the web app starts from what the deployment build compiled', () => {
  it("startupCommand runs the file `npm run build` emits for src/index.ts, and the build compiles no tests", () => {
    const root = join(__dirname, '..');
    const template = JSON.parse(readFileSync(join(templatesDir, 'azuredeploy.json'), 'utf8')) as { parameters: Record<string, { defaultValue?: unknown }> };
    const command = String(template.parameters.startupCommand?.defaultValue);
    const build = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build ?? '';
    const project = /-p\s+(\S+)/.exec(build)?.[1];
    assert.ok(project, `npm run build names its tsconfig: ${build}`);
    const shown = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project, '--showConfig'], { cwd: root, encoding: 'utf8' });
    assert.equal(shown.status, 0, shown.stderr);
    const config = JSON.parse(shown.stdout) as { compilerOptions: { outDir: string; rootDir: string }; files: string[] };
    const emitted = join(config.compilerOptions.outDir, relative(config.compilerOptions.rootDir, 'src/index.ts')).replace(/\.ts$/, '.js');
    assert.equal(command, `node ${emitted}`);
    assert.ok(config.files.some((f) => f.endsWith('src/index.ts')));
    assert.deepEqual(config.files.filter((f) => /(^|\/)test\//.test(f)), [], 'tests are not compiled at deployment');
  });
});
