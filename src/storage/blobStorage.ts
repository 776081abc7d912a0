import { ContainerClient } from '@azure/storage-blob';
import type { StoreItem } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { ContractStorage } from './contractStorage';

export interface BlobStorageOptions {
  /** An Azure Storage connection string (or Azurite's development one). */
  connectionString: string;
  /** Created on first use if missing. */
  containerName: string;
}

/**
 * Shared state for scale-out: botbuilder's BlobsStorage, one blob per key, behind the adapter that
 * makes it keep our Storage contract (see ContractStorage for what it changes and why). `CREATE_ONLY`
 * writes go straight to the container with `If-None-Match: *`, which BlobsStorage cannot send.
 */
export function createBlobStorage(options: BlobStorageOptions): ContractStorage {
  return new ContractStorage({
    inner: new BlobsStorage(options.connectionString, options.containerName),
    isConflict: isBlobsConflict,
    createOnly: blobCreateOnly(new ContainerClient(options.connectionString, options.containerName)),
  });
}

/**
 * Uploads exactly what BlobsStorage would (same blob name, `JSON.stringify` of the item without its
 * eTag, `application/json`), so BlobsStorage reads it back as its own, but only if no blob has that
 * name: the service decides, so of several instances creating one key exactly one succeeds.
 */
function blobCreateOnly(container: ContainerClient): (name: string, item: StoreItem) => Promise<'created' | 'exists'> {
  let containerReady: Promise<unknown> | undefined;
  return async (name, item) => {
    // BlobsStorage creates the container on its first call; a create may come first.
    containerReady ??= container.createIfNotExists().catch((error: unknown) => {
      containerReady = undefined;
      throw error;
    });
    await containerReady;
    const body = Buffer.from(JSON.stringify(item), 'utf8');
    try {
      await container.getBlockBlobClient(sanitizeBlobKey(name)).upload(body, body.length, {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      return 'created';
    } catch (error) {
      // 409 BlobAlreadyExists, or 412 when the service reports the failed condition that way. Read
      // by shape, not instanceof: more than one copy of the SDK's RestError class may be installed.
      const status = (error as { statusCode?: unknown } | null)?.statusCode;
      if (status === 409 || status === 412) return 'exists';
      throw error;
    }
  };
}

/** BlobsStorage (4.23) turns HTTP 412 into a plain Error with only this wording to tell it apart. */
function isBlobsConflict(error: unknown): boolean {
  return error instanceof Error && error.message.endsWith('due to eTag conflict.');
}
