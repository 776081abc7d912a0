import { type Activity, ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import type { AjaxCreationMethod, AjaxRequest } from 'rxjs/observable/dom/AjaxObservable';
import type { Connection } from '../../webchat/support/chatApp';

/**
 * directlinejs does its HTTP through rxjs `ajax`, which needs a browser's XMLHttpRequest. The
 * library takes that transport as an option (`ajax`, part of its public `Services`), so in Node we
 * hand it one over `fetch`; everything else (start, polling with watermarks, posting, token
 * refresh, 403/404 handling) is the real client's own code.
 */
export const fetchAjax = ((urlOrRequest: string | AjaxRequest) =>
  new Observable((subscriber) => {
    const request: AjaxRequest = typeof urlOrRequest === 'string' ? { url: urlOrRequest } : urlOrRequest;
    const controller = new AbortController();
    const body = request.body === undefined || typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    fetch(request.url ?? '', { method: request.method ?? 'GET', headers: request.headers as Record<string, string>, body, signal: controller.signal })
      .then(async (res) => {
        const text = await res.text();
        let response: unknown = text;
        try {
          response = text === '' ? null : JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        const result = { status: res.status, response, request, xhr: { status: res.status, getResponseHeader: (name: string) => res.headers.get(name) } };
        if (res.status >= 200 && res.status < 300) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      })
      .catch((error: Error) => {
        if (!controller.signal.aborted) subscriber.error({ status: 0, message: error.message, xhr: { getResponseHeader: () => null } });
      });
    return () => controller.abort();
  })) as unknown as AjaxCreationMethod;

class NoWebSocket {
  constructor() {
    throw new Error('these tests poll; no WebSocket is opened');
  }
}

/** The real Direct Line client, polling, pointed at the page's connection. */
export function directLineFor(base: string, connection: Connection): DirectLine {
  return new DirectLine({
    token: connection.token,
    domain: new URL(connection.domain, base).href,
    webSocket: false,
    pollingInterval: connection.pollingIntervalMs,
    ajax: fetchAjax,
    // Node 20 has no global WebSocket and the client reads it even when polling; it is never opened.
    WebSocket: NoWebSocket as unknown as typeof WebSocket,
  });
}

/** Every activity the client receives, and a way to wait for one that matches. */
export class Transcript {
  readonly activities: Activity[] = [];
  private waiters: { test: (a: Activity) => boolean; resolve: (a: Activity) => void }[] = [];
  private readonly subscription: { unsubscribe(): void };

  constructor(private readonly directLine: DirectLine) {
    this.subscription = directLine.activity$.subscribe((activity) => {
      this.activities.push(activity);
      this.waiters = this.waiters.filter((w) => (w.test(activity) ? (w.resolve(activity), false) : true));
    });
  }

  waitFor(test: (a: Activity) => boolean, what: string, timeoutMs = 10_000): Promise<Activity> {
    const seen = this.activities.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no activity ${what} within ${timeoutMs} ms; saw ${this.activities.length}`)), timeoutMs);
      this.waiters.push({ test, resolve: (a) => (clearTimeout(timer), resolve(a)) });
    });
  }

  /** Posts a message as Web Chat does and returns the id the service gave it. */
  say(text: string, clientActivityID: string, from: { id: string }): Promise<string> {
    return new Promise((resolve, reject) => {
      this.directLine
        .postActivity({ type: 'message', text, from, channelData: { clientActivityID } } as Activity)
        .subscribe({ next: (id) => resolve(String(id)), error: reject });
    });
  }

  waitOnline(): Promise<void> {
    return new Promise((resolve) => {
      const sub = this.directLine.connectionStatus$.subscribe((status) => {
        if (status === ConnectionStatus.Online) {
          resolve();
          setTimeout(() => sub.unsubscribe());
        }
      });
    });
  }

  end(): void {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}
