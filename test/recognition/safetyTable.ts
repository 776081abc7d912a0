import { readFileSync } from 'node:fs';
import path from 'node:path';

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
