export type HandoffErrorCode =
  /** Writers kept colliding on one document past the retry budget. */
  | 'storage_contention'
  /** A stored document no longer matches its schema. */
  | 'corrupt_document';

/** Thrown for outages and bugs only; expected outcomes (conflict, not found) are returned as values. */
export class HandoffError extends Error {
  override readonly name = 'HandoffError';

  constructor(
    readonly code: HandoffErrorCode,
    message: string,
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
