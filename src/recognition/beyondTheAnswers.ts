import type { Recognition } from './recognizer';
import { withOutOfScopeAtLeast } from './topicFirst';

/**
 * Questions about the attack that no answer covers, and that the sources do not either: what it cost the
 * board, whether the board is insured, what systems were hacked, jobs in its IT team; and a person's own
 * booking looked up ("can you look up my appointment"), which the bot cannot see. The recogniser hears
 * "the cyber attack" and gives what happened or compensation, which do not answer them; declined, the
 * fallback points to the board's website and the helpline.
 */
export function asksWhatNoAnswerCovers(text: string): boolean {
  const t = text.toLowerCase();
  return COST.test(t) || BOARDS_INSURANCE.test(t) || SYSTEMS.test(t) || JOBS_GOING.test(t) || ((LOOK_UP_MY_CARE.test(t) || LOOK_UP_A_PERSON.test(t)) && !CARE_DISRUPTED.test(t)) || ON_THE_ROTA.test(t) || STAFF_ADMIN.test(t) || BOARDS_PAY.test(t);
}

export function withBeyondTheAnswersDeclined(recognition: Recognition, text: string, outOfScope: number): Recognition {
  return asksWhatNoAnswerCovers(text) ? withOutOfScopeAtLeast(recognition, outOfScope) : recognition;
}

const INCIDENT = '(?:the |this |that )?(?:(?:ransomware|cyber|hack) )?(?:cyber ?attack|attack|hack|hacking|breach|leak|incident|ransomware|cyber (?:thing|incident))';
/** What the attack cost the board or the public purse; not what protecting yourself might cost you. */
const COST = new RegExp(
  `\\bhow much (?:has|have|did|will|is|does|would) ${INCIDENT}(?: (?:actually|altogether|all))? (?:cost|costing|set (?:them|the board|the nhs) back)\\b|\\b${INCIDENT} (?:has |have |will |is |was |is going to )?cost(?:ing)? (?:the (?:health )?board|the nhs|nhs d ?(?:&|and) ?g|taxpayers?|the taxpayer|the public)\\b`,
);
/** The board's insurance ("does the health board have cyber insurance"), not a person's national insurance number. */
const BOARDS_INSURANCE = /\bcyber ?insurance\b|\b(?:board|nhs|hospital|they|it) (?:has|have|had|got|get) (?:any )?(?:cyber )?insurance\b|\binsur(?:ance|ed|er|ers) (?:pay|paying|paid|cover|covers|covered) (?:out |for )?(?:the |this )?(?:hack|attack|ransom|breach|leak|damage)/;
/** Which machines and software were hacked: not what happened to people's data. */
const SYSTEMS = /\b(?:what|which) (?:operating system|os|software|version of windows|servers?|systems? software|antivirus|anti-virus)\b|\boperating systems?\b/;
/** Vacancies ("any it jobs going at the health board"), with the attack's words in them or not. */
const JOBS_GOING = /\b(?:any|apply for|applying for|looking for)\b(?: \w+){0,4} (?:jobs?|vacanc(?:y|ies)|roles|posts|positions) (?:going|available|open|advertised|at|in|with)\b/;
/** A person's own booking or results looked up for them: "can you look up my appointment", "could you find out when my scan is". */
const LOOK_UP_MY_CARE =
  /\b(?:can|could|will|would) (?:you|u) (?:please |pls |plz )?(?:look ?up|check|find(?: out)?|tell me|see|get) (?:when |what time |the (?:date|time) (?:of|for) |where )?(?:is )?(?:my|ma|our) (?:\w+ )?(?:appointments?|appts?|scans?|op|operation|results|referral|prescription|booking)\b/;
/** Someone's stay looked up: "can you tell me if my son was admitted to dgri last night" (dev37), which the bot cannot see. */
const LOOK_UP_A_PERSON =
  /\b(?:can|could|will|would) (?:you|u) (?:please |pls |plz )?(?:tell me|check|find out|see|let me know) (?:if|whether) (?:my|ma|our) (?:\w+ )?(?:son|daughter|mum|mam|dad|husband|wife|partner|gran|granny|grandad|brother|sister|friend|pal|neighbour|boy|girl|wean|bairn) (?:was|is|has been|got|went) (?:admitted|in hospital|in (?:the )?(?:infirmary|dgri|a ?e|ae|ward)|taken in|brought in|seen|discharged|transferred)\b/;
/** Who works when: "whos on the rota this weekend" (dev37), not who did the attack. */
const ON_THE_ROTA = /\bwho(?:s| is|'s|\u2019s) (?:on|working) (?:the )?(?:rota|shift|nights|days|call|duty|ward)\b/;
/**
 * Staff admin done in some system: "how do i book annual leave on the new system" (dev40), claim expenses, swap a
 * shift. "the new system" drew the working-practices answer, which is about working while systems were down.
 */
const STAFF_ADMIN =
  /\bhow (?:do|can|should|would) (?:i|we|you) (?:book|request|apply for|put in for|cancel|claim|submit|log|swap|change) (?:my |some |our |an? |the )?(?:annual leave|a\/l|holidays?|leave|time off|toil|expenses|mileage|overtime|shifts?|study leave)\b/;
/** The board's pay: "whats the gender pay gap at the health board" (dev44), what the chief executive earns. */
// "pay" only after the board's top people: "will my manager pay for the taxi" is not the board's pay.
const BOARDS_PAY = /\b(?:gender pay gap|pay gap|(?:chief exec\w*|ceo|directors?) (?:pay|salar(?:y|ies)|bonus(?:es)?|earn\w*)|(?:managers?|bosses|consultants?) (?:salar(?:y|ies)|bonus(?:es)?|earn\w*))\b/;
/** …unless whether it goes ahead after the attack is what is asked: the care answer's question. */
const CARE_DISRUPTED = /\b(?:still|cancel\w*|affected|going ahead|go ahead|postponed|delayed|moved|hack\w*|attack|cyber|breach|leak\w*|since|because)\b/;
