import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HELPLINE } from '../src/messages';
import { ROOT, runScript } from './support/runScript';

const SUMMARY_KEYS = ['cases', 'correct', 'clarified', 'wrong', 'accuracy', 'clarifyRate', 'wrongAnswerRate', 'outOfScopeRecall', 'staffLeaks', 'p50Ms', 'p99Ms'];
const ENV = { StorageKind: 'memory', KnowledgePath: './knowledge' };

const CASES = [
  { text: "what's the helpline number?", audience: 'public', expect: 'helpline' },
  { text: 'can you recommend a good pizza recipe', audience: 'public', expect: 'none' },
  { text: 'What to tell patients who ask', audience: 'staff', expect: 'staff-patient-enquiries' },
  { text: 'Did they get staff details too?', audience: 'public', expect: ['data-published', 'staff-data'] },
  { text: 'is my data in the leak', audience: 'public', expect: 'am-i-affected' },
];

describe('command-line tools (as processes)', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nhsdg-cli-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('npm run eval (spec/evaluation.md)', () => {
    it('stops quietly when its reader closes the pipe early (npm run eval | head -1)', async () => {
      const file = path.join(dir, 'many.jsonl');
      // Enough misses that the output outlasts the reader.
      await writeFile(file, Array.from({ length: 400 }, (_, i) => JSON.stringify({ text: `pizza recipe number ${i}`, audience: 'public', expect: 'helpline' })).join('\n'));
      const run = spawn(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', file], { cwd: ROOT, env: { ...process.env, ...ENV } });
      let stderr = '';
      run.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      run.stdout?.once('data', () => run.stdout?.destroy());
      const code = await new Promise<number | null>((resolve) => run.on('exit', resolve));
      assert.equal(code, 0, stderr);
      assert.doesNotMatch(stderr, /EPIPE|Error/);
    });

    it('--json ends with one JSON summary line; --out writes one line per case in input order', async () => {
      const file = path.join(dir, 'cases.jsonl');
      const out = path.join(dir, 'out.jsonl');
      await writeFile(file, CASES.map((c) => JSON.stringify(c)).join('\n') + '\n\n');
      const run = runScript('src/cli/eval.ts', [file, '--json', '--out', out], ENV);
      assert.equal(run.status, 0, run.stderr);

      const last = run.stdout.trimEnd().split('\n').at(-1) as string;
      const summary = JSON.parse(last) as Record<string, unknown>;
      assert.deepEqual(Object.keys(summary).sort(), [...SUMMARY_KEYS].sort());
      assert.equal(summary.cases, CASES.length);
      assert.equal(summary.correct as number + (summary.clarified as number) + (summary.wrong as number), CASES.length);
      for (const key of SUMMARY_KEYS) assert.equal(typeof summary[key], 'number', key);
      assert.equal(summary.staffLeaks, 0);

      const lines = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.deepEqual(lines.map((l) => [l.text, l.audience]), CASES.map((c) => [c.text, c.audience]));
      for (const line of lines) {
        assert.deepEqual(Object.keys(line).sort(), ['audience', 'decision', 'score', 'text', 'topics']);
        assert.ok(['answer', 'clarify', 'none'].includes(line.decision as string));
        assert.ok(Array.isArray(line.topics));
        assert.equal(typeof line.score, 'number');
        const topics = line.topics as string[];
        if (line.decision === 'answer') assert.equal(topics.length, 1);
        if (line.decision === 'clarify') assert.ok(topics.length >= 2 && topics.length <= 3);
        if (line.decision === 'none') assert.deepEqual(topics, []);
      }
      assert.deepEqual(lines[0]?.topics, ['helpline']);
    });

    it('a missing file is an error naming it, with a non-zero exit', () => {
      const missing = path.join(dir, 'no-such-cases.jsonl');
      const run = runScript('src/cli/eval.ts', [missing, '--json'], ENV);
      assert.notEqual(run.status, 0);
      assert.ok(run.stderr.includes(missing), run.stderr);
    });

    it('several files are scored as one set, in the order given; a bad file among them is named', async () => {
      const first = path.join(dir, 'first.jsonl');
      const second = path.join(dir, 'second.jsonl');
      const out = path.join(dir, 'both.jsonl');
      await writeFile(first, CASES.slice(0, 2).map((c) => JSON.stringify(c)).join('\n'));
      await writeFile(second, CASES.slice(2).map((c) => JSON.stringify(c)).join('\n'));
      const run = runScript('src/cli/eval.ts', [first, second, '--json', '--out', out], ENV);
      assert.equal(run.status, 0, run.stderr);
      assert.equal((JSON.parse(run.stdout.trimEnd().split('\n').at(-1) as string) as { cases: number }).cases, CASES.length);
      const lines = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
      assert.deepEqual(lines, CASES.map((c) => c.text));

      const broken = path.join(dir, 'broken.jsonl');
      await writeFile(broken, '{"text": 1}\n');
      const bad = runScript('src/cli/eval.ts', [first, broken, '--json'], ENV);
      assert.notEqual(bad.status, 0);
      assert.ok(bad.stderr.includes(`${broken}:1`), bad.stderr);
    });

    it('--summary-only prints the figures but no case text (for held-out sets in CI logs)', async () => {
      const file = path.join(dir, 'held-out.jsonl');
      const miss = { text: 'a held-out phrasing nobody should read', audience: 'public', expect: 'helpline' };
      await writeFile(file, [miss, ...CASES].map((c) => JSON.stringify(c)).join('\n'));
      const shown = runScript('src/cli/eval.ts', [file, '--json'], ENV);
      assert.ok(shown.stdout.includes(miss.text), 'without the flag its miss is printed');
      const quiet = runScript('src/cli/eval.ts', [file, '--json', '--summary-only'], ENV);
      assert.equal(quiet.status, 0, quiet.stderr);
      assert.ok(!quiet.stdout.includes(miss.text) && !quiet.stderr.includes(miss.text), quiet.stdout);
      assert.equal((JSON.parse(quiet.stdout.trimEnd().split('\n').at(-1) as string) as { cases: number }).cases, CASES.length + 1);
    });

    it('a file named after --summary-only or --json is scored, not taken as the flag\'s value', async () => {
      const first = path.join(dir, 'flag-first.jsonl');
      const second = path.join(dir, 'flag-second.jsonl');
      await writeFile(first, CASES.slice(0, 2).map((c) => JSON.stringify(c)).join('\n'));
      await writeFile(second, CASES.slice(2).map((c) => JSON.stringify(c)).join('\n'));
      const run = runScript('src/cli/eval.ts', ['--summary-only', first, '--json', second], ENV);
      assert.equal(run.status, 0, run.stderr);
      assert.equal((JSON.parse(run.stdout.trimEnd().split('\n').at(-1) as string) as { cases: number }).cases, CASES.length);
    });

    it('a malformed line is an error naming the file and the line number, with a non-zero exit', async () => {
      const file = path.join(dir, 'malformed.jsonl');
      await writeFile(file, [JSON.stringify(CASES[0]), JSON.stringify(CASES[1]), '{"text": "unfinished', JSON.stringify(CASES[2])].join('\n'));
      const run = runScript('src/cli/eval.ts', [file], ENV);
      assert.notEqual(run.status, 0);
      assert.ok(run.stderr.includes(`${file}:3`), run.stderr);
    });
  });

  describe('npm run ask', () => {
    it('prints the decision and the answer as the bot gives it', () => {
      const run = runScript('src/cli/ask.ts', ["what's the helpline number?"], ENV);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /decision: answer helpline/);
      assert.ok(run.stdout.includes(HELPLINE), run.stdout);
    });

    it('shows a second question asked in the same message, as the bot offers it', () => {
      const run = runScript('src/cli/ask.ts', ['when did it happen and did they pay a ransom'], ENV);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /decision: answer ransom .*, also asked timeline/);
      assert.match(run.stdout, /You also asked about something else/);
    });

    it('--audience staff answers staff topics', () => {
      const run = runScript('src/cli/ask.ts', ['What to tell patients who ask', '--audience', 'staff'], ENV);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /decision: answer staff-patient-enquiries/);
    });
  });
});
