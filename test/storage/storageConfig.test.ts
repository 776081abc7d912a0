import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { type Config, loadConfig } from '../../src/config';
import { ContractStorage } from '../../src/storage/contractStorage';
import { cosmosPartitionedStorageOptions } from '../../src/storage/cosmosStorage';
import { createStorage } from '../../src/storage/createStorage';
import { storageOptionsFromConfig } from '../../src/storage/storageOptionsFromConfig';

function configOf(env: Record<string, string>): Config {
  const result = loadConfig(env);
  assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
  return result.config;
}

function problemsOf(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  assert.equal(result.ok, false, `expected problems for ${JSON.stringify(env)}`);
  return result.ok ? [] : result.problems;
}

/** Shared storage means shared web chat conversations: the token secret is required with it (see test/scaleout). */
const TOKEN_SECRET = { DirectLineTokenSecret: 'storage-config-test-secret-0123456789' };

const cosmosEnv = {
  ...TOKEN_SECRET,
  StorageKind: 'cosmos',
  CosmosDbEndpoint: 'https://nhsdg-bot.documents.azure.com:443/',
  CosmosDbAuthKey: 'a2V5',
  CosmosDbDatabaseId: 'bot',
};

describe('shared storage configuration', () => {
  it("the README's command for running the bot against Azurite passes the config check", () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const line = readme.split('\n').find((l) => /^StorageKind=blob .*npm start$/.test(l));
    assert.ok(line, 'README shows StorageKind=blob … npm start');
    const env = Object.fromEntries([...line.matchAll(/(\w+)=(?:'([^']*)'|(\S+))/g)].map((m) => [m[1], m[2] ?? m[3]]));
    configOf(env);
  });

  it('blob: needs a connection string, and says so by name', () => {
    assert.deepEqual(problemsOf({ ...TOKEN_SECRET, StorageKind: 'blob' }), ['BlobConnectionString: is required when StorageKind is blob']);
  });

  it('blob: puts state in the "botstate" container unless told otherwise', () => {
    const config = configOf({ ...TOKEN_SECRET, StorageKind: 'blob', BlobConnectionString: 'UseDevelopmentStorage=true;' });

    assert.deepEqual(storageOptionsFromConfig(config), {
      kind: 'blob',
      connectionString: 'UseDevelopmentStorage=true;',
      containerName: 'botstate',
    });
  });

  it('blob: refuses a container name Azure would refuse', () => {
    const problems = problemsOf({ ...TOKEN_SECRET, StorageKind: 'blob', BlobConnectionString: 'x', BlobContainerName: 'Bot_State' });

    assert.equal(problems.length, 1);
    assert.match(problems[0] as string, /^BlobContainerName: /);
  });

  it('cosmos: one problem per missing key', () => {
    assert.deepEqual(problemsOf({ ...TOKEN_SECRET, StorageKind: 'cosmos' }), [
      'CosmosDbEndpoint: is required when StorageKind is cosmos',
      'CosmosDbAuthKey: is required when StorageKind is cosmos',
      'CosmosDbDatabaseId: is required when StorageKind is cosmos',
    ]);
    assert.deepEqual(problemsOf({ ...cosmosEnv, CosmosDbAuthKey: '' }), [
      'CosmosDbAuthKey: is required when StorageKind is cosmos',
    ]);
  });

  it('cosmos: builds partitioned storage with the configured account, without connecting', () => {
    const options = storageOptionsFromConfig(configOf(cosmosEnv));
    assert.ok(options.kind === 'cosmos');

    // Construction alone must not touch the network: the endpoint above does not exist.
    const storage = createStorage(options);

    assert.ok(storage instanceof ContractStorage && storage.inner instanceof CosmosDbPartitionedStorage);
    assert.deepEqual(cosmosPartitionedStorageOptions(options), {
      cosmosDbEndpoint: 'https://nhsdg-bot.documents.azure.com:443/',
      authKey: 'a2V5',
      databaseId: 'bot',
      containerId: 'botstate',
      compatibilityMode: false,
    });
  });

  it('the other kinds need none of these keys', () => {
    for (const StorageKind of ['file', 'memory']) {
      assert.equal(storageOptionsFromConfig(configOf({ StorageKind })).kind, StorageKind);
    }
  });
});
