import { THOUGHTS_AND_WISHES } from './risk/thoughtsAndWishes';
import { FAREWELLS_AND_METHODS } from './risk/farewellsAndMethods';
import { SELF_HARM_AND_OVERDOSE } from './risk/selfHarmAndOverdose';
import { DANGER_NOW } from './risk/dangerNow';
import { SAID_PLAINLY } from './risk/saidPlainly';
import { DANGER_FROM_A_PERSON } from './risk/dangerFromAPerson';
import { PERSON_NEARBY } from './risk/personNearby';
import { ENDS_SAID_INDIRECTLY } from './risk/endsSaidIndirectly';
import { METHOD_IN_MIND } from './risk/methodInMind';
import { ASKED_AS_A_QUESTION } from './risk/askedAsAQuestion';
import { CODED_DANGER } from './risk/codedDanger';
import { OTHERS_AT_RISK } from './risk/othersAtRisk';
import { THREATS_AFTER_THE_LEAK } from './risk/threatsAfterTheLeak';
import { ENDS_IN_PRACTICAL_QUESTIONS } from './risk/endsInPracticalQuestions';
import { SLANG_AND_ALGOSPEAK } from './risk/slangAndAlgospeak';
import { DIALECT_AND_OTHER_TONGUES } from './risk/dialectAndOtherTongues';
import { ACTIONS_AND_ANGER } from './risk/actionsAndAnger';
import { FRAMED_AS_SOMEONE_ELSE } from './risk/framedAsSomeoneElse';
import { LIFE_CIRCUMSTANCES } from './risk/lifeCircumstances';
import { IMAGERY_AND_ARRANGEMENTS } from './risk/imageryAndArrangements';

/**
 * The safety check's wording: risk-to-life patterns over normalised text (apostrophes expanded,
 * "can't" read as "can not"), one file a concern under `risk/`, with the words they share (what marks
 * risk wording as a report, a habit or an idiom) in `risk/riskWording.ts`. Kept apart from the check
 * itself (safetyCheck.ts), which decides what a match means.
 */

export interface RiskPattern {
  readonly reason: string;
  readonly pattern: RegExp;
  /** Speaks of the writer themself; such wording stands even in a "what does X mean" message. */
  readonly personal: boolean;
  /**
   * False for broad wording ("any point in being here"): negated, it is not a risk, but nor does it
   * tell the recogniser "no risk here" (a disclaimer turns a recognised crisis into emotional support).
   */
  readonly disclaims?: boolean;
  /**
   * Wording that must also be somewhere in the message for a match to count, tested once per message: a
   * lookahead over the rest of the message from every match costs a scan each (quadratic on long messages).
   */
  readonly inMessage?: RegExp;
  /** Wording that must not be in the message for a match to count ("…to collect the kids"), tested once per message. */
  readonly notInMessage?: RegExp;
  /**
   * False where a negation before the match is about something else: in "cant go home hes waiting for me"
   * the "not" is the writer's, not the danger's (the pattern itself rules out "he is not outside").
   */
  readonly negatable?: boolean;
}

// Patterns run on normalised text: lower case, no punctuation, "don't" → "do not". Kept in the order they
// were written: when a message matches several, the first names the risk's reason.
export const RISK_PATTERNS: readonly RiskPattern[] = [
  ...THOUGHTS_AND_WISHES,
  ...FAREWELLS_AND_METHODS,
  ...SELF_HARM_AND_OVERDOSE,
  ...DANGER_NOW,
  ...SAID_PLAINLY,
  ...DANGER_FROM_A_PERSON,
  ...PERSON_NEARBY,
  ...ENDS_SAID_INDIRECTLY,
  ...METHOD_IN_MIND,
  ...ASKED_AS_A_QUESTION,
  ...CODED_DANGER,
  ...OTHERS_AT_RISK,
  ...THREATS_AFTER_THE_LEAK,
  ...ENDS_IN_PRACTICAL_QUESTIONS,
  ...SLANG_AND_ALGOSPEAK,
  ...DIALECT_AND_OTHER_TONGUES,
  ...ACTIONS_AND_ANGER,
  ...FRAMED_AS_SOMEONE_ELSE,
  ...LIFE_CIRCUMSTANCES,
  ...IMAGERY_AND_ARRANGEMENTS,
];
