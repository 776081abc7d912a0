/**
 * A long message with its question buried in it ("I am writing on behalf of my mother who is
 * housebound. She received the leaflet through the door and is confused. Could you tell me what
 * exactly occurred at NHS Dumfries and Galloway?"): the story around the question reads as out of
 * scope, or spreads the scores too thin to answer. These pick out the clauses that ask something,
 * last first (people end with the question), for the recogniser to read alone.
 */
export function buriedQuestions(text: string): string[] {
  if (text.split(/\s+/).length < MIN_WORDS || !ABOUT_THIS_BOARD.test(text)) return [];
  return text
    .split(CLAUSE)
    .map((c) => c.trim())
    .filter((c) => c.split(/\s+/).length >= 3 && ASKS.test(c))
    .reverse()
    .slice(0, MAX_CLAUSES);
}

/** Shorter messages are read whole well enough; the clause reading is for the rambling ones. */
const MIN_WORDS = 20;
const MAX_CLAUSES = 3;
const CLAUSE = /(?<=[?.!])\s+|,\s*/;
/** A clause that asks: a question mark, or a question word first. */
export const ASKS = /\?|^(?:and |so |but |)(?:what|whats|who|when|where|why|how|is|are|do|does|did|can|could|would|will|should|was|were|have|has|had)\b/i;
/**
 * The story must be about this board or this incident ("the local NHS", "the hackers", "the hospital"):
 * "our housing association wrote saying they had a cyber attack… what happens now" asks about another one.
 */
const ABOUT_THIS_BOARD =
  /\b(?:nhs|health board|hospital|infirmary|dgri|gp|clinic|ward|camhs|a&e|dumfries|galloway)\b|\b(?:the|this|these) (?:\w+ )?(?:hack\w*|breach\w*|leak\w*|cyber\w*|attack)/i;

/**
 * The question a person marks as the one they want answered: "…she was in casualty twice last year. what i
 * really want to know is does she need to do anything with her bank", "…i still dont know the main thing, is my
 * data in there". The story before it is context; the marked question is what to answer first.
 */
export function statedQuestion(text: string): string | undefined {
  const asked = STATED.exec(text)?.[1]?.split(/[?!.]/)[0]?.trim();
  return asked !== undefined && asked.split(/\s+/).length >= 3 ? asked : undefined;
}

const STATED =
  /\b(?:what i (?:really |actually |most |do )?(?:want|need|would like|wanna) to know is|all i (?:really |actually )?(?:want|need|wanna) to know is|i (?:just |really |only |simply )?(?:want|need|wanna) to know|(?:just|only|simply) (?:want|need|wanna) to know|my (?:main |real |only |actual )?question is|(?:do not|dont|don't) (?:yet |even )?know the (?:main|one|only|big|real|actual|most important) thing|the (?:main|big|real|only|actual) question(?: is)?|(?:and |but )?(?:more|most) importantly)\b[:,]?\s*(.+)$/is;
