import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** Each test file the hazard log names, with the test titles it quotes after it in brackets. */
function citedTests(): { file: string; quoted: string[] }[] {
  const log = oneLine(readFileSync(path.join(ROOT, 'docs/clinical-safety.md'), 'utf8'));
  return [...log.matchAll(/`(test\/[^`]+\.ts)`(?: \(((?:[^()]|\([^()]*\))*)\))?/g)].map((m) => ({
    file: m[1] as string,
    quoted: [...(m[2] ?? '').matchAll(/"([^"]+)"/g)].map((q) => q[1] as string),
  }));
}

/** Every file under test/, as one line each: the tables and fixtures the cited tests read. */
function testTree(): string[] {
  return readdirSync(path.join(ROOT, 'test'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => oneLine(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')));
}

/** The titles of each test file's tests, as one line each: a title quoted under another file is a test that moved. */
function testTitles(): { file: string; titles: string }[] {
  return readdirSync(path.join(ROOT, 'test'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => {
      const source = oneLine(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
      const titles = [...source.matchAll(/\bit\((['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]).join('\n');
      return { file: path.relative(ROOT, path.join(entry.parentPath, entry.name)), titles };
    });
}

/** A quoted title, with "…" for words left out, found in the file in that order. */
function quotes(source: string, quoted: string): boolean {
  let from = 0;
  for (const part of quoted.split('…').map((p) => p.trim()).filter(Boolean)) {
    const at = source.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

describe('the clinical safety record (docs/clinical-safety.md)', () => {
  it('names only tests that exist, and quotes their titles (or the messages they read) as written: a control is proved by a test someone can run', () => {
    const cited = citedTests();
    assert.ok(cited.length > 30, `only ${cited.length} test references found: the log's format changed`);
    const problems: string[] = [];
    const tree = testTree();
    const titles = testTitles();
    for (const { file, quoted } of cited) {
      const full = path.join(ROOT, file);
      if (!existsSync(full)) {
        problems.push(`${file}: no such file`);
        continue;
      }
      const source = oneLine(readFileSync(full, 'utf8'));
      // A quote is a test's title, or a message from the tables and fixtures the test reads.
      for (const title of quoted) {
        if (quotes(source, title)) continue;
        const elsewhere = titles.find((other) => other.file !== file && quotes(other.titles, title));
        if (elsewhere !== undefined) problems.push(`${file}: "${title}" is a test in ${elsewhere.file}`);
        else if (!tree.some((other) => quotes(other, title))) problems.push(`${file}: no test or message "${title}"`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
