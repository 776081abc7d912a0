import { ASKS } from './buriedQuestion';
import type { Recognition } from './recognizer';
import { HELPLINE_RULED_OUT } from './ourHelpline';
import { withOutOfScopeAtLeast } from './topicFirst';

/** Organisations a person deals with, named in general ("a bank", "another website"). */
const ORGANISATION =
  '(?:company|companies|firm|firms|business|businesses|bank|banks|shop|shops|store|stores|retailer|retailers|website|websites|site|sites|app|apps|organisation|organisations|organization|organizations|insurer|insurers|landlord|gym|airline)';
/** Platforms named without an article ("what google knows about me"). */
const PLATFORM = '(?:facebook|google|instagram|tiktok|amazon|meta|apple|microsoft|twitter|snapchat)';
/** What such an organisation does with someone's data: leaks it, is hacked, keeps it, will not delete it. */
const HANDLES_DATA =
  '(?:leaks?|leaked|leaking|loses?|lost|(?:has |had )(?:a )?(?:data )?breach|breached|(?:is|was|gets?|got|has been|have been) (?:hacked|breached)|sold|sells?|selling|shares?|shared|sharing|misus\\w*|(?:wont|will not|refuses? to|refused to|wouldnt|didnt|did not|hasnt|has not) (?:delete|remove|erase|give|send|stop)|holds?|has on (?:me|you)|knows? about (?:me|you)|keeps? (?:my|your|our) (?:data|details|info\\w*))\\b';

/**
 * A message that borrows a topic's words for another matter: "are the police investigating" a burglary,
 * "more information about the blue badge scheme", "who is responsible for gritting the road", "is my street
 * affected by the power cut". The recogniser hears the topic's words and answers about the attack; with
 * nothing of the attack or of anyone's data in the message (`unless`, by default), it is declined and the
 * fallback points elsewhere.
 *
 * `onlyQuestion`: read the one clause that asks, when the clauses before it only tell ("after reading about the
 * nhs hack im curious, how do hackers guess passwords so fast"); `unless` is then read in that clause alone.
 * `ruledOut`: words naming this bot's matter only to set it aside ("not the cyber helpline, the direct line for
 * ward 7"), taken out before `unless` is read.
 */
const READINGS: readonly { readonly takenFor: ReadonlySet<string>; readonly other: RegExp; readonly unless?: RegExp; readonly onlyQuestion?: boolean; readonly ruledOut?: RegExp }[] = [
  { takenFor: new Set(['police-investigation']), other: /\b(?:broken into|broke into|break-?ins?|burglar\w*|burgled|robbed|robbery|mugged|muggings?|(?:car|bike|van|purse|wallet|handbag|phone) (?:was |got |been )?(?:stolen|nicked|broken into)|stolen (?:car|bike|van|purse|wallet|handbag|phone)|crash\w*|collisions?|(?:car|road|traffic) accidents?|(?:a|the) fire|fire (?:at|in)|arson|vandal\w*|graffiti|assault\w*|stabb\w*|murder\w*|missing (?:person|man|woman|boy|girl|teenager|child)|shoplift\w*|drink ?driv\w*|speeding|noise|neighbou?rs?|smashed|damaged)\b/ },
  { takenFor: new Set(['more-information']), other: /\b(?:info(?:rmation)?|updates?|website|web ?site|news|leaflets?|details|latest) (?:about|on|for|regarding) (?!(?:the |any |more |further )?(?:it|this|that|all this|what|how|when|who|where|why|nhs|health board|board|nhs d|situation|incident|investigation|latest|progress|more|updates?|news|info|information|everything|things|anything|whats|me|us|people|patients|staff|everyone)\b)\w+/ },
  { takenFor: new Set(['do-not-search-data']), other: /\b(?:search(?:ing)? (?:the (?:web|internet) )?for|google|look up|download(?:ing)?) (?:a |an |the |some )?(?!(?:my|me|myself|names?|it|them|their|this|that|what)\b)\w+/ },
  { takenFor: new Set(['who-is-responsible']), other: /\bwho(?:s| is| are|'s)? (?:responsible|in charge|to blame) (?:for|of) (?!(?:it|this|that|all this|the (?:attack|hack|leak|breach|incident))\b)\w+/ },
  { takenFor: new Set(['am-i-affected', 'care-impact', 'timeline']), other: /\b(?:power cuts?|strikes?|flood\w*|snow\w*|storms?|roadworks|road works|weather|icy|gritting|heatwave|train|trains|buses)\b/ },
  // A service's usual days and hours ("is the podiatry clinic still operating on wednesdays"), not disruption.
  // "advise me of the opening hours of the outpatient reception at Mountainhall" (dev37) read as what to do.
  { takenFor: new Set(['care-impact', 'what-to-do']), other: /\b(?:on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)|at (?:the )?weekends?|opening (?:hours|times)|what time does)\b/ },
  // A job title alone ("nurse", "porter"): the synonyms read it as staff, but it asks nothing.
  { takenFor: new Set(['data-published', 'staff-data']), other: /^\W*(?:an? |the )?(?:nurse|porter|midwife|receptionist|hca|physio|physiotherapist|doctor|consultant|cleaner|carer|paramedic|pharmacist|surgeon|health visitor|social worker)s?\W*$/ },
  // A test or its results alone ("blood test", "lab results"): the synonyms read it as the published
  // biochemistry data, but alone it asks for the test, as "test results" and "x-ray results" do.
  { takenFor: new Set(['data-published']), other: /^\W*(?:my |a |the )?(?:blood ?tests?|blood results|lab results|bloods|biochemistry results)\W*$/ },
  // Everyday IT trouble ("turas login not working"), for the service desk, with nothing suspicious named
  // (a fake page, a message asking for it, the attack): not how to report a suspicious message.
  {
    takenFor: new Set(['staff-report-suspicious', 'report-scam', 'scam-contact']),
    other: /\b(?:login|log in|logon|password|account|email|app|computer|pc|laptop|printer|teams|outlook|wifi|system)\b(?: (?:is|keeps|still))? (?:not working|wont work|isnt working|doesnt work|not loading|wont load|keeps crashing|crashing|keeps failing|broken|down)\b/,
    unless: /\b(?:fake|dodgy|weird|strange|suspicious|scam\w*|phish\w*|pretend\w*|claim\w*|asking|asked|typed|entered|clicked|links?|verify|hack\w*|attack|cyber|since|changed|new)\b/,
  },
  // How records are shared or kept in ordinary times ("how do i opt out of data sharing", "who owns my medical
  // records", "can i get my records deleted"): the data opt-out and records policy, not the leak.
  {
    takenFor: new Set(['do-not-search-data', 'data-published', 'who-is-responsible']),
    other: /\b(?:opt(?:ing)?[ -]?out|national data|data sharing|shar(?:e|ing) (?:my|our) (?:data|records|information|info)|who owns (?:my|our|the)|(?:get|have) (?:my|our) (?:medical )?(?:records?|notes|data) (?:deleted|erased|removed|wiped))\b/,
    unless: /\b(?:leak\w*|breach\w*|hack\w*|attack|cyber\w*|dark ?web|ransom\w*|criminals?|scam\w*|published|online|internet|inc)\b/,
  },
  // Advice for a business ("what should companies do after a breach"), not for a person whose data was taken.
  { takenFor: new Set(['what-to-do']), other: /\bwhat (?:should|do|can|must) (?:companies|businesses|organisations|organizations|firms|employers|a company|a business|my business|small businesses)\b/, unless: /\b(?:nhs|health board|board|hospital)\b/ },
  // Another organisation's handling of data ("when a bank leaks your data", "a company that wont delete my
  // data", "what google knows about me"): data protection in general, not this leak, unless the message
  // points at the board or the attack too ("a company says i can claim for the leak" is this one's).
  {
    takenFor: new Set(['compensation', 'data-rights', 'do-not-search-data', 'what-to-do', 'am-i-affected', 'data-published', 'scam-contact']),
    other: new RegExp(
      `\\b(?:(?:a|an|another|any|some|other|the other|your|their) (?:\\w+ )?${ORGANISATION}|${PLATFORM})(?: that| which| who| i use)? ${HANDLES_DATA}|\\b(?:breach|hack|leak|cyber ?attack)(?:es)? (?:at|in|of|with) (?:a|an|another|some|their) (?:\\w+ )?${ORGANISATION}\\b|\\b(?:subject access requests?|sars?|data requests?)\\b.{0,20}\\b(?:to|from|with|at) (?:my|a|an|the|our) (?:\\w+ )?(?:${ORGANISATION}|letting agents?|insurance company|phone company|energy company)\\b`,
    ),
    unless: /\b(?:(?:my|our|the) leaked|leaked (?:records|data|details|files|notes|info\w*)|nhs|health board|board|hospitals?|infirmary|dgri|gp|surgery|(?:the|this|that) (?:\w+ )?(?:hacks?|leaks?|breach(?:es)?|attacks?|cyber\w*)|cyber ?attack|inc|ransom\w*|dark ?web|camhs|dumfries|galloway|scam\w*|pretend\w*|claim\w* to be)\b/,
  },
  { takenFor: new Set(['compensation']), other: /\b(?:ppi|payment protection|mis-?sold|flights?|holiday|whiplash|car accident|bank charges|parking fine)\b/ },
  // The hospital's switchboard or a ward's line ("phone number for the dgri switchboard", "ward 7 phone number
  // please") is not the incident helpline.
  {
    takenFor: new Set(['helpline']),
    other: /\b(?:switch ?board|(?:ward|wd) (?:\d+|[a-z]\d*)\b.*\b(?:phone|number|no|tel)|(?:phone|number|no|tel|contact|line|extension) (?:for|of|to) (?:the )?(?:ward|wd) (?:\d+|[a-z]\d*))\b/,
    ruledOut: HELPLINE_RULED_OUT,
    unless: /\b(?:help ?lines?|leak\w*|breach\w*|hack\w*|attack|cyber\w*|data|records?|scam\w*)\b/,
  },
  // Hacking in general ("how much do hackers earn", "what happens to hackers when they get caught", "is
  // hacking illegal"), with nothing of this attack, its victims or the writer named.
  {
    takenFor: new Set(['what-happened', 'ransom', 'do-not-search-data', 'police-investigation', 'who-is-responsible', 'data-published', 'timeline', 'what-to-do']),
    onlyQuestion: true,
    other: /^\W*(?:how (?:much|many|often|long|do|does|can|would)|what (?:happens|happened) to|why do|do|does|are|is|can|could|will) (?:\w+ ){0,3}(?:hackers?|hacking|cyber ?criminals?|ransomware gangs?)\b/,
    unless: /\b(?:nhs|health|board|hospitals?|dgri|infirmary|dumfries|galloway|stranraer|my|me|mine|our|us|i|we|the (?:\w+ )?(?:hack|hackers|attack|attackers|leak|breach|criminals|gang)|this|these|those|inc|patients?|staff|records?|data|details|files|info\w*|still|now|again|yet|system|systems)\b/,
  },
  // Someone close, or a thief, doing the leaking or taking ("my son leaked my secret to his pals", "my phone got
  // stolen with all my data on it"): the writer's own life in the incident's words.
  {
    takenFor: new Set(['children-camhs', 'am-i-affected', 'data-published', 'what-to-do', 'do-not-search-data', 'who-is-responsible']),
    other:
      /\b(?:(?:my|our|his|her) (?:son|daughter|kid|child|wife|husband|partner|ex|friend|pal|sister|brother|mum|dad|boss|colleague|neighbour|flatmate|boyfriend|girlfriend)s? (?:has |had |have |just )?(?:leaked|told|spread|shared|posted|published|hacked|stole|nicked)|(?:my )?(?:phone|mobile|laptop|bag|purse|wallet|handbag|tablet|ipad|car) (?:was |got |has been |been )(?:stolen|nicked|lost|taken)|(?:lost|stole|nicked) my (?:phone|mobile|laptop|wallet|purse|bag|handbag|tablet|ipad))\b/,
    unless: /\b(?:nhs|health|board|hospitals?|dgri|infirmary|gp|doctor|records?|notes|files?|camhs|medical|a ?& ?e|leaked (?:stuff|data|files|records|info\w*)|the (?:\w+ )?(?:hack|leak|breach|attack|hackers|criminals)\w*|this (?:hack|leak|breach|attack)|cyber\w*|dark ?web|ransom\w*|inc|scam\w*)\b/,
  },
  // Data protection between people ("the neighbours cctv points into my garden, is that a data protection
  // thing"): the ICO's business, not this leak's.
  {
    takenFor: new Set(['data-rights', 'compensation', 'do-not-search-data']),
    other: /\b(?:cctv|doorbell cam\w*|ring doorbell|dashcam|security cameras?|(?:neighbou?rs?|landlord|letting agent|employer|boss|school|ex)(?:s|'s)? (?:\w+ ){0,3}(?:camera|cameras|recording|filming|photos|videos?|cctv))\b/,
    unless: /\b(?:nhs|health|board|hospitals?|dgri|infirmary|records?|notes|leak\w*|breach\w*|hack\w*|attack|cyber\w*|dark ?web|ransom\w*|scam\w*)\b/,
  },
  // What the bot cannot do for a person ("can u email me a copy of this chat", "translate this letter", "order me
  // a taxi"), taken for a question about the bot.
  {
    takenFor: new Set(['about-bot']),
    other: /\b(?:can|could|will|would) (?:you|u|ye) (?:please |pls |plz |just )?(?:e-?mail|text|send|print|save|translate|book|order|call|phone|ring|remind|write|fill in|remember|keep|record|download)(?: me| us)? (?:a |an |the |my |this |our )?(?:\w+ ){0,3}(?:copy|chat|conversation|transcript|letter|form|taxi|cab|cv|number|chi|details|appointment|reminder|email|text)\b/,
    unless: /\b(?:leak\w*|breach\w*|hack\w*|attack|cyber\w*|dark ?web|scam\w*|stolen)\b/,
  },
  { takenFor: new Set(['human']), other: /\b(?:put me through|transfer me|connect me|get me through|pass me) (?:to )?(?:ward \w+|(?:the |a |my )?(?:\w+ )?(?:ward|department|clinic|unit)|reception|(?:the )?switchboard|(?:my|a|the) (?:gp|doctor|consultant|midwife|surgery|pharmacy|dentist))\b/ },
];

/** The attack, or anyone's data, named: then the topic's words are about this after all. */
const OF_THE_INCIDENT =
  /\b(?:data|details|info(?:rmation)? (?:of|about) (?:me|my|us)|records?|notes|files?|leak\w*|breach\w*|hack\w*|attack|cyber\w*|dark ?web|ransom\w*|criminals?|scam\w*|fraud\w*|stolen (?:data|details|records|information|files)|published|online|internet|inc|camhs|letter)\b/;

export function namesAnotherMatter(topicId: string, text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, '');
  return READINGS.some((r) => {
    if (!r.takenFor.has(topicId)) return false;
    const read = r.onlyQuestion ? onlyQuestion(t) : t;
    return r.other.test(read) && !(r.unless ?? OF_THE_INCIDENT).test(r.ruledOut ? read.replace(r.ruledOut, ' ') : read);
  });
}

/** The message's one asking clause when the clauses before it only tell; else the whole message. */
function onlyQuestion(text: string): string {
  const clauses = text.split(/[,.;:!?]+\s*|\s+-\s+/).map((c) => c.trim()).filter(Boolean);
  const asking = clauses.findIndex((c) => ASKS.test(c));
  return asking > 0 && clauses.slice(asking + 1).every((c) => !ASKS.test(c)) ? clauses.slice(asking).join(' ') : text;
}

export function withOtherMattersDeclined(recognition: Recognition, text: string, outOfScope: number): Recognition {
  return namesAnotherMatter(recognition.ranked[0]?.topicId ?? '', text) ? withOutOfScopeAtLeast(recognition, outOfScope) : recognition;
}
