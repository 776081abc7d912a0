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
const ASKS = /\?|^(?:and |so |but |)(?:what|whats|who|when|where|why|how|is|are|do|does|did|can|could|would|will|should|was|were|have|has|had)\b/i;
/**
 * The story must be about this board or this incident ("the local NHS", "the hackers", "the hospital"):
 * "our housing association wrote saying they had a cyber attack… what happens now" asks about another one.
 */
const ABOUT_THIS_BOARD =
  /\b(?:nhs|health board|hospital|infirmary|dgri|gp|clinic|ward|camhs|a&e|dumfries|galloway)\b|\b(?:the|this|these) (?:\w+ )?(?:hack\w*|breach\w*|leak\w*|cyber\w*|attack)/i;
