import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: string;
}

/**
 * Azure Bot Service Direct Line on loopback, speaking the documented 3.0 token and conversation
 * calls: `POST /v3/directline/tokens/generate` (Bearer secret → a conversation token) and
 * `POST /v3/directline/conversations` (Bearer token → a stream URL). It answers CORS as Azure does.
 */
export class AzureDirectLineStandIn {
  readonly requests: StandInRequest[] = [];
  /** Set to make token generation fail, as Azure does for a wrong or revoked secret. */
  rejectTokens = false;
  private issued = 0;

  private constructor(
    private readonly server: http.Server,
    readonly endpoint: string,
  ) {}

  static async start(secret: string): Promise<AzureDirectLineStandIn> {
    let standIn: AzureDirectLineStandIn | undefined;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => standIn?.handle(req, res, body, secret));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    standIn = new AzureDirectLineStandIn(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return standIn;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string, secret: string): void {
    const path = (req.url ?? '').split('?')[0] ?? '';
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, x-ms-bot-agent, x-requested-with');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    // Separate calls: restify, loaded in the same process, patches writeHead so it no longer returns `res`.
    if (req.method === 'OPTIONS') {
      res.writeHead(200);
      return void res.end();
    }
    this.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.method === 'POST' && path === '/v3/directline/tokens/generate') {
      if (this.rejectTokens || req.headers.authorization !== `Bearer ${secret}`) return json(403, { error: { code: 'BadArgument', message: 'Invalid secret' } });
      this.issued += 1;
      return json(200, { conversationId: `azconv${this.issued}`, token: `azure-token-${this.issued}`, expires_in: 3600 });
    }
    if (req.method === 'POST' && path === '/v3/directline/conversations') {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const conversationId = `azconv${token.replace('azure-token-', '')}`;
      return json(201, { conversationId, token, expires_in: 3600, streamUrl: `${this.endpoint.replace('http', 'ws')}/v3/directline/conversations/${conversationId}/stream` });
    }
    json(404, { error: { code: 'NotFound', message: 'not in this stand-in' } });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
