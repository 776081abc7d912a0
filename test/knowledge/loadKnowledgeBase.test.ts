import assert from 'node:assert/strict';
import path from 'node:path';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { formatProblem, type KnowledgeProblem } from '../../src/knowledge/knowledgeProblem';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { REQUIRED_TOPIC_IDS } from '../../src/knowledge/requiredTopics';
import { KNOWLEDGE_DIR } from '../support/realKnowledgeBase';
import { runScript } from '../support/runScript';

const BROKEN = path.resolve(__dirname, '../fixtures/knowledge-broken');
/** The fixture's own small topic set; `missing-one` has no file, so it is reported missing. */
const FIXTURE_REQUIRED = ['good-one', 'good-two', 'staff-only', 'missing-one'];

/** One row per broken file: what is wrong, and what its message must name (file, then field or part). */
const EXPECTED: { problem: string; code: KnowledgeProblem['code']; file?: string; names: RegExp }[] = [
  { problem: 'an id that is not kebab-case', code: 'invalid-field', file: 'Bad_Id.md', names: /field "id" must be kebab-case/ },
  { problem: 'a follow-up that is not a topic', code: 'unknown-follow-up', file: 'unknown-follow-up.md', names: /field "followUps" names "no-such-topic"/ },
  { problem: 'a duplicate id', code: 'duplicate-id', file: 'second-good-one.md', names: /field "id" "good-one" is already used by good-one\.md/ },
  { problem: 'the same question under two topics', code: 'duplicate-question', file: 'same-question.md', names: /field "questions" has "what is the GOOD one".*good-one\.md/ },
  { problem: 'a required topic missing', code: 'missing-topic', names: /required topic "missing-one" is missing/ },
  { problem: 'no sources', code: 'invalid-field', file: 'no-sources.md', names: /field "sources"/ },
  { problem: 'a source with neither url nor file', code: 'invalid-field', file: 'source-without-link.md', names: /field "sources\.0" a source needs a url or a file/ },
  { problem: 'a source file that does not exist', code: 'missing-source-file', file: 'missing-source-file.md', names: /field "sources" names file "sources\/not-there\.txt"/ },
  { problem: 'no front matter', code: 'no-front-matter', file: 'no-front-matter.md', names: /front matter/ },
  { problem: 'YAML that does not parse', code: 'bad-yaml', file: 'bad-yaml.md', names: /YAML is not valid: .*line 4/ },
  { problem: 'too few questions', code: 'too-few-questions', file: 'too-few-questions.md', names: /field "questions" has 3 phrasings.* at least 8/ },
  { problem: 'a local-names list that is not a list', code: 'invalid-field', file: 'local-names.yaml', names: /field "places" expected array/ },
  { problem: 'a public topic following up a staff topic', code: 'staff-follow-up-on-public', file: 'public-follows-staff.md', names: /field "followUps" names staff topic "staff-only"/ },
];

describe('knowledge base validation', () => {
  describe('a folder with many broken files reports every problem at once', () => {
    let problems: KnowledgeProblem[];
    before(async () => {
      const result = await loadKnowledgeBase(BROKEN, { requiredIds: FIXTURE_REQUIRED });
      assert.equal(result.ok, false);
      problems = result.ok ? [] : result.problems;
    });

    for (const row of EXPECTED) {
      it(`${row.problem}: ${row.file ?? 'the knowledge base'} and the field are named`, () => {
        const found = problems.filter((p) => p.code === row.code && ('file' in p ? p.file : undefined) === row.file);
        assert.equal(found.length, 1, `expected one ${row.code} for ${row.file}; got:\n${problems.map(formatProblem).join('\n')}`);
        const message = formatProblem(found[0] as KnowledgeProblem);
        if (row.file) assert.ok(message.startsWith(`${row.file}: `), message);
        assert.match(message, row.names);
      });
    }

    it('the well-formed fixture topics have no problems', () => {
      const named = problems.map(formatProblem).filter((m) => /^(good-one|good-two|staff-only)\.md:/.test(m));
      assert.deepEqual(named, []);
    });
  });

  it('with the default required ids, every required topic that is missing is reported', async () => {
    const result = await loadKnowledgeBase(BROKEN);
    assert.equal(result.ok, false);
    const missing = result.ok ? [] : result.problems.flatMap((p) => (p.code === 'missing-topic' ? [p.id] : []));
    assert.deepEqual(missing.sort(), [...REQUIRED_TOPIC_IDS].sort());
  });

  it('a folder that does not exist is one problem naming it', async () => {
    const missing = path.join(BROKEN, 'no-such-folder');
    const result = await loadKnowledgeBase(missing);
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.code), ['unreadable']);
    assert.ok(result.ok || formatProblem(result.problems[0] as KnowledgeProblem).includes(missing));
  });

  it('the real knowledge/ loads clean, with every required topic', async () => {
    const result = await loadKnowledgeBase(KNOWLEDGE_DIR);
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    const ids = new Set(result.knowledgeBase.topics.map((t) => t.id));
    for (const id of REQUIRED_TOPIC_IDS) assert.ok(ids.has(id), `missing ${id}`);
  });

  describe('npm run kb:check (as a process)', () => {
    const kbCheck = (directory: string, ...args: string[]) => runScript('src/cli/kbCheck.ts', [directory, ...args], { StorageKind: 'memory' });

    it('exits 1 and lists every problem of a broken folder, one line each', () => {
      const run = kbCheck(BROKEN);
      assert.equal(run.status, 1, run.stderr);
      for (const row of EXPECTED.filter((r) => r.code !== 'missing-topic')) {
        const line = run.stderr.split('\n').find((l) => l.startsWith(`${row.file}: `) && row.names.test(l));
        assert.ok(line, `${row.problem} is not listed:\n${run.stderr}`);
      }
      assert.match(run.stderr, /required topic "what-happened" is missing/);
    });

    it('exits 0 for the real knowledge base', () => {
      const run = kbCheck(KNOWLEDGE_DIR);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /Knowledge base OK: \d+ topics/);
    });

    it('warns, without failing, about topics not reviewed within --review-days', () => {
      // Every topic was reviewed before today, so with 0 days allowed each one is named.
      const run = kbCheck(KNOWLEDGE_DIR, '--review-days', '0');
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^helpline\.md: warning: field "reviewed" is \d{4}-\d\d-\d\d, \d+ days? ago \(more than 0\)/m);
      const generous = kbCheck(KNOWLEDGE_DIR, '--review-days', '100000');
      assert.doesNotMatch(generous.stderr, /field "reviewed"/);
    });

    it('warns, without failing, when a list beside the topics is missing (a folder copied without local-names.yaml)', async () => {
      const copy = await mkdtemp(path.join(tmpdir(), 'kb-'));
      try {
        await cp(KNOWLEDGE_DIR, copy, { recursive: true });
        await rm(path.join(copy, 'local-names.yaml'));
        const run = kbCheck(copy);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stderr, /^local-names\.yaml: warning: missing or empty, so a local place before "hack"/m);
        assert.doesNotMatch(run.stderr, /synonyms\.yaml|out-of-scope\.yaml/);
        assert.doesNotMatch(kbCheck(KNOWLEDGE_DIR).stderr, /missing or empty/);
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    });

    it('refuses a --review-days that is not a whole number', () => {
      const run = kbCheck(KNOWLEDGE_DIR, '--review-days', 'soon');
      assert.equal(run.status, 1);
      assert.match(run.stderr, /--review-days must be a whole number of days/);
    });
  });
});
