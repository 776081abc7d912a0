import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';

export interface IngestionStandIn {
  /** `IngestionEndpoint` for a connection string. */
  readonly endpoint: string;
  /** A CA file for `NODE_EXTRA_CA_CERTS`, so the bot process trusts this stand-in's certificate. */
  readonly caFile: string;
  /** Every envelope posted so far. */
  readonly envelopes: Array<Record<string, unknown>>;
  /** Every request body as received (to search for what must not be there). */
  readonly bodies: string[];
  close(): Promise<void>;
}

/**
 * Application Insights' ingestion API (`POST /v2.1/track`) on 127.0.0.1 over HTTPS (the exporter
 * refuses plain http), with a throwaway self-signed certificate made by openssl.
 */
export async function startIngestionStandIn(): Promise<IngestionStandIn> {
  const dir = mkdtempSync(join(tmpdir(), 'ingestion-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  const envelopes: Array<Record<string, unknown>> = [];
  const bodies: string[] = [];
  const server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = zlib.gunzipSync(body);
      const text = body.toString('utf8');
      bodies.push(text);
      let items: unknown = [];
      try {
        items = JSON.parse(text);
      } catch {
        // newline-delimited JSON
        items = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
      }
      const list = Array.isArray(items) ? items : [items];
      envelopes.push(...(list as Array<Record<string, unknown>>));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: list.length, itemsAccepted: list.length, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://127.0.0.1:${port}/`,
    caFile: cert,
    envelopes,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
