import { handoffMessages } from '../messages';

export type FirstNameProblem = keyof typeof handoffMessages.firstNameProblem;

export type FirstNameResult = { ok: true; firstName: string } | { ok: false; problem: FirstNameProblem; message: string };

const MAX_LENGTH = 40;
/** "Anne Marie", "Mary Jo Beth": more words than this are a sentence, not a first name. */
const MAX_WORDS = 3;
/** How people introduce a name ("my name is Sam", "it's Sam"): the name is what follows. */
const INTRODUCTION = /^(?:(?:my )?(?:first )?name(?:'s|’s| is)|i am|i'm|i’m|im|it's|it’s|its|it is|this is|call me)(?: |$)/i;

/**
 * A first name for a callback: 1–40 letters (any alphabet), spaces, hyphens and apostrophes, with at
 * least one letter, in at most three words, after any "my name is". Anything else (digits, @, a whole
 * sentence) is refused so nothing else is collected.
 */
export function validateFirstName(input: string): FirstNameResult {
  const typed = input.trim().replace(/\s+/g, ' ');
  const name = typed.replace(INTRODUCTION, '');
  if (name === '') return fail('empty');
  if (!/^[\p{L}\p{M} '’-]+$/u.test(name) || !/\p{L}/u.test(name) || name.split(' ').length > MAX_WORDS) return fail('not-a-name');
  if ([...name].length > MAX_LENGTH) return fail('too-long');
  return { ok: true, firstName: name };
}

function fail(problem: FirstNameProblem): { ok: false; problem: FirstNameProblem; message: string } {
  return { ok: false, problem, message: handoffMessages.firstNameProblem[problem] };
}
