/** What a log line may say about an error: its name and code, and its message with the person's words taken out. */
export interface ErrorDescription {
  readonly name: string;
  readonly code?: string;
  readonly message: string;
}

const MAX_MESSAGE = 200;

/**
 * Errors from parts that saw the message (a recogniser, an HTTP client echoing its request) can
 * quote it; the person's text never reaches the log, even inside an error message.
 */
export function describeError(error: unknown, options: { redact?: string } = {}): ErrorDescription {
  const err = error instanceof Error ? error : new Error(String(error));
  const code = (err as { code?: unknown }).code;
  return {
    name: err.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    message: redactText(err.message, options.redact).slice(0, MAX_MESSAGE),
  };
}

/**
 * Removes every run of 12 or more characters that also occurs in the text (case-insensitive), so a
 * truncated or lower-cased quotation is caught too; a shorter text is removed where it occurs whole.
 */
function redactText(message: string, text: string | undefined): string {
  const source = (text ?? '').trim().toLowerCase();
  const bounded = message.slice(0, MAX_MESSAGE * 2);
  if (source.length === 0) return bounded;
  const window = Math.min(12, source.length);
  const lower = bounded.toLowerCase();
  const hidden = new Array<boolean>(bounded.length).fill(false);
  for (let i = 0; i + window <= lower.length; i++) {
    if (source.includes(lower.slice(i, i + window))) hidden.fill(true, i, i + window);
  }
  return bounded.replace(/[\s\S]/g, (ch, i: number) => (hidden[i] ? (hidden[i - 1] ? '' : '[redacted]') : ch));
}
