import { BlobsStorage } from 'botbuilder-azure-blobs';
import { ContractStorage } from './contractStorage';

export interface BlobStorageOptions {
  /** An Azure Storage connection string (or Azurite's development one). */
  connectionString: string;
  /** Created on first use if missing. */
  containerName: string;
}

/**
 * Shared state for scale-out: botbuilder's BlobsStorage, one blob per key, behind the adapter that
 * makes it keep our Storage contract (see ContractStorage for what it changes and why).
 */
export function createBlobStorage(options: BlobStorageOptions): ContractStorage {
  return new ContractStorage({
    inner: new BlobsStorage(options.connectionString, options.containerName),
    isConflict: isBlobsConflict,
  });
}

/** BlobsStorage (4.23) turns HTTP 412 into a plain Error with only this wording to tell it apart. */
function isBlobsConflict(error: unknown): boolean {
  return error instanceof Error && error.message.endsWith('due to eTag conflict.');
}
