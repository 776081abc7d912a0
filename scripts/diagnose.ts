// Dev-only diagnostics: for each missed case, show the top topics and the out-of-scope score.
import { readCaseFile, expectedTopics } from '../src/eval/evalCase';
import { loadKnowledgeBase } from '../src/knowledge/loadKnowledgeBase';
import { EmbeddedRecognizer } from '../src/recognition/embeddedRecognizer';
import { decide } from '../src/recognition/decide';
import { checkSafety } from '../src/recognition/safetyCheck';

async function main() {
  const kb = await loadKnowledgeBase('knowledge');
  if (!kb.ok) throw new Error('kb');
  const rec = new EmbeddedRecognizer(kb.knowledgeBase);
  for (const file of process.argv.slice(2)) {
    const r = await readCaseFile(file);
    if (!r.ok) throw new Error(r.message);
    for (const c of r.cases) {
      const exp = expectedTopics(c);
      if (checkSafety(c.text).risk) { if (!exp.includes('crisis')) console.log('SAFETY-FP', c.text); continue; }
      const rec1 = rec.recognizeSync(c.text, c.audience);
      const d = decide(rec1);
      const got = d.kind === 'answer' ? d.topicId : d.kind === 'clarify' ? 'clarify:' + d.topicIds.join('|') : 'none';
      const ok = d.kind === 'answer' ? exp.includes(d.topicId) : d.kind === 'none' ? exp.includes('none') : d.topicIds.some((t) => exp.includes(t));
      if (!ok) console.log(`${exp.join('|').padEnd(28)} got ${got.padEnd(30)} oos=${rec1.outOfScope.toFixed(2)} ${rec1.ranked.slice(0, 3).map((s) => s.topicId + ':' + s.score.toFixed(2)).join(' ')}  | ${c.text.slice(0, 90)}`);
    }
  }
}
void main();
