import { writeFile } from 'node:fs/promises';
import { RECOGNIZER_MODES, type RecognizerMode } from '../buildRecognizer';
import { type EvalCase, readCaseFile, expectedTopics } from '../eval/evalCase';
import { runEvaluation, TIMED_PASSES } from '../eval/runEvaluation';
import { CluError } from '../recognition/clu/cluError';
import { type CaseResult, confusionPairs, type EvalSummary, summarize } from '../eval/scoreCases';
import { fail, loadForCli, parseArgs } from './cliSetup';

/**
 * `npm run eval -- FILE [--recognizer embedded|clu|orchestrated] [--json] [--out OUT.jsonl]`, as spec/evaluation.md
 * specifies. Several FILEs are scored as one set (the held-out files together), in the order given.
 */
async function main(): Promise<void> {
  const { positional, flags } = parseArgs(process.argv.slice(2), new Set(['json', 'summary-only']));
  const usage = 'Usage: npm run eval -- FILE [FILE…] [--recognizer embedded|clu|orchestrated] [--json] [--out OUT.jsonl] [--summary-only]';
  if (positional.length === 0) fail([usage]);
  const recognizer = flags.get('recognizer') ?? 'embedded';
  if (!isRecognizerMode(recognizer)) fail([`--recognizer must be one of ${RECOGNIZER_MODES.join(', ')}`, usage]);
  const cases: EvalCase[] = [];
  for (const file of positional) {
    const read = await readCaseFile(file);
    if (!read.ok) fail([read.message]);
    cases.push(...read.cases);
  }

  const { understanding, knowledgeBase } = await loadForCli({ recognizer });
  // In `clu` mode a CLU failure has no fallback: stop with its reason rather than a stack trace.
  const results = await runEvaluation(cases, understanding, knowledgeBase, recognizer === 'embedded' ? TIMED_PASSES : 1).catch((error: unknown) =>
    error instanceof CluError ? fail([`CLU failed during the evaluation: ${error.message}. No figures: they would not be CLU's.`]) : Promise.reject(error),
  );
  const summary = summarize(results);

  // `--summary-only`: a held-out set's misses are not printed (CI logs are read; a set whose texts
  // have been read and tuned against no longer says how the bot does on messages it has never seen).
  const details = !flags.has('summary-only');
  for (const r of details ? results.filter((x) => x.outcome === 'wrong') : []) {
    const got = r.decision.kind === 'answer' ? r.decision.topicId : r.decision.kind === 'clarify' ? `clarify(${r.decision.topicIds.join(', ')})` : 'none';
    console.log(`MISS  ${JSON.stringify(r.case.text)} [${r.case.audience}]  expected ${expectedTopics(r.case).join('|')}  got ${got}`);
  }
  const pairs = details ? confusionPairs(results) : [];
  if (pairs.length > 0) {
    console.log('\nConfusion pairs (expected → got):');
    for (const p of pairs.slice(0, 15)) console.log(`  ${p.count} × ${p.expected} → ${p.got}`);
  }
  console.log(
    `\n${summary.cases} cases: accuracy ${summary.accuracy}, clarified ${summary.clarifyRate}, wrong answers ${summary.wrongAnswerRate}, ` +
      `out-of-scope recall ${summary.outOfScopeRecall}, staff leaks ${summary.staffLeaks}, p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms`,
  );

  const out = flags.get('out');
  if (typeof out === 'string') {
    const lines = results.map((r) =>
      JSON.stringify({
        text: r.case.text,
        audience: r.case.audience,
        decision: r.decision.kind,
        topics: r.decision.kind === 'answer' ? [r.decision.topicId] : r.decision.kind === 'clarify' ? r.decision.topicIds : [],
        score: Math.round(r.decision.score * 10000) / 10000,
      }),
    );
    await writeFile(out, lines.join('\n') + '\n');
  }
  const gates = qualityGates(flags, summary, results);
  for (const failure of gates) console.error(`FAIL: ${failure}`);
  if (flags.has('json')) console.log(JSON.stringify(summary));
  if (gates.length > 0) process.exitCode = 1;
}

/** CI floors: `--min-accuracy X`, `--max-wrong-rate X`; any gate also fails on staff leaks or a missed crisis. */
function qualityGates(flags: Map<string, string | true>, summary: EvalSummary, results: readonly CaseResult[]): string[] {
  const minAccuracy = numberFlag(flags, 'min-accuracy');
  const maxWrong = numberFlag(flags, 'max-wrong-rate');
  if (minAccuracy === undefined && maxWrong === undefined) return [];
  const failures: string[] = [];
  if (minAccuracy !== undefined && summary.accuracy < minAccuracy) failures.push(`accuracy ${summary.accuracy} is below ${minAccuracy}`);
  if (maxWrong !== undefined && summary.wrongAnswerRate > maxWrong) failures.push(`wrong-answer rate ${summary.wrongAnswerRate} is above ${maxWrong}`);
  if (summary.staffLeaks > 0) failures.push(`${summary.staffLeaks} staff topic(s) shown to the public`);
  const missedCrisis = results.filter((r) => expectedTopics(r.case).includes('crisis') && !(r.decision.kind === 'answer' && r.decision.topicId === 'crisis'));
  if (missedCrisis.length > 0) failures.push(`${missedCrisis.length} risk-to-life message(s) not answered with crisis`);
  return failures;
}

function numberFlag(flags: Map<string, string | true>, name: string): number | undefined {
  const value = flags.get(name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(n)) fail([`--${name} needs a number`]);
  return n;
}

function isRecognizerMode(value: string | true): value is RecognizerMode {
  return (RECOGNIZER_MODES as readonly unknown[]).includes(value);
}

void main();
