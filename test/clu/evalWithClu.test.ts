import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildCluProject } from '../../src/knowledge/exporters/cluExport';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { type CluLoopback, startCluLoopback } from '../support/cluLoopback';
import { standInResponder } from '../support/cluStandIn';

const ROOT = path.resolve(__dirname, '../..');
const NO_CLU = { CluEndpoint: '', CluKey: '', CluProjectName: '', CluDeploymentName: '' };

function runEval(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', 'tsx/cjs', 'src/cli/eval.ts', ...args], { cwd: ROOT, env: { ...process.env, KnowledgePath: path.join(ROOT, 'knowledge'), ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run eval --recognizer', () => {
  let clu: CluLoopback;
  let dir: string;
  let cases: string;

  before(async () => {
    const loaded = await loadKnowledgeBase(path.join(ROOT, 'knowledge'));
    assert.ok(loaded.ok);
    clu = await startCluLoopback(standInResponder(buildCluProject(loaded.knowledgeBase, { projectName: 'nhsdg-cyber' })));
    dir = await mkdtemp(path.join(os.tmpdir(), 'eval-clu-'));
    cases = path.join(dir, 'cases.jsonl');
    const lines = [
      { text: "what's the helpline number?", audience: 'public', expect: 'helpline' },
      { text: 'what happened in the cyber attack', audience: 'public', expect: 'what-happened' },
      { text: 'purple elephants dancing', audience: 'public', expect: 'none' },
    ];
    await writeFile(cases, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  });
  after(async () => {
    await clu.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('clu and orchestrated say clearly that CLU is not configured', async () => {
    const result = await runEval([cases, '--recognizer', 'clu'], NO_CLU);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--recognizer clu needs CLU configured: set CluEndpoint, CluKey, CluProjectName, CluDeploymentName/);
  });

  it('clu: a failing CLU stops the run with a clear message, not a stack trace', async () => {
    const failing = await startCluLoopback(() => ({ status: 500, json: { error: { code: 'InternalServerError', message: 'down' } } }));
    try {
      const env = { CluEndpoint: failing.endpoint, CluKey: 'k', CluProjectName: 'nhsdg-cyber', CluDeploymentName: 'production' };
      const result = await runEval([cases, '--recognizer', 'clu'], env);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /CLU failed \(HTTP 500\)/);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    } finally {
      await failing.close();
    }
  });

  it('orchestrated runs the cases through the (stand-in) CLU', async () => {
    const env = { CluEndpoint: clu.endpoint, CluKey: 'k', CluProjectName: 'nhsdg-cyber', CluDeploymentName: 'production' };
    const result = await runEval([cases, '--recognizer', 'orchestrated', '--json'], env);
    assert.equal(result.code, 0, result.stderr);
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { cases: number; staffLeaks: number };
    assert.equal(summary.cases, 3);
    assert.equal(summary.staffLeaks, 0);
    // At least one call per case (the understanding path may also look at a message's clauses).
    assert.ok(clu.requests.length >= 3, `every case went to CLU (${clu.requests.length} calls)`);
    // A warm-up pass and one timed pass: CLU calls are paid for, so they are not repeated to time them.
    assert.ok(clu.requests.length <= 2 * 3, `no more than two calls a case (${clu.requests.length} calls)`);
  });
});
