import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSafety } from '../../src/recognition/safetyCheck';
import type { MessageUnderstanding } from '../../src/recognition/understandMessage';
import { crisisAnswered, wholePathUnderstanding } from '../support/wholePath';

export interface SafetyCase {
  readonly text: string;
  readonly crisis: boolean;
}

/** A JSON Lines table of messages and whether each is a risk to life, from test/fixtures. */
export function readSafetyTable(file: string): SafetyCase[] {
  return readFileSync(path.join(__dirname, '../fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SafetyCase);
}

/**
 * The four checks a table of written cases gets: the wording check alone catches each risk and passes each
 * look-alike, and so does the whole understanding path (a look-alike may not get the recogniser's crisis answer).
 */
export function describeSafetyCases(title: string, risks: readonly string[], lookAlikes: readonly string[]): void {
  describe(title, () => {
    let understanding: MessageUnderstanding;
    before(async () => {
      understanding = await wholePathUnderstanding();
    });

    it('the wording check catches each risk message', () => {
      assert.deepEqual(risks.filter((text) => !checkSafety(text).risk), []);
    });

    it('the wording check reads each look-alike as ordinary', () => {
      assert.deepEqual(lookAlikes.filter((text) => checkSafety(text).risk), []);
    });

    it('each risk message gets the crisis answer through the whole path', async () => {
      const missed: string[] = [];
      for (const text of risks) if (!(await crisisAnswered(understanding, text))) missed.push(text);
      assert.deepEqual(missed, []);
    });

    it('no look-alike gets the crisis answer through the whole path', async () => {
      const offenders: string[] = [];
      for (const text of lookAlikes) if (await crisisAnswered(understanding, text)) offenders.push(text);
      assert.deepEqual(offenders, []);
    });
  });
}
