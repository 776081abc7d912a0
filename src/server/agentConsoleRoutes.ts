import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'restify';
import type restify from 'restify';
import { fillTemplate } from './chatPage';
import { applyPageHeaders } from './pageSecurity';
import { defaultPublicFolder } from './publicFolder';
import { registerAssets, StaticAsset } from './staticAsset';

export interface AgentConsoleOptions {
  /** Folder holding `agent.html`, `agent.js` and `agent.css`; defaults to `./public`, as the chat page's does. */
  readonly publicDir?: string;
  /** `AgentIdleMinutes`: the page re-announces itself online well inside it. */
  readonly agentIdleMinutes?: number;
}

/** A third of the idle time, at most every 2 minutes: two refreshes can be lost before the agent counts as gone. */
export function presenceRefreshMs(agentIdleMinutes: number): number {
  return Math.min(120_000, Math.floor((agentIdleMinutes * 60_000) / 3));
}

const PAGE_PATH = '/agent';
/** Its own prefix: the chat page owns `/assets/:name`. */
const ASSET_PREFIX = '/agent/assets';

/**
 * `GET /agent`: the agent console page; `GET /agent/assets/…` its script and styles. The page is
 * public (it holds no data); everything it shows comes from the agent API, which needs a key.
 */
export function registerAgentConsole(server: restify.Server, options: AgentConsoleOptions = {}): void {
  const publicDir = options.publicDir ?? defaultPublicFolder();
  const assets = [
    new StaticAsset({ file: path.join(publicDir, 'agent.js'), urlPrefix: ASSET_PREFIX }),
    new StaticAsset({ file: path.join(publicDir, 'agent.css'), urlPrefix: ASSET_PREFIX }),
  ] as const;
  const [script, styles] = assets;
  const html = fillTemplate(readFileSync(path.join(publicDir, 'agent.html'), 'utf8'), {
    scriptSrc: script.urlPath,
    stylesHref: styles.urlPath,
    presenceRefreshMs: String(presenceRefreshMs(options.agentIdleMinutes ?? 10)),
  });

  const page = async (_req: Request, res: Response) => {
    // No inline script or style at all; the nonce only satisfies the shared policy's shape.
    applyPageHeaders(res, { nonce: randomBytes(16).toString('base64'), connectSources: [], frameAncestors: [] });
    res.header('X-Robots-Tag', 'noindex, nofollow');
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.writeHead(200);
    res.end(html);
  };
  server.get(PAGE_PATH, page);
  server.get(`${PAGE_PATH}/`, page);

  registerAssets(server, ASSET_PREFIX, assets);
}
