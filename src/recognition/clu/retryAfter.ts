/**
 * How long a 429 asks us to wait, from `retry-after-ms`, `x-ms-retry-after-ms` or `Retry-After`
 * (seconds or an HTTP date), whichever comes first; undefined when none is usable.
 */
export function retryAfterMs(header: (name: string) => string | undefined, now: number): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(header(name));
    if (header(name) !== undefined && Number.isFinite(ms) && ms >= 0) return ms;
  }
  const value = header('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
