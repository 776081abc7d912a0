import path from 'node:path';
import { loadConfigFromEnvironment } from '../config';
import { formatProblem } from '../knowledge/knowledgeProblem';
import { loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { findConfusableQuestions } from '../recognition/confusableQuestions';
import { fail } from './cliSetup';

/** `npm run kb:check`: every problem in the knowledge base at once, with file and field; exit 1 on any. */
async function main(): Promise<void> {
  const config = loadConfigFromEnvironment();
  if (!config.ok) fail(config.problems.map((p) => `Configuration error: ${p}`));
  const directory = path.resolve(process.argv[2] ?? config.config.KnowledgePath);
  const result = await loadKnowledgeBase(directory);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`\n${result.problems.length} problem(s) in ${directory}`);
    process.exit(1);
  }
  const kb = result.knowledgeBase;
  const warnings = findConfusableQuestions(kb);
  for (const warning of warnings) console.warn(formatProblem(warning));
  const questions = kb.topics.reduce((n, t) => n + t.questions.length, 0);
  console.log(`Knowledge base OK: ${kb.topics.length} topics, ${questions} questions, ${kb.outOfScopeExamples.length} out-of-scope examples, ${kb.synonymGroups.length} synonym groups; ${warnings.length} warning(s).`);
}

void main();
