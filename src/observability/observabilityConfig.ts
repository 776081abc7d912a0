import { z } from 'zod';
import { logLevels } from './logger';

/** The logging and telemetry part of the one config schema (`src/config.ts` spreads it in). */
export const observabilityConfigShape = {
  /** pino level; `debug` adds one line per HTTP request. */
  LogLevel: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? 'info' : v))
    .pipe(z.enum(logLevels, { errorMap: () => ({ message: `must be one of ${logLevels.join(', ')}` }) })),
  /** Set (App Service sets it when Application Insights is linked): request and exception telemetry, redacted. */
  APPLICATIONINSIGHTS_CONNECTION_STRING: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/(^|;)\s*InstrumentationKey=[0-9a-f-]{36}\s*(;|$)/i, 'must be an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…)')
        .optional(),
    ),
};
