/** Contractions, text-speak and Scots forms, expanded before anything else looks at the words. */
const EXPANSIONS: Readonly<Record<string, string>> = {
  "can't": 'can not',
  cant: 'can not',
  cannot: 'can not',
  cannae: 'can not',
  canny: 'can not',
  "won't": 'will not',
  wont: 'will not',
  "don't": 'do not',
  dont: 'do not',
  dinnae: 'do not',
  windae: 'window',
  dinna: 'do not',
  didnae: 'do not',
  "didn't": 'do not',
  didnt: 'do not',
  "isn't": 'is not',
  isnt: 'is not',
  isnae: 'is not',
  "wasn't": 'was not',
  wasnt: 'was not',
  wisnae: 'was not',
  "haven't": 'have not',
  havent: 'have not',
  "hasn't": 'have not',
  hasnt: 'have not',
  hivnae: 'have not',
  "aren't": 'are not',
  arent: 'are not',
  "shouldn't": 'would not',
  shouldnt: 'would not',
  "couldn't": 'would not',
  couldnt: 'would not',
  "wouldn't": 'would not',
  wouldnt: 'would not',
  "i'm": 'i am',
  im: 'i am',
  "i've": 'i have',
  ive: 'i have',
  "i'll": 'i will',
  "i'd": 'i would',
  "they'll": 'they will',
  theyll: 'they will',
  "you'll": 'you will',
  youll: 'you will',
  "we'll": 'we will',
  "it'll": 'it will',
  itll: 'it will',
  "he'll": 'he will',
  "she'll": 'she will',
  "that'll": 'that will',
  thatll: 'that will',
  "you're": 'you are',
  youre: 'you are',
  "they're": 'they are',
  theyre: 'they are',
  "we're": 'we are',
  "it's": 'it is',
  its: 'it is',
  "what's": 'what is',
  whats: 'what is',
  wots: 'what is',
  "wot's": 'what is',
  "who's": 'who is',
  whos: 'who is',
  "he's": 'he is',
  hes: 'he is',
  "she's": 'she is',
  shes: 'she is',
  "life's": 'life is',
  "where's": 'where is',
  wheres: 'where is',
  "how's": 'how is',
  hows: 'how is',
  "that's": 'that is',
  thats: 'that is',
  "there's": 'there is',
  theres: 'there is',
  "let's": 'let us',
  lets: 'let us',
  gonna: 'going to',
  gna: 'going to',
  gnna: 'going to',
  cnt: 'can not',
  nemore: 'anymore',
  tk: 'take',
  // Broad Scots and Doric, and the formal "shan't" (dev38): "a'm gyan hame the nicht", "staunin at the edge".
  "a'm": 'i am',
  "a'll": 'i will',
  gyan: 'going',
  staunin: 'standing',
  jist: 'just',
  'ony mair': 'any more',
  ony: 'any',
  hame: 'home',
  swallied: 'swallowed',
  watter: 'water',
  onythin: 'anything',
  doon: 'down',
  "wi'oot": 'without',
  wioot: 'without',
  withoot: 'without',
  'the nicht': 'tonight',
  'the morra': 'tomorrow',
  "shan't": 'shall not',
  shant: 'shall not',
  rn: 'right now',
  idk: 'i do not know',
  bout: 'about',
  sh: 'self harm',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  '2moro': 'tomorrow',
  tmrw: 'tomorrow',
  wnt: 'want',
  wnna: 'want to',
  dnt: 'do not',
  kll: 'kill',
  klling: 'killing',
  kllin: 'killing',
  sucide: 'suicide',
  suicde: 'suicide',
  nvr: 'never',
  wke: 'wake',
  slep: 'sleep',
  urself: 'yourself',
  n: 'and',
  nemor: 'anymore',
  heer: 'here',
  smthin: 'something',
  smthn: 'something',
  sumthin: 'something',
  somethin: 'something',
  wanna: 'want to',
  gotta: 'got to',
  tae: 'to',
  intae: 'into',
  ontae: 'onto',
  aff: 'off',
  ma: 'my',
  ah: 'i',
  dae: 'do',
  wi: 'with',
  wis: 'was',
  wiz: 'was',
  hiv: 'have',
  hae: 'have',
  wid: 'would',
  wud: 'would',
  cud: 'could',
  shud: 'should',
  shd: 'should',
  shld: 'should',
  cld: 'could',
  wld: 'would',
  abt: 'about',
  noo: 'now',
  whaur: 'where',
  hoo: 'how',
  hw: 'how',
  gie: 'give',
  sum1: 'someone',
  ppl: 'people',
  // As voice typing and fast thumbs write them (dev41): run together, or a word heard as others.
  iwant: 'i want',
  todie: 'to die',
  wanttodie: 'want to die',
  'para seat a mall': 'paracetamol',
  'para seat a mol': 'paracetamol',
  'para sea tamol': 'paracetamol',
  'hole bottle': 'whole bottle',
  'hole packet': 'whole packet',
  'hole box': 'whole box',
};
/** Pictures people send for the words the safety check reads. */
const PICTURE_WORDS: Readonly<Record<string, string>> = {
  '\u{1F48A}': 'pills',
  '\u{1F52A}': 'knife',
  '\u{1F377}': 'drink',
  '\u{1F37A}': 'drink',
  '\u{1F943}': 'drink',
  '\u{1F37E}': 'drink',
  '\u{1FAA2}': 'rope',
  '\u{1FAA6}': 'grave',
  '\u26B0': 'coffin',
  '\u{1FA78}': 'blood',
  '\u{1F309}': 'bridge',
  // Laughing faces: "kms 😂" is a joke, as "kms lol" is.
  '\u{1F602}': 'lol',
  '\u{1F923}': 'lol',
};
const PICTURE_WORDS_PATTERN = new RegExp(Object.keys(PICTURE_WORDS).join('|'), 'gu');
/** Letters written as digits inside a word ("s3lf h4rm", "su1c1d3"): a word with a digit between letters, so "a75", "b12" and "covid19" stay. */
const LEET_WORD = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L}\d+\p{L})[\p{L}\p{N}]+/gu;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/** All of them in one alternation (longest first), so a message is scanned once, not once per form. */
const EXPANSION_PATTERN = new RegExp(`\\b(?:${Object.keys(EXPANSIONS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/**
 * Lower-cases, folds accents and typographic quotes, expands contractions and drops punctuation,
 * so "What's the HELPLINE no.?" and "whats the helpline no" look the same to the ranker.
 */
export function normalizeText(text: string): string {
  // A message is normalised by the safety check and again by the recogniser: the last answer is kept.
  if (text === lastText) return lastNormalized;
  lastNormalized = normalizeUncached(text);
  lastText = text;
  return lastNormalized;
}

let lastText: string | undefined;
let lastNormalized = '';

function normalizeUncached(text: string): string {
  // Plain ASCII, most messages, has nothing for NFKD to decompose and no combining marks or curly quotes.
  const folded = ASCII.test(text)
    ? text.toLowerCase().replace(/`/g, "'")
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc`]/g, "'");
  // A letter starred out ("k*lling", "su*cide") is read with the star gone, before the forms below are looked up.
  let t = folded.replace(/(?<=\p{L})\*+(?=\p{L})/gu, '').replace(/&/g, ' and ').replace(/\ba\s*and\s*e\b/g, 'ae');
  t = t.replace(EXPANSION_PATTERN, (form) => EXPANSIONS[form] ?? form).replace(/'s\b/g, '');
  // Text-speak "2" for "to" and "b" for "be" after a verb ("wnt 2 kll myself", not "have 2 kids"), letters held
  // down ("helppppp meeeee", not "www"), and the pictures that stand for words ("💊💊💊🍷 tonight").
  t = t
    .replace(LEET_WORD, (word) => word.replace(/[013457]/g, (d) => LEET[d] ?? d))
    .replace(/\b(want|going|try|trying|able) 2\b/g, '$1 to')
    .replace(/\b(want to|going to|will|would|never|just) b\b/g, '$1 be')
    .replace(/((?!w)\p{L})\1{2,}/gu, '$1')
    .replace(PICTURE_WORDS_PATTERN, (picture) => ` ${PICTURE_WORDS[picture] ?? ''} `);
  return (
    t
      .replace(/(\d)\s+(?=\d)/g, '$1')
      .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
      .replace(/(?<![\p{L}\p{N}])[.@]|[.@](?![\p{L}\p{N}])/gu, ' ')
      // Every other gap is a single space by now: only runs need collapsing.
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

const ASCII = /^[\x00-\x7f]*$/;

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
