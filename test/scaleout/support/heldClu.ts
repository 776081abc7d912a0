import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { conversationResult } from '../../support/cluLoopback';

/**
 * A CLU stand-in that holds each analyze-conversations call until the test releases it, then
 * answers `topic` with high confidence: a turn as slow as the test wants, without sleeping.
 */
export interface HeldClu {
  readonly endpoint: string;
  /** Resolves when the next call arrives. */
  arrival(): Promise<void>;
  /** Answers every held call (and every later one straight away). */
  release(): void;
  close(): Promise<void>;
}

export async function startHeldClu(topic: string): Promise<HeldClu> {
  let released = false;
  const held: Array<() => void> = [];
  let arrivals: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { analysisInput?: { conversationItem?: { text?: string } } };
      const reply = conversationResult(body.analysisInput?.conversationItem?.text ?? '', [[topic, 0.97], ['None', 0.01]]);
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify('json' in reply ? reply.json : {}));
      };
      for (const wake of arrivals) wake();
      arrivals = [];
      if (released) answer();
      else held.push(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrival: () => new Promise((resolve) => arrivals.push(resolve)),
    release: () => {
      released = true;
      for (const answer of held.splice(0)) answer();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
