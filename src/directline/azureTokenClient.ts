import { z } from 'zod';

/** Azure's answer to `tokens/generate` (Direct Line 3.0); extra fields are ignored. */
const generatedTokenSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});
export type GeneratedToken = z.infer<typeof generatedTokenSchema>;

export type TokenExchange =
  | { ok: true; token: GeneratedToken }
  | { ok: false; reason: 'rejected' | 'unreachable' | 'timeout' | 'bad-response'; status?: number };

export interface AzureTokenClientOptions {
  /** Base URL, e.g. `https://directline.botframework.com` or a regional one. */
  readonly endpoint: string;
  readonly secret: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/**
 * Exchanges the Direct Line secret for a one-conversation token, server side, so the secret never
 * reaches a browser. Failures are values carrying no part of the request (the secret is in it).
 */
export class AzureTokenClient {
  constructor(private readonly options: AzureTokenClientOptions) {}

  async generate(userId: string): Promise<TokenExchange> {
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(`${this.options.endpoint}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      const name = (error as Error).name;
      return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable' };
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) return { ok: false, reason: 'rejected', status: response.status };
    try {
      const parsed = generatedTokenSchema.safeParse(JSON.parse(text));
      return parsed.success ? { ok: true, token: parsed.data } : { ok: false, reason: 'bad-response', status: response.status };
    } catch {
      return { ok: false, reason: 'bad-response', status: response.status };
    }
  }
}
