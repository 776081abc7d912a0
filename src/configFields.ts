import { z } from 'zod';

/**
 * A whole-number setting read from the environment: empty or unset takes the default, anything else
 * must be a whole number in range (the message names the range, as every config problem does).
 */
export const intSetting = (fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .pipe(
      z.coerce
        .number({ invalid_type_error: 'must be a number' })
        .int('must be a whole number')
        .min(min, `must be ${min}–${max}`)
        .max(max, `must be ${min}–${max}`),
    );
