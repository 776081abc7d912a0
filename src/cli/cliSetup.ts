import path from 'node:path';
import pino from 'pino';
import { buildRecognizer, type RecognizerMode } from '../buildRecognizer';
import { buildUnderstanding } from '../buildUnderstanding';
import { EmbeddedRecognizer } from '../recognition/embeddedRecognizer';
import { type Config, loadConfigFromEnvironment } from '../config';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { formatProblem } from '../knowledge/knowledgeProblem';
import { loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { createLogger } from '../observability/logger';
import { CLU_REQUIRED_KEYS, cluSettingsOf } from '../recognition/clu/cluConfig';
import type { MessageUnderstanding } from '../recognition/understandMessage';

// `npm run eval | head` closes the pipe early: the reader has what it wanted, so stop quietly
// instead of dying with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

export interface CliContext {
  readonly config: Config;
  readonly knowledgeBase: KnowledgeBase;
  readonly understanding: MessageUnderstanding;
}

export interface CliOptions {
  /** Which recogniser answers; the CLIs default to the embedded one even when CLU is configured. */
  readonly recognizer?: RecognizerMode;
}

/** Loads config and knowledge exactly as the bot does, or prints the problems and exits 1. */
export async function loadForCli(options: CliOptions = {}): Promise<CliContext> {
  const result = loadConfigFromEnvironment();
  if (!result.ok) fail(result.problems.map((p) => `Configuration error: ${p}`));
  const config = result.config;
  const knowledge = await loadKnowledgeBase(path.resolve(config.KnowledgePath));
  if (!knowledge.ok) fail(knowledge.problems.map((p) => `Knowledge base error: ${formatProblem(p)}`));
  const mode = options.recognizer ?? 'embedded';
  if (mode !== 'embedded' && !cluSettingsOf(config))
    fail([`--recognizer ${mode} needs CLU configured: set ${CLU_REQUIRED_KEYS.join(', ')} (in .env or the environment).`]);
  const logger = createLogger({ level: 'warn', destination: pino.destination(2) });
  const embedded = new EmbeddedRecognizer(knowledge.knowledgeBase, { maxChars: config.MaxMessageChars });
  const recognizer = buildRecognizer({ config, knowledgeBase: knowledge.knowledgeBase, logger, mode, embedded });
  return {
    config,
    knowledgeBase: knowledge.knowledgeBase,
    understanding: buildUnderstanding(knowledge.knowledgeBase, config, { recognizer, auxiliary: embedded }),
  };
}

export function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

/**
 * `--name value` or `--name=value`; flags without values are booleans. Flags named in `switches`
 * never take the next word as their value, so a positional after one (a case file) is not lost.
 */
export function parseArgs(argv: readonly string[], switches: ReadonlySet<string> = new Set()): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(name, inline);
    else if (!switches.has(name) && argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('--')) flags.set(name, argv[++i] as string);
    else flags.set(name, true);
  }
  return { positional, flags };
}
