import path from 'node:path';
import { loadConfigFromEnvironment } from '../config';
import { formatProblem } from '../knowledge/knowledgeProblem';
import { loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { findMissingLists } from '../knowledge/missingLists';
import { DEFAULT_REVIEW_DAYS, findOverdueReviews } from '../knowledge/reviewDates';
import { findConfusableQuestions } from '../recognition/confusableQuestions';
import { fail, parseArgs } from './cliSetup';

/**
 * `npm run kb:check [DIR] [--review-days N]`: every problem in the knowledge base at once, with file
 * and field; exit 1 on any. Warnings (questions two topics share, topics not reviewed for more than
 * N days, default 30) are printed but do not fail the check.
 */
async function main(): Promise<void> {
  const config = loadConfigFromEnvironment();
  if (!config.ok) fail(config.problems.map((p) => `Configuration error: ${p}`));
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const reviewDays = flags.has('review-days') ? Number(flags.get('review-days')) : DEFAULT_REVIEW_DAYS;
  if (!Number.isInteger(reviewDays) || reviewDays < 0) fail(['--review-days must be a whole number of days, 0 or more']);
  const directory = path.resolve(positional[0] ?? config.config.KnowledgePath);
  const result = await loadKnowledgeBase(directory);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`\n${result.problems.length} problem(s) in ${directory}`);
    process.exit(1);
  }
  const kb = result.knowledgeBase;
  const warnings = [...findMissingLists(kb), ...findConfusableQuestions(kb), ...findOverdueReviews(kb, new Date(), reviewDays)];
  for (const warning of warnings) console.warn(formatProblem(warning));
  const questions = kb.topics.reduce((n, t) => n + t.questions.length, 0);
  console.log(`Knowledge base OK: ${kb.topics.length} topics, ${questions} questions, ${kb.outOfScopeExamples.length} out-of-scope examples, ${kb.synonymGroups.length} synonym groups, ${kb.localNames?.length ?? 0} local names, ${kb.otherPlaces?.length ?? 0} other boards, hospitals and organisations; ${warnings.length} warning(s).`);
}

void main();
