/** Why a CLU call gave no usable prediction; every one of these means "answer with the embedded recogniser". */
export type CluFailureCode =
  | 'timeout'
  | 'network'
  | 'unauthorized'
  | 'throttled'
  | 'unavailable'
  | 'rejected'
  | 'malformed';

/** An outage of the CLU service, crossing the boundary with a stable code, the HTTP status and the cause. */
export class CluError extends Error {
  override readonly name = 'CluError';
  readonly code: CluFailureCode;
  readonly status: number | undefined;
  /** From a 429's Retry-After: how long to leave CLU alone. */
  readonly retryAfterMs: number | undefined;

  constructor(options: { code: CluFailureCode; message: string; status?: number; retryAfterMs?: number; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}
