import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { crisisAnswered as crisisAnsweredBy, wholePathUnderstanding } from '../support/wholePath';
import { readSafetyTable, type SafetyCase } from './safetyTable';

// The safety tables test the wording check alone; but after it the recogniser may itself answer with the
// crisis topic. 34 of their ordinary messages passed the check and still got the crisis answer that way
// ("i want to die of embarrassment", "I want to end this conversation", "the news reported somebody
// threatening to kill himself on the bridge"). Here every case of every table goes through the whole
// understanding path: no ordinary message gets the crisis answer, and every risk still does.

const FIXTURES = path.join(__dirname, '../fixtures');
const jsonTables = readdirSync(FIXTURES).filter((f) => /^safety-.*\.jsonl$/.test(f)).sort();

/**
 * The tables written inline in the safety tests, read from their source so that this test stays in step:
 * `assert.equal(checkSafety(X).risk, true|false)` where X is a string, or `text` of a `for (const text of …)`
 * over an array (written there or named), and the arrays a test names for its look-alikes and risks.
 */
function inlineCases(file: string, named: Readonly<Record<string, boolean>> = {}): SafetyCase[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(__dirname, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const arrays = new Map<string, ts.ArrayLiteralExpression>();
  const strings = (array: ts.ArrayLiteralExpression): string[] => array.elements.filter(ts.isStringLiteralLike).map((e) => e.text);
  const cases: SafetyCase[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isArrayLiteralExpression(node.initializer))
      arrays.set(node.name.text, node.initializer);
    if (ts.isCallExpression(node) && node.expression.getText() === 'assert.equal' && node.arguments.length >= 2) {
      const [actual, expected] = node.arguments;
      const crisis = expected?.kind === ts.SyntaxKind.TrueKeyword ? true : expected?.kind === ts.SyntaxKind.FalseKeyword ? false : undefined;
      const call = actual && ts.isPropertyAccessExpression(actual) && actual.name.text === 'risk' ? actual.expression : undefined;
      const arg = call && ts.isCallExpression(call) && call.expression.getText() === 'checkSafety' ? call.arguments[0] : undefined;
      if (crisis !== undefined && arg && ts.isStringLiteralLike(arg)) cases.push({ text: arg.text, crisis });
      if (crisis !== undefined && arg && ts.isIdentifier(arg)) {
        let loop: ts.Node | undefined = node.parent;
        while (loop && !ts.isForOfStatement(loop)) loop = loop.parent;
        const over = loop && ts.isForOfStatement(loop) ? loop.expression : undefined;
        const array = over && ts.isArrayLiteralExpression(over) ? over : over && ts.isIdentifier(over) ? arrays.get(over.text) : undefined;
        if (array) cases.push(...strings(array).map((text) => ({ text, crisis })));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const [name, crisis] of Object.entries(named)) {
    const array = arrays.get(name);
    if (!array) throw new Error(`${file} no longer has the array ${name}`);
    cases.push(...strings(array).map((text) => ({ text, crisis })));
  }
  return cases;
}

interface Table {
  readonly name: string;
  readonly cases: readonly SafetyCase[];
  /** Fewest cases the table's reading must find of each kind: a table read as empty would prove nothing. */
  readonly least: { readonly risk: number; readonly ordinary: number };
}

const tables: readonly Table[] = [
  ...jsonTables.map((file) => ({ name: file, cases: readSafetyTable(file), least: { risk: 0, ordinary: 40 } })),
  { name: 'safetyCheck.test.ts', cases: inlineCases('safetyCheck.test.ts'), least: { risk: 8, ordinary: 8 } },
  { name: 'safetyDangerAtHome.test.ts', cases: inlineCases('safetyDangerAtHome.test.ts'), least: { risk: 15, ordinary: 14 } },
  { name: 'safetyLookalikes6.test.ts', cases: inlineCases('safetyLookalikes6.test.ts', { lookAlikes: false, risks: true }), least: { risk: 43, ordinary: 38 } },
  { name: 'safetyMisses7.test.ts', cases: inlineCases('safetyMisses7.test.ts', { lookAlikes: false, risks: true }), least: { risk: 8, ordinary: 7 } },
];

/** The dev sets' messages labelled crisis alone ("samaritans" may as well get emotional support): each must get the crisis answer. */
const devCrisis: readonly string[] = readdirSync(path.join(FIXTURES, 'eval'))
  .filter((f) => /^dev\d*\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(path.join(FIXTURES, 'eval', f), 'utf8').split('\n').filter((l) => l.trim() !== ''))
  .map((l) => JSON.parse(l) as { text: string; expect: string | string[] })
  .filter((c) => [c.expect].flat().every((topic) => topic === 'crisis'))
  .map((c) => c.text);

describe('safety tables through the whole understanding path (wording check, then the recogniser)', () => {
  let understanding: MessageUnderstanding;
  before(async () => {
    understanding = await wholePathUnderstanding();
  });
  const crisisAnswered = (text: string): Promise<boolean> => crisisAnsweredBy(understanding, text);

  for (const table of tables) {
    const ordinary = table.cases.filter((c) => !c.crisis).map((c) => c.text);
    const risks = table.cases.filter((c) => c.crisis).map((c) => c.text);

    it(`${table.name}: finds its ${ordinary.length} ordinary and ${risks.length} risk messages`, () => {
      assert.ok(ordinary.length >= table.least.ordinary && risks.length >= table.least.risk, `${ordinary.length} ordinary, ${risks.length} risk`);
    });

    it(`${table.name}: none of its ordinary messages gets the crisis answer`, async () => {
      const offenders: string[] = [];
      for (const text of ordinary) if (await crisisAnswered(text)) offenders.push(text);
      assert.deepEqual(offenders, []);
    });

    if (risks.length > 0)
      it(`${table.name}: every risk message gets the crisis answer`, async () => {
        const missed: string[] = [];
        for (const text of risks) if (!(await crisisAnswered(text))) missed.push(text);
        assert.deepEqual(missed, []);
      });
  }

  it(`the dev sets: each of their ${devCrisis.length} messages labelled crisis gets the crisis answer`, async () => {
    assert.ok(devCrisis.length >= 30);
    const missed: string[] = [];
    for (const text of devCrisis) if (!(await crisisAnswered(text))) missed.push(text);
    assert.deepEqual(missed, []);
  });
});
