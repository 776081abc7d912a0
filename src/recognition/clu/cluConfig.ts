import { z } from 'zod';
import { isLoopbackUrl } from './loopback';

/** Empty strings mean "not set", as everywhere else in the config. */
const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));

const numberWithDefault = (fallback: number, schema: z.ZodNumber) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .pipe(z.coerce.number({ invalid_type_error: 'must be a number' }).pipe(schema));

/** The four settings that turn CLU on; all or none. */
export const CLU_REQUIRED_KEYS = ['CluEndpoint', 'CluKey', 'CluProjectName', 'CluDeploymentName'] as const;

/** The CLU part of the one config schema (`src/config.ts` spreads it in). */
export const cluConfigShape = {
  CluEndpoint: optionalString.pipe(
    z
      .string()
      .url('must be the Language resource URL, e.g. https://NAME.cognitiveservices.azure.com')
      .refine((u) => u.startsWith('https://') || isLoopbackUrl(u), 'must start with https:// (plain http only for a stand-in on this machine)')
      .optional(),
  ),
  CluKey: optionalString,
  CluProjectName: optionalString.pipe(
    z.string().regex(/^[A-Za-z0-9_.-]{1,50}$/, 'must be 1–50 letters, digits, _ . or - (as Language Studio allows)').optional(),
  ),
  CluDeploymentName: optionalString.pipe(
    z.string().regex(/^[A-Za-z0-9_.-]{1,50}$/, 'must be 1–50 letters, digits, _ . or - (as Language Studio allows)').optional(),
  ),
  /** Below this top-intent confidence CLU counts as unsure. */
  CluConfidenceThreshold: numberWithDefault(0.6, z.number().min(0, 'must be 0–1').max(1, 'must be 0–1')),
  /** How long one CLU call may take before the embedded recogniser answers instead. */
  CluTimeoutMs: numberWithDefault(1500, z.number().int('must be a whole number').min(50, 'must be 50–30000').max(30_000, 'must be 50–30000')),
};

type CluConfigFields = z.infer<z.ZodObject<typeof cluConfigShape>>;

export interface CluSettings {
  readonly endpoint: string;
  readonly key: string;
  readonly projectName: string;
  readonly deploymentName: string;
  readonly confidenceThreshold: number;
  readonly timeoutMs: number;
}

/** Some but not all of the four required keys set is one problem that names the missing ones. */
export function cluConfigProblem(c: CluConfigFields): { key: string; message: string } | undefined {
  const missing = CLU_REQUIRED_KEYS.filter((k) => c[k] === undefined);
  if (missing.length === 0 || missing.length === CLU_REQUIRED_KEYS.length) return undefined;
  return {
    key: missing.join(', '),
    message: `missing; CLU needs all of ${CLU_REQUIRED_KEYS.join(', ')} (or none of them, to use the embedded recogniser only)`,
  };
}

/** The CLU settings when CLU is configured, otherwise undefined (the embedded recogniser alone). */
export function cluSettingsOf(c: CluConfigFields): CluSettings | undefined {
  if (c.CluEndpoint === undefined || c.CluKey === undefined || c.CluProjectName === undefined || c.CluDeploymentName === undefined) return undefined;
  return {
    endpoint: c.CluEndpoint,
    key: c.CluKey,
    projectName: c.CluProjectName,
    deploymentName: c.CluDeploymentName,
    confidenceThreshold: c.CluConfidenceThreshold,
    timeoutMs: c.CluTimeoutMs,
  };
}
