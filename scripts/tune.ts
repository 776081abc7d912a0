// Dev-only: grid search of decision thresholds on the dev sets (never the test set).
import { readCaseFile, expectedTopics, type EvalCase } from '../src/eval/evalCase';
import { loadKnowledgeBase } from '../src/knowledge/loadKnowledgeBase';
import { EmbeddedRecognizer } from '../src/recognition/embeddedRecognizer';
import { decide, DEFAULT_THRESHOLDS } from '../src/recognition/decide';
import { checkSafety } from '../src/recognition/safetyCheck';
import type { Recognition } from '../src/recognition/recognizer';

async function main() {
  const kb = await loadKnowledgeBase('knowledge');
  if (!kb.ok) throw new Error('kb');
  const opts = JSON.parse(process.env.REC ?? '{}');
  const rec = new EmbeddedRecognizer(kb.knowledgeBase, opts);
  const cases: EvalCase[] = [];
  for (const f of process.argv.slice(2)) { const r = await readCaseFile(f); if (r.ok) cases.push(...r.cases); }
  const pre: Array<{ c: EvalCase; r: Recognition | null }> = cases.map((c) => ({ c, r: checkSafety(c.text).risk ? null : rec.recognizeSync(c.text, c.audience) }));
  const results: string[] = [];
  for (const answer of [0.36, 0.4, 0.44, 0.48]) for (const margin of [0.06, 0.08, 0.1, 0.13]) for (const floor of [0.2, 0.24, 0.28, 0.32]) for (const gap of [0.02, 0.04, 0.06]) for (const oos of [0.5, 0.6, 0.7, 0.8]) {
    const t = { ...DEFAULT_THRESHOLDS, answer, margin, floor, gap, outOfScope: oos };
    let correct = 0, wrong = 0, oosOk = 0, oosN = 0;
    for (const { c, r } of pre) {
      const exp = expectedTopics(c);
      const d = r === null ? { kind: 'answer' as const, topicId: 'crisis', score: 1 } : decide(r, t);
      if (exp.includes('none')) oosN++;
      if (d.kind === 'answer') { if (exp.includes(d.topicId)) correct++; else wrong++; }
      else if (d.kind === 'none') { if (exp.includes('none')) { correct++; oosOk++; } }
    }
    const acc = correct / cases.length, wr = wrong / cases.length;
    results.push(`${(acc - 2 * wr).toFixed(4)} acc=${acc.toFixed(3)} wrong=${wr.toFixed(3)} oosR=${(oosOk / oosN).toFixed(2)} ${JSON.stringify({ answer, margin, floor, gap, oos })}`);
  }
  results.sort().reverse();
  console.log(results.slice(0, 12).join('\n'));
}
void main();
