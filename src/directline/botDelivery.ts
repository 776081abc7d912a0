export type DeliveryOutcome = { ok: true } | { ok: false; status?: number; reason: 'bot-error' | 'bot-unreachable' | 'bot-timeout' };

export interface BotDeliveryOptions {
  /** Where the bot listens, e.g. `http://127.0.0.1:3978/api/messages`. */
  readonly botUrl: string;
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch;
}

/**
 * Hands one activity to the bot the way a Bot Framework channel does: an HTTP POST to its
 * `/api/messages`. The bot's replies come back separately, through the connector routes.
 */
export async function deliverToBot(activity: Record<string, unknown>, options: BotDeliveryOptions): Promise<DeliveryOutcome> {
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(options.botUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.arrayBuffer();
    return response.ok ? { ok: true } : { ok: false, status: response.status, reason: 'bot-error' };
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'bot-timeout' : 'bot-unreachable' };
  }
}
