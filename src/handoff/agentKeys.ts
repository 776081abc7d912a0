import { createHash, timingSafeEqual } from 'node:crypto';
import type { ParseResult } from './helplineHours';

export interface AgentKey {
  readonly name: string;
  readonly key: string;
}

/** Long enough that guessing is hopeless; a console key is a password to people's conversations. */
export const MIN_KEY_LENGTH = 16;

/**
 * Parses `AgentConsoleKeys` (`name:key,name2:key2`). Problems name the entry by position and
 * agent name, never by key, so a typo cannot leak a key into the logs.
 */
export function parseAgentConsoleKeys(text: string): ParseResult<AgentKey[]> {
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  const keys: AgentKey[] = [];
  for (const [i, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const name = colon < 0 ? '' : entry.slice(0, colon).trim();
    const key = colon < 0 ? '' : entry.slice(colon + 1).trim();
    const which = `entry ${i + 1}${name === '' ? '' : ` ("${name}")`}`;
    if (colon < 0) return { ok: false, problem: `${which} is not name:key` };
    if (!/^[\p{L}\p{N} ._-]{1,60}$/u.test(name)) return { ok: false, problem: `${which}: the name must be 1–60 letters, digits, spaces, dots, dashes or underscores` };
    if (key.length < MIN_KEY_LENGTH || /\s/.test(key)) return { ok: false, problem: `${which}: the key must be at least ${MIN_KEY_LENGTH} characters with no spaces` };
    if (keys.some((k) => k.name === name)) return { ok: false, problem: `${which}: the name is used twice` };
    keys.push({ name, key });
  }
  return { ok: true, value: keys };
}

/** Who a console key belongs to. Only hashes are kept, and every key is compared in constant time. */
export class AgentKeyring {
  private readonly entries: readonly { name: string; hash: Buffer }[];

  constructor(keys: readonly AgentKey[]) {
    this.entries = keys.map((k) => ({ name: k.name, hash: sha256(k.key) }));
  }

  /** The agent's name for a presented key, or undefined. */
  identify(presented: string): string | undefined {
    const hash = sha256(presented);
    let found: string | undefined;
    // Every entry is compared, match or not, so timing says nothing about which key matched.
    for (const entry of this.entries) {
      if (timingSafeEqual(entry.hash, hash) && found === undefined) found = entry.name;
    }
    return found;
  }

  /** The agent's name for an `Authorization: Bearer <key>` header, or undefined. */
  identifyBearer(header: string | undefined): string | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return match === null ? undefined : this.identify(match[1] as string);
  }

  get size(): number {
    return this.entries.length;
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
