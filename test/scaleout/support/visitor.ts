import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoggedActivity {
  readonly id?: string;
  readonly type: string;
  readonly text?: string;
  readonly from: { readonly id: string; readonly role?: string };
}

/**
 * A web chat visitor speaking the local Direct Line 3.0 REST API, able to talk to any instance:
 * the token names the conversation, and the conversation lives in shared storage.
 */
export class Visitor {
  private watermark: string | undefined;
  readonly seen: LoggedActivity[] = [];

  private constructor(
    readonly conversationId: string,
    private readonly token: string,
  ) {}

  /** Gets a token from `base`'s token endpoint and starts the conversation there. */
  static async connect(base: string): Promise<Visitor> {
    const grant = await fetch(`${base}/api/directline/token`, { method: 'POST' });
    assert.equal(grant.status, 200, await grant.clone().text());
    const { token, conversationId } = (await grant.json()) as { token: string; conversationId: string };
    const visitor = new Visitor(conversationId, token);
    const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: visitor.headers() });
    assert.ok(started.status === 201 || started.status === 200, `start: ${started.status}`);
    return visitor;
  }

  headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' };
  }

  /** Posts a message (with a button's `value`, if any) to `base`; resolves with the HTTP status once the instance has handed it to the bot. */
  async say(base: string, text: string, value?: unknown): Promise<number> {
    const res = await fetch(`${base}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ type: 'message', text, ...(value === undefined ? {} : { value }) }),
    });
    await res.arrayBuffer();
    return res.status;
  }

  /** One poll of `base`, as Web Chat polls; new activities are added to `seen`. */
  async poll(base: string): Promise<LoggedActivity[]> {
    const query = this.watermark === undefined ? '' : `?watermark=${this.watermark}`;
    const res = await fetch(`${base}/v3/directline/conversations/${this.conversationId}/activities${query}`, { headers: this.headers() });
    assert.equal(res.status, 200, await res.clone().text());
    const page = (await res.json()) as { activities: LoggedActivity[]; watermark: string };
    this.watermark = page.watermark;
    this.seen.push(...page.activities);
    return page.activities;
  }

  /** Polls `base` (as Web Chat would, every 100 ms here) until a bot message passes `test`. */
  async waitForBot(base: string, test: (text: string) => boolean, what: string): Promise<LoggedActivity> {
    for (let poll = 0; poll < 300; poll++) {
      const found = this.seen.find((a) => a.from.role === 'bot' && a.type === 'message' && test(a.text ?? ''));
      if (found) return found;
      if (poll > 0) await sleep(100);
      await this.poll(base);
    }
    throw new Error(`no bot message ${what}; saw ${JSON.stringify(this.seen.map((a) => a.text))}`);
  }
}
