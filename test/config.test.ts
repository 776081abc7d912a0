import assert from 'node:assert/strict';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { runScript } from './support/runScript';

const BROKEN_KNOWLEDGE = path.resolve(__dirname, 'fixtures/knowledge-broken');

function problemsOf(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  assert.equal(result.ok, false, `expected problems for ${JSON.stringify(env)}`);
  return result.ok ? [] : result.problems;
}

describe('configuration (loadConfig)', () => {
  it('starts with nothing configured: port 3978, durable file storage in ./data, knowledge in ./knowledge, no auth', () => {
    const result = loadConfig({});
    assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
    const { config } = result;
    assert.equal(config.PORT, 3978);
    assert.equal(config.StorageKind, 'file');
    assert.equal(config.StoragePath, './data');
    assert.equal(config.KnowledgePath, './knowledge');
    assert.equal(config.MicrosoftAppType, 'MultiTenant');
    assert.equal(config.MicrosoftAppId, undefined);
    assert.equal(config.MicrosoftAppPassword, undefined);
  });

  it('treats empty values, as a fresh .env has them, as not set', () => {
    const result = loadConfig({ PORT: '', MicrosoftAppId: '', MicrosoftAppPassword: ' ', StorageKind: '' });
    assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
    assert.equal(result.config.PORT, 3978);
    assert.equal(result.config.MicrosoftAppId, undefined);
    assert.equal(result.config.StorageKind, 'file');
  });

  it('accepts a complete single-tenant registration', () => {
    const result = loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant', PORT: '8080' });
    assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
    assert.equal(result.config.PORT, 8080);
  });

  describe('an invalid value is one problem naming the key', () => {
    const cases: [Record<string, string>, string][] = [
      [{ PORT: 'abc' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ PORT: '0' }, 'PORT'],
      [{ PORT: '80.5' }, 'PORT'],
      [{ StorageKind: 'mongo' }, 'StorageKind'],
      [{ MicrosoftAppType: 'Foo' }, 'MicrosoftAppType'],
    ];
    for (const [env, key] of cases) {
      it(`${JSON.stringify(env)} → ${key}`, () => {
        const problems = problemsOf(env);
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(problems[0] as string, new RegExp(`^${key}: `));
        assert.doesNotMatch(problems[0] as string, /received nan|Expected number/i, 'the message is for people, not zod');
      });
    }
  });

  describe('a contradiction is a problem naming the key to fix', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['a password without an app id', { MicrosoftAppPassword: 'secret' }, 'MicrosoftAppPassword'],
      ['an app id without a password (MultiTenant)', { MicrosoftAppId: 'app-id' }, 'MicrosoftAppPassword'],
      ['SingleTenant without a tenant id', { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    ];
    for (const [name, env, key] of cases) {
      it(name, () => {
        const problems = problemsOf(env);
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(problems[0] as string, new RegExp(`^${key}: `));
      });
    }
  });

  it('reports several problems at once, one per key', () => {
    const problems = problemsOf({ PORT: 'abc', StorageKind: 'mongo', MicrosoftAppType: 'Foo' });
    assert.deepEqual(problems.map((p) => p.split(':')[0]).sort(), ['MicrosoftAppType', 'PORT', 'StorageKind']);
  });

  it('reports a value out of range and a contradiction together', () => {
    const problems = problemsOf({ PORT: '70000', MicrosoftAppPassword: 'secret' });
    assert.deepEqual(problems.map((p) => p.split(':')[0]).sort(), ['MicrosoftAppPassword', 'PORT']);
  });
});

describe('the bot process refuses to start on bad input (src/index.ts)', () => {
  it('bad configuration: exit 1, one line per problem naming the key, before listening', () => {
    const run = runScript('src/index.ts', [], { PORT: 'abc', StorageKind: 'mongo', MicrosoftAppId: '', MicrosoftAppPassword: '' });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stderr.split('\n').filter((l) => /error/i.test(l));
    assert.equal(lines.length, 2, run.stderr);
    assert.ok(lines.some((l) => /\bPORT: must be a number/.test(l)), run.stderr);
    assert.ok(lines.some((l) => /\bStorageKind: must be/.test(l)), run.stderr);
    assert.doesNotMatch(run.stdout, /listening/);
  });

  it('a broken knowledge base: exit 1 with the kb:check messages, before listening', () => {
    const run = runScript('src/index.ts', [], { KnowledgePath: BROKEN_KNOWLEDGE, StorageKind: 'memory', PORT: '3978', MicrosoftAppId: '', MicrosoftAppPassword: '' });
    assert.equal(run.status, 1, run.stderr);
    for (const expected of [/Bad_Id\.md: field "id"/, /unknown-follow-up\.md: field "followUps"/, /bad-yaml\.md: the YAML is not valid/, /required topic "what-happened" is missing/])
      assert.match(run.stderr, expected);
    assert.doesNotMatch(run.stdout, /listening/);
  });
});
