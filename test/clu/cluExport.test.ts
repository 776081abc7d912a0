import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import type { KnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { buildCluProject } from '../../src/knowledge/exporters/cluExport';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The import file format as Microsoft documents it ("Data formats accepted by conversational
 * language understanding" and the service limits), written here independently of the exporter.
 */
const intentName = z.string().min(1).max(50).regex(/^[^:$&%*()+~#/?]+$/);
const documentedProjectFile = z
  .object({
    projectFileVersion: z.string().min(1),
    stringIndexType: z.literal('Utf16CodeUnit'),
    metadata: z.object({
      projectKind: z.literal('Conversation'),
      projectName: z.string().regex(/^[A-Za-z0-9_.-]{1,50}$/),
      multilingual: z.boolean(),
      description: z.string(),
      language: z.string().min(2),
      settings: z.object({ confidenceThreshold: z.number().min(0).max(1) }),
    }),
    assets: z.object({
      projectKind: z.literal('Conversation'),
      intents: z.array(z.object({ category: intentName })),
      entities: z.array(z.unknown()),
      utterances: z.array(
        z.object({ text: z.string().min(1).max(500), intent: intentName, language: z.string().min(2), dataset: z.enum(['Train', 'Test']) }),
      ),
    }),
  })
  .strict();

describe('CLU project export', () => {
  let knowledgeBase: KnowledgeBase;
  before(async () => {
    const loaded = await loadKnowledgeBase(path.join(ROOT, 'knowledge'));
    assert.ok(loaded.ok);
    knowledgeBase = loaded.knowledgeBase;
  });

  it('has the documented shape: every topic and None as intents, questions and out-of-scope examples as utterances', () => {
    const project = documentedProjectFile.parse(buildCluProject(knowledgeBase, { projectName: 'nhsdg-cyber' }));
    assert.equal(project.metadata.language, 'en-gb');
    assert.deepEqual(project.assets.intents.map((i) => i.category), [...knowledgeBase.topics.map((t) => t.id), 'None']);

    const byIntent = new Map<string, Array<{ text: string; dataset: string }>>();
    for (const u of project.assets.utterances) byIntent.set(u.intent, [...(byIntent.get(u.intent) ?? []), u]);
    for (const topic of knowledgeBase.topics) {
      const utterances = byIntent.get(topic.id) ?? [];
      assert.deepEqual(utterances.map((u) => u.text), topic.questions.map((q) => q.trim()), topic.id);
      assert.ok(utterances.some((u) => u.dataset === 'Train'), `${topic.id} has training utterances`);
      if (utterances.length >= 5) assert.ok(utterances.some((u) => u.dataset === 'Test'), `${topic.id} has test utterances`);
    }
    assert.deepEqual((byIntent.get('None') ?? []).map((u) => u.text).sort(), [...new Set(knowledgeBase.outOfScopeExamples.map((e) => e.trim()))].sort());
    const testShare = project.assets.utterances.filter((u) => u.dataset === 'Test').length / project.assets.utterances.length;
    assert.ok(testShare > 0.1 && testShare < 0.3, `about one in five utterances is Test (${testShare})`);
  });

  it('splits the same way on every export, so re-imports are comparable', () => {
    assert.deepEqual(buildCluProject(knowledgeBase, { projectName: 'p' }), buildCluProject(knowledgeBase, { projectName: 'p' }));
  });

  it('npm run clu:export writes the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'clu-export-'));
    try {
      const out = path.join(dir, 'project.json');
      const env = { ...process.env, KnowledgePath: path.join(ROOT, 'knowledge') };
      const { stdout } = await promisify(execFile)(process.execPath, ['--require', 'tsx/cjs', 'src/cli/cluExport.ts', '--out', out, '--project', 'dg-test'], { cwd: ROOT, env });
      assert.match(stdout, /Wrote .*project\.json: project "dg-test"/);
      const project = documentedProjectFile.parse(JSON.parse(await readFile(out, 'utf8')));
      assert.equal(project.metadata.projectName, 'dg-test');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
