import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { MessageUnderstanding } from '../recognition/understandMessage';
import type { EvalCase } from './evalCase';
import { type CaseResult, scoreCase } from './scoreCases';

/** Runs every case through the bot's own understanding path, timing each one. */
export async function runEvaluation(
  cases: readonly EvalCase[],
  understanding: MessageUnderstanding,
  knowledgeBase: KnowledgeBase,
): Promise<CaseResult[]> {
  // One untimed pass first, so the figures are the steady state a running bot sees, not JIT warm-up.
  for (const c of cases) await understanding.understand({ text: c.text, audience: c.audience });
  const results: CaseResult[] = [];
  for (const c of cases) {
    const start = process.hrtime.bigint();
    const decision = await understanding.understand({ text: c.text, audience: c.audience });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    results.push({ case: c, decision, ms, ...scoreCase(c, decision, knowledgeBase) });
  }
  return results;
}
