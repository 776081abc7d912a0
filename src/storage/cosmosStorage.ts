import { CosmosDbPartitionedStorage, type CosmosDbPartitionedStorageOptions } from 'botbuilder-azure';
import { ContractStorage } from './contractStorage';

export interface CosmosStorageOptions {
  endpoint: string;
  authKey: string;
  databaseId: string;
  /** Created (partitioned on `/id`) on first use if missing. */
  containerId: string;
}

/**
 * What CosmosDbPartitionedStorage is given. `compatibilityMode: false` because compatibility mode
 * shortens long keys with a salted bcrypt hash, which differs on every call; ContractStorage already
 * keeps every id short and free of the characters Cosmos DB forbids.
 */
export function cosmosPartitionedStorageOptions(options: CosmosStorageOptions): CosmosDbPartitionedStorageOptions {
  return {
    cosmosDbEndpoint: options.endpoint,
    authKey: options.authKey,
    databaseId: options.databaseId,
    containerId: options.containerId,
    compatibilityMode: false,
  };
}

/**
 * Shared state on Cosmos DB; connects lazily, on the first read or write.
 *
 * Limitation: `CREATE_ONLY` is not atomic here. On a stored item it conflicts as it should, but on a
 * missing key ContractStorage checks and then overwrites, so two instances creating the same key at
 * the same moment can both succeed and the later write wins. An atomic create would be
 * `container.items.create` of CosmosDbPartitionedStorage's own document shape (escaped `id`,
 * `realId`, `document`), which we cannot test without a Cosmos DB emulator, so it is not done.
 */
export function createCosmosStorage(options: CosmosStorageOptions): ContractStorage {
  return new ContractStorage({
    inner: new CosmosDbPartitionedStorage(cosmosPartitionedStorageOptions(options)),
    isConflict: isCosmosConflict,
  });
}

/**
 * The Cosmos SDK's errors carry the HTTP status as `code`: 412 for an If-Match that failed; 404 is
 * included because an If-Match on a missing item may come back as "not found" (ContractStorage then
 * checks and overwrites, as the contract says).
 */
function isCosmosConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 412 || code === 404;
}
