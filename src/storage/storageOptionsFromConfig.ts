import { resolve } from 'node:path';
import type { Config } from '../config';
import type { StorageOptions } from './createStorage';

export type StorageConfig = Pick<
  Config,
  | 'StorageKind'
  | 'StoragePath'
  | 'BlobConnectionString'
  | 'BlobContainerName'
  | 'CosmosDbEndpoint'
  | 'CosmosDbAuthKey'
  | 'CosmosDbDatabaseId'
  | 'CosmosDbContainerId'
>;

/** Maps the validated config onto the options of the storage kind it names. */
export function storageOptionsFromConfig(config: StorageConfig): StorageOptions {
  switch (config.StorageKind) {
    case 'memory':
      return { kind: 'memory' };
    case 'file':
      return { kind: 'file', path: resolve(config.StoragePath) };
    case 'blob':
      return {
        kind: 'blob',
        connectionString: required(config.BlobConnectionString, 'BlobConnectionString'),
        containerName: config.BlobContainerName,
      };
    case 'cosmos':
      return {
        kind: 'cosmos',
        endpoint: required(config.CosmosDbEndpoint, 'CosmosDbEndpoint'),
        authKey: required(config.CosmosDbAuthKey, 'CosmosDbAuthKey'),
        databaseId: required(config.CosmosDbDatabaseId, 'CosmosDbDatabaseId'),
        containerId: config.CosmosDbContainerId,
      };
  }
}

/** loadConfig already refuses a missing key for the chosen kind; reaching this is a bug. */
function required(value: string | undefined, key: string): string {
  if (value === undefined) {
    throw new Error(`${key} is required for this StorageKind; loadConfig should have reported it.`);
  }
  return value;
}
