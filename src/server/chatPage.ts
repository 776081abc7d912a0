import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import { HELPLINE, HELPLINE_HOURS, messages } from '../messages';
import { telHref } from '../rendering/linkify';
import { applyPageHeaders } from './pageSecurity';
import { registerAssets, StaticAsset } from './staticAsset';

export interface ChatPageOptions {
  /** Folder holding `index.html`, `chat.js` and `chat.css`. */
  readonly publicDir: string;
  readonly tokenPath: string;
  /** Extra CSP connect-src entries (Azure Direct Line). */
  readonly connectSources: readonly string[];
  /** Sites allowed to frame the page (`ChatAllowedOrigins`). */
  readonly frameAncestors: readonly string[];
}

/** Web Chat's browser bundle (UMD, sets `window.WebChat`); the package's `main` is its CommonJS build in lib/. */
export function webChatBundlePath(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '../dist/webchat.js');
}

const ASSET_PREFIX = '/assets';

/** `GET /`: the chat page; `GET /assets/…`: Web Chat and the page's own script and styles, no CDN. */
export function registerChatPage(server: restify.Server, options: ChatPageOptions): void {
  const assets = {
    webchat: new StaticAsset({ file: webChatBundlePath(), urlPrefix: ASSET_PREFIX }),
    script: new StaticAsset({ file: path.join(options.publicDir, 'chat.js'), urlPrefix: ASSET_PREFIX }),
    styles: new StaticAsset({ file: path.join(options.publicDir, 'chat.css'), urlPrefix: ASSET_PREFIX }),
  };
  const template = fillTemplate(readFileSync(path.join(options.publicDir, 'index.html'), 'utf8'), {
    webchatSrc: assets.webchat.urlPath,
    scriptSrc: assets.script.urlPath,
    stylesHref: assets.styles.urlPath,
    tokenPath: options.tokenPath,
    helpline: HELPLINE,
    helplineHref: telHref(HELPLINE),
    helplineHours: HELPLINE_HOURS,
    talkToPerson: messages.talkToPerson,
  });

  server.get('/', async (_req, res) => {
    const nonce = randomBytes(16).toString('base64');
    applyPageHeaders(res, { nonce, connectSources: options.connectSources, frameAncestors: options.frameAncestors });
    const html = template.replaceAll('{{nonce}}', nonce);
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.writeHead(200);
    res.end(html);
  });

  registerAssets(server, ASSET_PREFIX, Object.values(assets));
}

/** Fills `{{name}}` placeholders with HTML-escaped values; `{{nonce}}` is left for each response. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : escapeHtml(value);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
