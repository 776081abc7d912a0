import assert from 'node:assert/strict';
import { buildRecognizer, type RecognizerMode } from '../../src/buildRecognizer';
import { buildUnderstanding } from '../../src/buildUnderstanding';
import { type Config, loadConfig } from '../../src/config';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import type { Audience } from '../../src/knowledge/topicSchema';
import { createLogger } from '../../src/observability/logger';
import { EmbeddedRecognizer } from '../../src/recognition/embeddedRecognizer';
import type { Clock } from '../../src/recognition/clu/clock';
import type { Understanding } from '../../src/recognition/understandMessage';

export const PROJECT = 'nhsdg-cyber';
export const DEPLOYMENT = 'production';
export const KEY = 'test-key-not-a-secret';

/** Time that only moves when a test says so. */
export class ManualClock implements Clock {
  private t = Date.UTC(2025, 0, 6, 10);
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export function cluConfig(endpoint: string, extra: Record<string, string> = {}): Config {
  const result = loadConfig({
    StorageKind: 'memory',
    CluEndpoint: endpoint,
    CluKey: KEY,
    CluProjectName: PROJECT,
    CluDeploymentName: DEPLOYMENT,
    ...extra,
  });
  assert.ok(result.ok, JSON.stringify(result));
  return result.config;
}

export interface Harness {
  ask(text: string, audience?: Audience): Promise<Understanding>;
  readonly clock: ManualClock;
  /** Warning lines the recogniser logged, parsed. */
  warnings(): Array<Record<string, unknown>>;
}

/** The bot's understanding path with the chosen recogniser, pointed at the loopback CLU. */
export function harness(knowledgeBase: KnowledgeBase, endpoint: string, options: { mode?: RecognizerMode; timeoutMs?: number } = {}): Harness {
  const clock = new ManualClock();
  const lines: string[] = [];
  const logger = createLogger({ level: 'warn', destination: { write: (line: string) => void lines.push(line) } });
  const config = cluConfig(endpoint, options.timeoutMs ? { CluTimeoutMs: String(options.timeoutMs) } : {});
  const recognizer = buildRecognizer({ config, knowledgeBase, logger, mode: options.mode ?? 'orchestrated', clock, embedded: embeddedFor(knowledgeBase) });
  const understanding = buildUnderstanding(knowledgeBase, config, { recognizer });
  return {
    ask: (text, audience = 'public') => understanding.understand({ text, audience }),
    clock,
    warnings: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const embeddedCache = new WeakMap<KnowledgeBase, EmbeddedRecognizer>();

/** One embedded recogniser per knowledge base for the whole run: it is pure, and training it takes a moment. */
export function embeddedFor(knowledgeBase: KnowledgeBase): EmbeddedRecognizer {
  let recognizer = embeddedCache.get(knowledgeBase);
  if (!recognizer) embeddedCache.set(knowledgeBase, (recognizer = new EmbeddedRecognizer(knowledgeBase)));
  return recognizer;
}

/** What the person is shown: one topic, a choice, or the fallback. */
export function shown(d: Understanding): string {
  if (d.kind === 'answer') return d.topicId;
  if (d.kind === 'clarify') return `clarify(${d.topicIds.join(',')})`;
  return 'none';
}
