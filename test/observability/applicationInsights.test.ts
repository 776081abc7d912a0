import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../src/config';
import { startApplicationInsights } from '../../src/observability/applicationInsights';
import { exceptionTelemetry, requestTelemetry } from '../../src/observability/telemetry';
import { ROOT } from '../support/runScript';
import { type IngestionStandIn, startIngestionStandIn } from './support/ingestionStandIn';

const CONNECTION = 'InstrumentationKey=3f2504e0-4f89-41d3-9a0c-0305e82c3301;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/';

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/** Runs the real bot (src/index.ts) with `env`, lets `work` talk to it, stops it with SIGTERM; returns its stdout. */
async function runBot(env: Record<string, string>, work: (base: string) => Promise<void>): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--require', './test/observability/support/reportLoadedModules.cjs', '--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), StorageKind: 'memory', TranscriptStore: 'off', APPLICATIONINSIGHTS_CONNECTION_STRING: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exit = once(child, 'exit');
  let exited = false;
  void exit.then(() => (exited = true));
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300 && !exited && !/bot listening/.test(stdout); i++) await sleep(100);
    assert.match(stdout, /bot listening/, stderr);
    await work(base);
    child.kill('SIGTERM');
    const [code] = await exit;
    assert.equal(code, 0, stderr);
    return stdout;
  } finally {
    if (!exited) child.kill('SIGKILL');
  }
}

describe('Application Insights', () => {
  describe('settings', () => {
    it('accept a connection string and leave telemetry off without one', () => {
      const on = loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: CONNECTION });
      assert.ok(on.ok && on.config.APPLICATIONINSIGHTS_CONNECTION_STRING === CONNECTION);
      const off = loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: '' });
      assert.ok(off.ok && off.config.APPLICATIONINSIGHTS_CONNECTION_STRING === undefined && off.config.LogLevel === 'info');
    });

    for (const [env, expected] of [
      [{ APPLICATIONINSIGHTS_CONNECTION_STRING: 'not a connection string' }, /^APPLICATIONINSIGHTS_CONNECTION_STRING: must be an Application Insights connection string/],
      [{ APPLICATIONINSIGHTS_CONNECTION_STRING: 'IngestionEndpoint=https://x/' }, /^APPLICATIONINSIGHTS_CONNECTION_STRING: must be/],
      [{ LogLevel: 'verbose' }, /^LogLevel: must be one of fatal, error, warn, info, debug, trace, silent/],
    ] as const) {
      it(`refuse ${JSON.stringify(env)}`, () => {
        const result = loadConfig(env);
        assert.ok(!result.ok && result.problems.some((p) => expected.test(p)), JSON.stringify(result));
      });
    }
  });

  describe('the telemetry processor', () => {
    it('names requests by route, drops the query and redacts the path', () => {
      const item = requestTelemetry({ method: 'GET', route: undefined, path: '/no/07700900123?email=jane@example.com', status: 404, durationMs: 3, requestId: 'abc12345' });
      assert.deepEqual(item, { name: 'GET /no/[PHONE]', url: '/no/[PHONE]', duration: 3, resultCode: '404', success: true, properties: { requestId: 'abc12345' } });
      assert.equal(requestTelemetry({ method: 'POST', route: '/api/messages', path: '/api/messages', status: 500, durationMs: 9, requestId: 'r' }).success, false);
    });

    it('sends only ids, codes and a redacted message with an exception', () => {
      const item = exceptionTelemetry({ level: 50, msg: 'turn failed', requestId: 'r1', conversationId: 'c1', text: 'my chi 0103801234', err: { name: 'TypeError', code: 'E1', message: 'bad 0103801234 jane@example.com' } });
      assert.deepEqual(item, { name: 'TypeError', message: 'bad [CHI] [EMAIL]', properties: { msg: 'turn failed', requestId: 'r1', conversationId: 'c1', code: 'E1' } });
    });

    it('goes through the SDK client it loads, and only through it', async () => {
      const calls: string[] = [];
      const telemetry = await startApplicationInsights({
        connectionString: CONNECTION,
        load: async () => ({
          TelemetryClient: class {
            constructor(cs: string, options: { useGlobalProviders: boolean }) {
              calls.push(`new ${cs === CONNECTION} ${options.useGlobalProviders}`);
            }
            trackRequest(item: { name: string }) {
              calls.push(`request ${item.name}`);
            }
            trackException(item: { exception: Error }) {
              calls.push(`exception ${item.exception.name}: ${item.exception.message}`);
            }
            async flush() {
              calls.push('flush');
            }
          },
        }),
      });
      telemetry.request({ method: 'GET', route: '/healthz', path: '/healthz', status: 200, durationMs: 1, requestId: 'r' });
      telemetry.error({ msg: 'x', err: { name: 'Error', message: 'call 07700 900123' } });
      await telemetry.flush();
      assert.deepEqual(calls, ['new true false', 'request GET /healthz', 'exception Error: call [PHONE]', 'flush']);
    });
  });

  describe('in the running bot', function () {
    this.timeout(90_000);
    let ingestion: IngestionStandIn;

    before(async () => {
      ingestion = await startIngestionStandIn();
    });
    after(async () => {
      await ingestion?.close();
    });

    it('is never loaded when APPLICATIONINSIGHTS_CONNECTION_STRING is not set', async () => {
      const stdout = await runBot({}, async (base) => {
        assert.equal((await fetch(`${base}/healthz`)).status, 200);
      });
      assert.match(stdout, /"applicationInsightsLoaded":false/);
      assert.match(stdout, /"telemetry":"off"/);
    });

    it('sends redacted request telemetry to the ingestion endpoint when set', async () => {
      const connection = `InstrumentationKey=3f2504e0-4f89-41d3-9a0c-0305e82c3301;IngestionEndpoint=${ingestion.endpoint}`;
      const stdout = await runBot(
        { APPLICATIONINSIGHTS_CONNECTION_STRING: connection, NODE_EXTRA_CA_CERTS: ingestion.caFile, APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' },
        async (base) => {
          assert.equal((await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'health-check-0001' } })).status, 200);
          assert.equal((await fetch(`${base}/no/such/07700900123?email=jane.doe@example.com`)).status, 404);
        },
      );
      assert.match(stdout, /"applicationInsightsLoaded":true/);
      const requests = ingestion.envelopes.filter((e) => (e.data as { baseType?: string } | undefined)?.baseType === 'RequestData');
      const names = requests.map((e) => (e.data as { baseData: { name: string } }).baseData.name);
      assert.ok(names.includes('GET /healthz'), JSON.stringify(names));
      const health = requests.find((e) => (e.data as { baseData: { name: string } }).baseData.name === 'GET /healthz');
      assert.equal((health?.data as { baseData: { properties?: Record<string, string> } }).baseData.properties?.requestId, 'health-check-0001');
      const all = ingestion.bodies.join('\n');
      for (const value of ['07700900123', 'jane.doe@example.com', 'email=']) assert.ok(!all.includes(value), `telemetry contains ${value}`);
    });
  });
});
