import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config';

const ALL = {
  CluEndpoint: 'https://nhsdg-lang.cognitiveservices.azure.com/',
  CluKey: 'k',
  CluProjectName: 'nhsdg-cyber',
  CluDeploymentName: 'production',
};

describe('CLU settings in the config', () => {
  it('accepts none or all four, with defaults for threshold and timeout', () => {
    const none = loadConfig({});
    assert.ok(none.ok);
    assert.equal(none.config.CluEndpoint, undefined);
    const all = loadConfig(ALL);
    assert.ok(all.ok);
    assert.equal(all.config.CluConfidenceThreshold, 0.6);
    assert.equal(all.config.CluTimeoutMs, 1500);
  });

  it('reports one problem naming the missing keys when only some are set', () => {
    const result = loadConfig({ CluEndpoint: ALL.CluEndpoint, CluKey: '', CluProjectName: 'nhsdg-cyber' });
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0] ?? '', /^CluKey, CluDeploymentName: missing/);
  });

  it('rejects bad values, each naming its key', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ ...ALL, CluEndpoint: 'http://nhsdg-lang.cognitiveservices.azure.com' }, /^CluEndpoint: must start with https:\/\//],
      [{ ...ALL, CluConfidenceThreshold: '1.5' }, /^CluConfidenceThreshold: must be 0–1/],
      [{ ...ALL, CluTimeoutMs: 'soon' }, /^CluTimeoutMs: must be a number/],
      [{ ...ALL, CluProjectName: 'has spaces' }, /^CluProjectName: must be 1–50 letters/],
    ];
    for (const [env, expected] of cases) {
      const result = loadConfig(env);
      assert.ok(!result.ok, JSON.stringify(env));
      assert.match(result.problems.join('\n'), expected);
    }
    assert.ok(loadConfig({ ...ALL, CluEndpoint: 'http://127.0.0.1:5099' }).ok, 'plain http is fine for a stand-in on this machine');
  });
});
