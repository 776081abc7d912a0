import { writeFile } from 'node:fs/promises';
import { buildCluProject } from '../knowledge/exporters/cluExport';
import { cluProjectSchema } from '../knowledge/exporters/cluProjectSchema';
import { fail, loadForCli, parseArgs } from './cliSetup';

const USAGE = 'Usage: npm run clu:export -- --out FILE [--project NAME]';

/** `npm run clu:export -- --out FILE`: the knowledge base as a CLU project file to import in Language Studio. */
async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const out = flags.get('out');
  if (typeof out !== 'string') fail([USAGE]);
  const project = flags.get('project');
  if (project === true) fail([USAGE]);

  const { config, knowledgeBase } = await loadForCli();
  const exported = buildCluProject(knowledgeBase, { projectName: project ?? config.CluProjectName ?? 'nhsdg-cyber' });
  const checked = cluProjectSchema.safeParse(exported);
  if (!checked.success)
    fail(checked.error.issues.slice(0, 20).map((i) => `CLU export problem at ${i.path.join('.')}: ${i.message}`));

  await writeFile(out, JSON.stringify(checked.data, null, 2) + '\n');
  const test = checked.data.assets.utterances.filter((u) => u.dataset === 'Test').length;
  console.log(
    `Wrote ${out}: project "${checked.data.metadata.projectName}", ${checked.data.assets.intents.length} intents, ` +
      `${checked.data.assets.utterances.length} utterances (${test} in Test). Import it in Language Studio, train, then deploy.`,
  );
}

void main();
