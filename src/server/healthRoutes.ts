import type restify from 'restify';

export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<{ ok: true } | { ok: false; error: Error }>;
}

/** `/healthz`: the process answers. `/readyz`: it can do its job (knowledge loaded, storage reachable). */
export function registerHealthRoutes(server: restify.Server, checks: readonly ReadinessCheck[]): void {
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    const results = await Promise.all(checks.map(async (c) => ({ name: c.name, result: await c.check() })));
    const failed = results.filter((r) => !r.result.ok);
    res.send(failed.length === 0 ? 200 : 503, {
      status: failed.length === 0 ? 'ready' : 'not-ready',
      checks: Object.fromEntries(results.map((r) => [r.name, r.result.ok ? 'ok' : 'failing'])),
    });
  });
}
