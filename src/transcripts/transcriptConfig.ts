import { z } from 'zod';
import type { StorageOptions } from '../storage/createStorage';

const STORE_KINDS = ['off', 'memory', 'file', 'blob', 'cosmos'] as const;

/** The transcripts part of the one config schema (`src/config.ts` spreads it in). */
export const transcriptConfigShape = {
  /**
   * Where redacted transcripts go. Empty: the same kind as `StorageKind` (file → a `transcripts`
   * folder under `StoragePath`, blob → container `TranscriptContainerName`, cosmos → that container
   * in the same database). `off`: no transcripts.
   */
  TranscriptStore: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : v))
    .pipe(z.enum(STORE_KINDS, { errorMap: () => ({ message: 'must be off, memory, file, blob or cosmos' }) }).optional()),
  TranscriptContainerName: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? 'transcripts' : v))
    .pipe(
      z.string().regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, {
        message: 'must be 3–63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit',
      }),
    ),
  /** Transcripts last written longer ago than this are deleted (checked hourly). */
  TranscriptRetentionDays: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? '30' : v))
    .pipe(z.coerce.number({ invalid_type_error: 'must be a number of days' }).int('must be a whole number of days').min(1, 'must be 1–3650').max(3650, 'must be 1–3650')),
};

export interface TranscriptSettings {
  readonly StorageKind: 'memory' | 'file' | 'blob' | 'cosmos';
  readonly StoragePath: string;
  readonly BlobConnectionString?: string | undefined;
  readonly BlobContainerName: string;
  readonly CosmosDbEndpoint?: string | undefined;
  readonly CosmosDbAuthKey?: string | undefined;
  readonly CosmosDbDatabaseId?: string | undefined;
  readonly CosmosDbContainerId: string;
  readonly TranscriptStore?: (typeof STORE_KINDS)[number] | undefined;
  readonly TranscriptContainerName: string;
}

/** A transcript setting that cannot work with the rest of the config, naming its key. */
export function transcriptConfigProblem(c: TranscriptSettings): { key: string; message: string } | undefined {
  const kind = c.TranscriptStore ?? c.StorageKind;
  // The same kind as StorageKind: the storage checks already name any missing key.
  const ownKind = kind !== c.StorageKind;
  if (ownKind && kind === 'blob' && c.BlobConnectionString === undefined)
    return { key: 'BlobConnectionString', message: 'is required when TranscriptStore is blob' };
  if (ownKind && kind === 'cosmos' && (c.CosmosDbEndpoint === undefined || c.CosmosDbAuthKey === undefined || c.CosmosDbDatabaseId === undefined))
    return { key: 'TranscriptStore', message: 'is cosmos, which needs CosmosDbEndpoint, CosmosDbAuthKey and CosmosDbDatabaseId' };
  if (kind === 'blob' && c.StorageKind === 'blob' && c.TranscriptContainerName === c.BlobContainerName)
    return { key: 'TranscriptContainerName', message: 'must differ from BlobContainerName (transcripts are kept apart from state)' };
  if (kind === 'cosmos' && c.StorageKind === 'cosmos' && c.TranscriptContainerName === c.CosmosDbContainerId)
    return { key: 'TranscriptContainerName', message: 'must differ from CosmosDbContainerId (transcripts are kept apart from state)' };
  return undefined;
}

/** The storage transcripts are written to, or undefined when they are off. */
export function transcriptStorageOptions(c: TranscriptSettings, resolvePath: (p: string) => string): StorageOptions | undefined {
  const kind = c.TranscriptStore ?? c.StorageKind;
  switch (kind) {
    case 'off':
      return undefined;
    case 'memory':
      return { kind: 'memory' };
    case 'file':
      return { kind: 'file', path: resolvePath(`${c.StoragePath}/transcripts`) };
    case 'blob':
      return { kind: 'blob', connectionString: c.BlobConnectionString ?? '', containerName: c.TranscriptContainerName };
    case 'cosmos':
      return {
        kind: 'cosmos',
        endpoint: c.CosmosDbEndpoint ?? '',
        authKey: c.CosmosDbAuthKey ?? '',
        databaseId: c.CosmosDbDatabaseId ?? '',
        containerId: c.TranscriptContainerName,
      };
  }
}
