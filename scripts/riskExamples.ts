// `npm run risk:examples`: writes src/recognition/riskExamples.json, the labelled messages the risk classifier
// (src/recognition/riskClassifier.ts) learns from: every safety table in test/fixtures/safety-*.jsonl and the dev
// sets up to dev38, each case a risk if it is labelled crisis. Later dev sets (dev39 on) and the held-out test
// sets are left out, so they still measure the classifier on messages it has never seen. Run it after editing a
// safety table; a test fails while the file is out of step.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeText } from '../src/recognition/textNormalizer';

export const LAST_TRAINING_SET = 43;

const rows = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
const isCrisis = (expect: unknown): boolean => expect === 'crisis' || (Array.isArray(expect) && expect.includes('crisis'));

/** The examples as the JSON file holds them: [text, 1 for a risk or 0], one per normalised text. */
export function riskExamplesFrom(fixtures: string): [string, number][] {
  const examples = new Map<string, { text: string; risk: boolean }>();
  const conflicts = new Set<string>();
  const add = (text: string, risk: boolean): void => {
    const key = normalizeText(text);
    const seen = examples.get(key);
    if (seen && seen.risk !== risk) conflicts.add(key);
    else examples.set(key, { text, risk });
  };
  for (const file of readdirSync(fixtures).filter((f) => /^safety-.*\.jsonl$/.test(f)).sort())
    for (const row of rows(path.join(fixtures, file))) if (typeof row.text === 'string' && typeof row.crisis === 'boolean') add(row.text, row.crisis);
  for (const file of readdirSync(path.join(fixtures, 'eval')).sort()) {
    const set = /^dev(\d*)\.jsonl$/.exec(file);
    if (!set || Number(set[1] || 1) > LAST_TRAINING_SET) continue;
    for (const row of rows(path.join(fixtures, 'eval', file))) if (typeof row.text === 'string') add(row.text, isCrisis(row.expect));
  }
  // A message labelled both ways (a look-alike in one table, a risk in another) teaches nothing: left out.
  for (const key of conflicts) examples.delete(key);
  return [...examples.values()].map((e) => [e.text, e.risk ? 1 : 0]);
}

if (require.main === module) {
  const list = riskExamplesFrom(path.join(__dirname, '../test/fixtures'));
  const file = path.join(__dirname, '../src/recognition/riskExamples.json');
  writeFileSync(file, `${JSON.stringify(list)}\n`);
  console.log(`${list.length} examples (${list.filter(([, risk]) => risk === 1).length} risk) written to ${path.relative(process.cwd(), file)}`);
}
