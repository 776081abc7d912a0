/** Contractions, text-speak and Scots forms, expanded before anything else looks at the words. */
const EXPANSIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(can't|cant|cannot|cannae|canny)\b/g, 'can not'],
  [/\b(won't|wont)\b/g, 'will not'],
  [/\b(don't|dont|dinnae|dinna|didnae|didn't|didnt)\b/g, 'do not'],
  [/\b(isn't|isnt|isnae)\b/g, 'is not'],
  [/\b(wasn't|wasnt|wisnae)\b/g, 'was not'],
  [/\b(haven't|havent|hasn't|hasnt|hivnae)\b/g, 'have not'],
  [/\b(aren't|arent)\b/g, 'are not'],
  [/\b(shouldn't|shouldnt|couldn't|couldnt|wouldn't|wouldnt)\b/g, 'would not'],
  [/\b(i'm|im)\b/g, 'i am'],
  [/\b(i've|ive)\b/g, 'i have'],
  [/\b(i'll)\b/g, 'i will'],
  [/\b(i'd)\b/g, 'i would'],
  [/\b(you're|youre)\b/g, 'you are'],
  [/\b(they're|theyre)\b/g, 'they are'],
  [/\b(we're)\b/g, 'we are'],
  [/\b(it's|its)\b/g, 'it is'],
  [/\b(what's|whats|wots|wot's)\b/g, 'what is'],
  [/\b(who's|whos)\b/g, 'who is'],
  [/\b(he's|hes)\b/g, 'he is'],
  [/\b(she's|shes)\b/g, 'she is'],
  [/\b(life's)\b/g, 'life is'],
  [/\b(where's|wheres)\b/g, 'where is'],
  [/\b(how's|hows)\b/g, 'how is'],
  [/\b(that's|thats)\b/g, 'that is'],
  [/\b(there's|theres)\b/g, 'there is'],
  [/\b(let's|lets)\b/g, 'let us'],
  [/\b(gonna)\b/g, 'going to'],
  [/\b(wanna)\b/g, 'want to'],
  [/\b(gotta)\b/g, 'got to'],
  [/\b(tae)\b/g, 'to'],
  [/\b(ma)\b/g, 'my'],
  // Scots and text-speak function words: unknown to the knowledge base, they would read as out of scope.
  [/\b(ah)\b/g, 'i'],
  [/\b(dae)\b/g, 'do'],
  [/\b(wi)\b/g, 'with'],
  [/\b(wis|wiz)\b/g, 'was'],
  [/\b(hiv|hae)\b/g, 'have'],
  [/\b(wid|wud)\b/g, 'would'],
  [/\b(cud)\b/g, 'could'],
  [/\b(shud)\b/g, 'should'],
  [/\b(noo)\b/g, 'now'],
  [/\b(whaur)\b/g, 'where'],
  [/\b(hoo)\b/g, 'how'],
  [/\b(gie)\b/g, 'give'],
  [/\b(sum1)\b/g, 'someone'],
  [/\b(ppl)\b/g, 'people'],
  [/'s\b/g, ''],
];

/**
 * Lower-cases, folds accents and typographic quotes, expands contractions and drops punctuation,
 * so "What's the HELPLINE no.?" and "whats the helpline no" look the same to the ranker.
 */
export function normalizeText(text: string): string {
  let t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\ba\s*and\s*e\b/g, 'ae');
  for (const [pattern, replacement] of EXPANSIONS) t = t.replace(pattern, replacement);
  return t
    .replace(/(\d)\s+(?=\d)/g, '$1')
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])[.@]|[.@](?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
