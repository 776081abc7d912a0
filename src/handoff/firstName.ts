import { handoffMessages } from '../messages';

export type FirstNameProblem = keyof typeof handoffMessages.firstNameProblem;

export type FirstNameResult = { ok: true; firstName: string } | { ok: false; problem: FirstNameProblem; message: string };

const MAX_LENGTH = 40;

/**
 * A first name for a callback: 1–40 letters (any alphabet), spaces, hyphens and apostrophes, with at
 * least one letter. Anything else (digits, @, a whole sentence) is refused so nothing else is collected.
 */
export function validateFirstName(input: string): FirstNameResult {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name === '') return fail('empty');
  if (!/^[\p{L}\p{M} '’-]+$/u.test(name) || !/\p{L}/u.test(name)) return fail('not-a-name');
  if ([...name].length > MAX_LENGTH) return fail('too-long');
  return { ok: true, firstName: name };
}

function fail(problem: FirstNameProblem): { ok: false; problem: FirstNameProblem; message: string } {
  return { ok: false, problem, message: handoffMessages.firstNameProblem[problem] };
}
