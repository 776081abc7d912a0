import { stem } from './stemmer';
import { isContentWord } from './textAnalyzer';

/** Stems (after synonym folding) that name an incident, a leak or a helpline: "breach", "hack", "leak", "helpline". */
const INCIDENT_NOUNS = new Set(['attack', 'publish', 'helplin']);
/** Words that may stand between a name and the noun: "the easyjet data breach". */
const IN_BETWEEN = new Set(['data']);
/**
 * Everyday words people put in front of "breach" or "hack" that the questions may never use: they
 * describe this incident, they do not name another one ("the recent hack", "this nasty breach").
 */
const DESCRIBING = new Set(
  [
    'recent', 'latest', 'last', 'new', 'current', 'ongoing', 'previous', 'same', 'whole', 'entire', 'full', 'first',
    'big', 'bigger', 'biggest', 'huge', 'massive', 'major', 'large', 'serious', 'small', 'wee', 'little', 'minor', 'mega',
    'bad', 'worst', 'scary', 'nasty', 'awful', 'terrible', 'horrible', 'horrendous', 'dreadful', 'shocking', 'appalling',
    'disgraceful', 'disgusting', 'sad', 'unfortunate', 'crazy', 'mad', 'insane', 'ridiculous', 'unbelievable', 'stupid',
    'bloody', 'flipping', 'pure', 'so-called', 'alleged', 'reported', 'suspected', 'supposed', 'real', 'actual', 'famous',
    'infamous', 'notorious', 'local', 'national', 'public', 'private', 'sensitive', 'personal', 'medical', 'criminal',
    'foreign', 'international', 'global', 'widespread', 'unprecedented', 'online', 'digital', 'computer', 'security', 'system',
    'systems', 'network', 'email', 'ransomware', 'health', 'hospital', 'patient', 'patients', 'staff', 'nhs', 'board', 'this', 'that',
    'worrying', 'frightening', 'upsetting', 'embarrassing', 'sneaky', 'daft', 'cheeky', 'sodding', 'fecking', 'feckin', 'effing',
  ].map(stem),
);

/**
 * Whether the message puts a name no topic has ever used right in front of an incident noun:
 * "the ticketmaster breach", "linkedin leak", "gambling helpline". That is someone else's incident
 * or service, not this one, however much the rest of the message sounds like ours ("am i affected").
 * Words with digits ("the 2024 hack") are not names; nor are local places (`knowledge/local-names.yaml`:
 * "the stranraer hospital hack" is this incident).
 */
export function namesAnotherIncident(
  words: readonly string[],
  isTopicWord: (word: string) => boolean,
  isLocalName: (word: string) => boolean = () => false,
): boolean {
  const isOtherName = (name: string) => name.length > 1 && isContentWord(name) && !DESCRIBING.has(name) && !/\d/.test(name) && !isTopicWord(name) && !isLocalName(name);
  // `words` keeps function words ("the breach"): those are never names.
  for (let i = 1; i < words.length; i++) {
    if (!INCIDENT_NOUNS.has(words[i] as string)) continue;
    let j = i - 1;
    while (j > 0 && IN_BETWEEN.has(words[j] as string)) j--;
    // "post" and "uploaded" fold into "publish": "a facebook post about the hack" is where this leak is
    // shared, not another incident; "the linkedin leak" with no other incident noun after it is one.
    const platformPost = words[i] !== 'attack' && words.slice(i + 1).some((w) => INCIDENT_NOUNS.has(w));
    if (PLATFORMS.has(words[j] as string) ? !platformPost : isOtherName(words[j] as string) || joinedName(words, j)) return true;
    // "my daughter's snapchat was hacked", "the nursery app got hacked": someone else's account or system.
    if (words[i] === 'attack' && hackedAccount(words, i, isOtherName, isLocalName)) return true;
    if (words[i] !== 'helplin' && breachOwnedElsewhere(words, i, isLocalName, isOtherName)) return true;
    // "the hack at ticketmaster", "the breach in england": the name may follow the noun (a platform there
    // is where the leak is shared: "the leak in my whatsapp groups").
    if (!AFTER_NOUN.has(words[i + 1] ?? '')) continue;
    let k = i + 2;
    while (k < words.length && (OWNERS.has(words[k] as string) || DESCRIBING.has(words[k] as string))) k++;
    if (k < words.length && isOtherName(words[k] as string)) return true;
  }
  return false;
}

const AFTER_NOUN = new Set(['at', 'in', 'from', 'of']);
/** "was hacked", "got hacked", "has been hacked" (stems as the analyser gives them). */
const PASSIVE = new Set(['was', 'were', 'got', 'get', 'is', 'are', 'been', 'be', 'ha', 'has', 'have', 'had', 'getting']);
/** What a person's own account is called: "my snapchat account", "their app". */
const ACCOUNT = new Set(['account', 'app', 'site', 'websit', 'page', 'profil']);

/**
 * "<name> was hacked": a platform or an unknown name, with an account word maybe between, right before a
 * passive "hacked". Only with no pointer at this incident in the message ("my email got hacked after the
 * leak" may be ours); the noun form ("the snapchat hack") needs no such care.
 */
function hackedAccount(words: readonly string[], i: number, isOtherName: (w: string) => boolean, isLocalName: (w: string) => boolean): boolean {
  let j = i - 1;
  if (!PASSIVE.has(words[j] ?? '')) return false;
  while (j > 0 && PASSIVE.has(words[j] as string)) j--;
  if (j > 0 && ACCOUNT.has(words[j] as string)) j--;
  const name = words[j] as string;
  if (!PLATFORMS.has(name) && !isOtherName(name)) return false;
  return !pointsAtThisIncident(words, isLocalName);
}

/** "had a breach", "suffered a breach" (the analyser gives "suffered" as "offer"). */
const HAD = new Set(['had', 'ha', 'have', 'offer', 'suffer']);
/** Verbs by which someone tells a person about their own breach: "the council says", "my bank emailed". */
const TOLD = new Set(['say', 'said', 'told', 'tell', 'email', 'wrote', 'write', 'sent', 'send', 'text', 'messag', 'letter', 'contact']);
/** "their breach" ("there" as people often spell it). */
const THEIR = new Set(['their', 'there', 'it', 'its'].flatMap((w) => [w, stem(w)]));
/** Words between an owner and "had": "the nhs here had a breach", "my bank also had one". */
const ADVERBS = new Set(['here', 'there', 'now', 'also', 'too', 'already', 'just', 'recently', 'really', 'apparently', 'obviously', 'actually', 'definitely', 'clearly', 'ever', 'never']);
/** People, not organisations: "my mum had a breach" is about her account, and may be ours. */
const PEOPLE = new Set(
  ['mum', 'mam', 'dad', 'son', 'daughter', 'wife', 'husband', 'partner', 'friend', 'pal', 'neighbour', 'sister', 'brother', 'gran', 'granny', 'grandad', 'colleague', 'boss', 'doctor', 'nurse', 'consultant', 'receptionist', 'midwife', 'dentist'].map(stem),
);

/**
 * A breach the message gives to an organisation other than the board: "my bank had a data breach",
 * "the council says my details were in their data breach", "compensation from talktalk for their old
 * breach". Only with no pointer at this incident ("my bank had a breach after the nhs hack" may be ours).
 */
function breachOwnedElsewhere(words: readonly string[], i: number, isLocalName: (w: string) => boolean, isOtherName: (w: string) => boolean): boolean {
  let j = i - 1;
  while (j > 0 && (IN_BETWEEN.has(words[j] as string) || DESCRIBING.has(words[j] as string) || words[j] === 'old')) j--;
  const isOwner = (w: string | undefined) =>
    w !== undefined && w.length > 1 && isContentWord(w) && !/\d/.test(w) && !OURS.has(w) && !PEOPLE.has(w) && !isLocalName(w) && !TOLD.has(w) && !HAD.has(w);
  const article = words[j] === 'a' || words[j] === 'an';
  const toldBy = (k: number) => (TOLD.has(words[k] as string) && isOwner(words[k - 1])) || (words[k - 1] === 'from' && isOwner(words[k]));
  let owned = false;
  if (article && HAD.has(words[j - 1] ?? '')) {
    let k = j - 2;
    while (k > 0 && ADVERBS.has(words[k] as string)) k--;
    owned = isOwner(words[k]);
  }
  // "their old breach", or the breach "at their end", with the one telling named before it.
  if (THEIR.has(words[j] as string) || (AFTER_NOUN.has(words[i + 1] ?? '') && THEIR.has(words[i + 2] ?? '')))
    for (let k = 1; k < j && !owned; k++) owned = toldBy(k);
  // "my bank says theres been a data breach": the one telling, then "there's been a breach".
  if (article && thereWasOne(words, j)) for (let k = 1; k < j && !owned; k++) owned = toldBy(k);
  // "an email from ee saying my account was in a data breach": a firm no question names tells of one.
  if (article) for (let k = 1; k < j && !owned; k++) owned = words[k - 1] === 'from' && isOtherName(words[k] as string) && TOLD.has(words[k + 1] ?? '');
  return owned && !pointsAtThisIncident(words, isLocalName);
}

/** "there" as people spell it, as the analyser gives it. */
const THERE = new Set(['there', 'ther', 'theres', 'thers'].flatMap((w) => [w, stem(w)]));
/** "there's been a …", "there has been a …", "there was a …", ending just before the article at `j`. */
function thereWasOne(words: readonly string[], j: number): boolean {
  if (words[j - 1] === 'been') return (words[j - 2] === 'is' || HAD.has(words[j - 2] ?? '')) && THERE.has(words[j - 3] ?? '');
  return (words[j - 1] === 'was' || words[j - 1] === 'wa') && THERE.has(words[j - 2] ?? '');
}

/**
 * Names the analyser splits: "M&S" and "P&O" as single letters either side of "and", "co-op" as "co op".
 * ("A&E" is folded into "emergency department" before this is read.)
 */
function joinedName(words: readonly string[], j: number): boolean {
  const [a, and, b] = [words[j - 2] ?? '', words[j - 1] ?? '', words[j] as string];
  if (and === 'and' && a.length === 1 && b.length === 1 && /[a-z]/.test(a + b)) return true;
  return and === 'co' && b === 'op';
}
/**
 * Platforms and firms the knowledge base's questions name as places ("can i share it on facebook"), which
 * would otherwise count as words of this incident: "the facebook hack" is still someone else's.
 */
const PLATFORMS = new Set(
  [
    'facebook', 'whatsapp', 'instagram', 'twitter', 'tiktok', 'snapchat', 'youtube', 'linkedin', 'google', 'gmail', 'hotmail',
    'outlook', 'yahoo', 'microsoft', 'apple', 'icloud', 'amazon', 'paypal', 'ebay', 'netflix', 'telegram', 'reddit',
  ].map(stem),
);
/** Words between such a preposition and a name that are never the name: "the breach at the council". */
const OWNERS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'yor', 'their', 'his', 'her']);

// Not "that": "the folk that hacked the ferry company" is a relative clause, not a pointer.
const POINTING = new Set(['the', 'this', 'these']);
/** Incident nouns once folded, and "cyber" on its own ("the cyber thing at the infirmary"). */
const OUR_INCIDENT_NOUNS = new Set([...INCIDENT_NOUNS, 'cyber'].filter((w) => w !== 'helplin'));

/**
 * Whether the message points at an incident both people already know of: "the hack", "this leak",
 * "the recent cyber attack". Someone writing to the health board's bot about "the breach" means
 * this one; "my gmail got hacked" or "the ticketmaster breach" do not point (see namesAnotherIncident).
 */
export function pointsAtThisIncident(words: readonly string[], isLocalName: (word: string) => boolean = () => false): boolean {
  for (let i = 1; i < words.length; i++) {
    if (!OUR_INCIDENT_NOUNS.has(words[i] as string)) continue;
    let j = i - 1;
    // "the stranraer hospital hack": places here describe this incident as the describing words do.
    while (j > 0 && (IN_BETWEEN.has(words[j] as string) || DESCRIBING.has(words[j] as string) || OUR_INCIDENT_NOUNS.has(words[j] as string) || isLocalName(words[j] as string)) && !POINTING.has(words[j] as string)) j--;
    if (POINTING.has(words[j] as string)) return true;
    // "dgri got hacked", "the infirmary was hacked", "my records were hacked": the board's own places and records.
    if (words[i] !== 'attack' || !PASSIVE.has(words[i - 1] as string)) continue;
    let k = i - 1;
    while (k > 0 && PASSIVE.has(words[k] as string)) k--;
    if (OURS.has(words[k] as string) || isLocalName(words[k] as string)) return true;
  }
  return false;
}

/** The board, its places and what it holds, as the analyser gives them. */
const OURS = new Set(['nhs', 'hospital', 'infirmary', 'dgri', 'board', 'gp', 'surgery', 'ward', 'records', 'notes', 'files', 'data', 'system', 'computer'].map(stem));
