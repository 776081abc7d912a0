import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { cluConfigProblem, cluConfigShape } from './recognition/clu/cluConfig';
import { directLineConfigShape } from './directline/directLineConfig';
import { handoffConfigShape } from './handoff/handoffConfig';
import { rateLimitConfigShape } from './server/rateLimitConfig';
import { teamsConfigProblems, teamsConfigShape } from './teams/teamsConfig';
import { transcriptConfigProblem, transcriptConfigShape } from './transcripts/transcriptConfig';
import { observabilityConfigShape } from './observability/observabilityConfig';

/** Empty strings in .env files mean "not set", as in the Bot Framework samples. */
const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));

const withDefault = (fallback: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : v));

const portSchema = withDefault('3978').pipe(
  z.coerce.number({ invalid_type_error: 'must be a number from 1 to 65535' }).int('must be a whole number').min(1, 'must be 1–65535').max(65535, 'must be 1–65535'),
);

/** The one schema over the environment; nothing else reads process.env. */
export const configSchema = z
  .object({
    PORT: portSchema,
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: withDefault('MultiTenant').pipe(
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        errorMap: () => ({ message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }),
      }),
    ),
    MicrosoftAppTenantId: optionalString,
    KnowledgePath: withDefault('./knowledge'),
    StorageKind: withDefault('file').pipe(
      z.enum(['file', 'memory', 'blob', 'cosmos'], {
        errorMap: () => ({ message: 'must be file, memory, blob or cosmos' }),
      }),
    ),
    StoragePath: withDefault('./data'),
    /** StorageKind=blob (Azure Storage, or Azurite's development connection string). */
    BlobConnectionString: optionalString,
    BlobContainerName: withDefault('botstate').pipe(
      z.string().regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, {
        message: 'must be 3–63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit',
      }),
    ),
    /** StorageKind=cosmos (Cosmos DB NoSQL; the container is created partitioned on /id). */
    CosmosDbEndpoint: optionalString,
    CosmosDbAuthKey: optionalString,
    CosmosDbDatabaseId: optionalString,
    CosmosDbContainerId: withDefault('botstate'),
    /** Longest message the recogniser reads; the rest of a very long message is ignored. */
    MaxMessageChars: withDefault('2000').pipe(z.coerce.number().int().min(100).max(100_000)),
    /** Decisions remembered by message with the embedded recogniser (0: none); a repeated message is not read again. */
    DecisionCacheSize: withDefault('10000').pipe(z.coerce.number().int().min(0).max(1_000_000)),
    /**
     * `on`: new messages are read on a second thread (worker_threads) as well as this one, for hosts with
     * more than one core; needs the embedded recogniser (not used with CLU). `off` (default): one thread.
     */
    UnderstandingWorker: withDefault('off').pipe(z.enum(['on', 'off'], { errorMap: () => ({ message: 'must be on or off' }) })),
    /** Largest HTTP request body accepted, in bytes. */
    MaxRequestBytes: withDefault('262144').pipe(z.coerce.number().int().min(10_000).max(10_000_000)),
    /** Optional Azure CLU recogniser (README: "Azure CLU (optional)"). */
    ...cluConfigShape,
    /** Hand-off to a person: helpline hours, queue, agent console keys (README: "Hand-off"). */
    ...handoffConfigShape,
    /** Web chat page and Direct Line, local or Azure (README: "Website chat"). */
    ...directLineConfigShape,
    /** Per-address and per-conversation request limits (README: "Limits"). */
    ...rateLimitConfigShape,
    /** Staff in Teams and hand-offs posted to a Teams channel (README: "Microsoft Teams"). */
    ...teamsConfigShape,
    /** Redacted transcripts and their retention (README: "Transcripts"). */
    ...transcriptConfigShape,
    /** Log level and Application Insights (README: "Logs and telemetry"). */
    ...observabilityConfigShape,
  })
  .superRefine((c, ctx) => {
    const problem = (key: string, message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message });
    const clu = cluConfigProblem(c);
    if (clu) problem(clu.key, clu.message);
    for (const teams of teamsConfigProblems(c)) problem(teams.key, teams.message);
    const transcripts = transcriptConfigProblem(c);
    if (transcripts) problem(transcripts.key, transcripts.message);
    // Instances sharing storage share web chat conversations: each must check the others' tokens.
    if ((c.StorageKind === 'blob' || c.StorageKind === 'cosmos') && c.DirectLineSecret === undefined && c.MicrosoftAppId === undefined && c.DirectLineTokenSecret === undefined)
      problem('DirectLineTokenSecret', `is required when StorageKind is ${c.StorageKind} and the local Direct Line is in use: every instance must sign and check the same web chat tokens (32+ characters)`);
    if (c.StorageKind === 'blob' && c.BlobConnectionString === undefined)
      problem('BlobConnectionString', 'is required when StorageKind is blob');
    if (c.StorageKind === 'cosmos')
      for (const key of ['CosmosDbEndpoint', 'CosmosDbAuthKey', 'CosmosDbDatabaseId'] as const)
        if (c[key] === undefined) problem(key, 'is required when StorageKind is cosmos');
    if (c.MicrosoftAppId === undefined) {
      if (c.MicrosoftAppPassword !== undefined)
        problem('MicrosoftAppPassword', 'is set but MicrosoftAppId is empty; set both or neither');
      return;
    }
    if (c.MicrosoftAppType !== 'UserAssignedMSI' && c.MicrosoftAppPassword === undefined)
      problem('MicrosoftAppPassword', `is required when MicrosoftAppId is set and MicrosoftAppType is ${c.MicrosoftAppType}`);
    if (c.MicrosoftAppType !== 'MultiTenant' && c.MicrosoftAppTenantId === undefined)
      problem('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${c.MicrosoftAppType}`);
  });

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment; every problem is reported at once, each naming its key. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`),
  };
}

/** The process's own settings: `.env` (if present) under the real environment, which wins. */
export function loadConfigFromEnvironment(): ConfigResult {
  loadDotenv({ quiet: true });
  return loadConfig(process.env);
}
