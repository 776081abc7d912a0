/**
 * Runs a loopback stand-in for a deployed CLU project (see test/support/cluStandIn.ts), trained on
 * `npm run clu:export`'s Train utterances, and optionally one command pointed at it:
 *
 *   npx tsx scripts/cluStandIn.ts [--temperature 0.04] -- npm run -s eval -- test/fixtures/eval/dev.jsonl --recognizer orchestrated
 *
 * Without a command it prints the settings to use and runs until Ctrl+C.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildCluProject } from '../src/knowledge/exporters/cluExport';
import { loadKnowledgeBase } from '../src/knowledge/loadKnowledgeBase';
import { startCluLoopback } from '../test/support/cluLoopback';
import { standInResponder } from '../test/support/cluStandIn';

async function main(): Promise<void> {
  const separator = process.argv.indexOf('--');
  const command = separator >= 0 ? process.argv.slice(separator + 1) : [];
  const own = separator >= 0 ? process.argv.slice(2, separator) : process.argv.slice(2);
  const t = own.indexOf('--temperature');
  const temperature = t >= 0 ? Number(own[t + 1]) : undefined;
  const knowledge = await loadKnowledgeBase(path.resolve(process.env.KnowledgePath ?? 'knowledge'));
  if (!knowledge.ok) throw new Error('the knowledge base does not load; run npm run kb:check');
  const project = buildCluProject(knowledge.knowledgeBase, { projectName: 'nhsdg-cyber' });
  const clu = await startCluLoopback(standInResponder(project, { temperature }));
  const env = { CluEndpoint: clu.endpoint, CluKey: 'stand-in', CluProjectName: 'nhsdg-cyber', CluDeploymentName: 'production' };
  if (command.length === 0) {
    for (const [k, v] of Object.entries(env)) console.log(`${k}=${v}`);
    console.log('CLU stand-in running; Ctrl+C to stop.');
    return;
  }
  const child = spawn(command[0] as string, command.slice(1), { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    void clu.close().then(() => process.exit(code ?? 1));
  });
}

void main();
