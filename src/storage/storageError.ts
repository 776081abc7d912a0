/** Stable reasons a storage operation failed; callers branch on `code`, never on the message. */
export type StorageErrorCode =
  /** The item carried an eTag that no longer matches the stored one: someone else wrote first. */
  | 'etag_conflict'
  /** The stored bytes for a key could not be understood (torn or hand-edited file). */
  | 'corrupt_item'
  /** Another writer held the key's lock for longer than we were willing to wait. */
  | 'lock_timeout'
  /** A readiness probe could not write, read back and delete its probe item. */
  | 'probe_failed';

export interface StorageErrorOptions {
  code: StorageErrorCode;
  message: string;
  key?: string;
  cause?: unknown;
}

/** The one error type the storage layer throws for outages and conflicts. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  readonly key: string | undefined;

  constructor(options: StorageErrorOptions) {
    super(options.message, { cause: options.cause });
    this.code = options.code;
    this.key = options.key;
  }
}
