import type { RiskPattern } from '../riskPatterns';
import { PILLS } from './riskWording';

/**
 * Danger told in code or by what it has done, and harm to oneself by stopping or mixing, as a fourth blind set
 * (dev33) found people write them: "cant talk hes in the next room", "he took my phone and my keys and locked
 * the front door", "hes back and hes been drinking, the kids are upstairs", a carer who hit a parent and is due
 * back, a knife or a bottle thrown or brought at someone, the kids in the car with a drunk driver, a son about
 * to jump out of a window, the engine running in the garage; insulin or heart tablets stopped on purpose, days
 * without food on purpose, pills mixed with drink, "took too many" with the body failing.
 */

/** Fear told, or when the person is back: what makes a blow told of a danger now rather than history. */
const FEAR_OR_SOON =
  /\b(?:terrified|scared|frightened|afraid|petrified|feart|tonight|now|due back|back at|coming back|home soon|staying (?:there|here|over)|on (?:his|her) way|still in the (?:house|flat|home))\b/;

export const CODED_DANGER: readonly RiskPattern[] = [
  // Watched or overheard: "cant talk hes in the next room", "i cant phone he will hear", "he checks my phone… if he sees this im dead".
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern:
      /\bcan not (?:talk|speak|call|phone|ring)(?: [a-z]+){0,3} (?:he|she|they) (?:is|are|s) (?:in the next room|next door|listening|watching|right here|in the (?:kitchen|living room|hall|house))\b|\bcan not (?:phone|call|ring|talk|speak)(?: [a-z]+){0,2} (?:he|she|they) (?:will|ll|would|might|could) hear\b|\bif (?:he|she) (?:sees|finds|reads) this (?:i am|im|i m|i will be|i ll be) (?:dead|done for|finished)\b/,
  },
  // Held: "he took my phone and my keys and locked the front door"; "hes back and hes been drinking, the kids are upstairs".
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:he|she|they) (?:has |have )?(?:took|taken|takes|hid|hidden) my (?:phone|keys|car keys|purse|bank card)(?: and my (?:phone|keys|car keys|purse|bank card))?(?: and)? (?:locked|has locked|will not let me|wont let me)\b|\b(?:he|she) is back and (?:he|she) (?:is|has) (?:been )?(?:drinking|drunk|steaming|raging|kicking off|off (?:his|her) face)\b/,
  },
  // A blow told with fear or the person due back: "my mums carer hit her… shes terrified. the carer is due back at 6".
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern: /\b(?:hit|hits|hitting|punched|punches|slapped|slaps|shoves|shoved|shoving|pushed|pushes|kicked|kicks|beats|beat) (?:her|him|me|us|my (?:mum|mam|maw|mother|dad|da|father|gran|granny|nan|wife|husband|partner|son|daughter|kids|children|baby|sister|brother|child|wean|weans|bairn|bairns|friend|pal))(?: about| around)?\b(?! (?:with (?:a|the) (?:ball|pillow|snowball)|at (?:football|rugby|cricket|tennis|golf))\b)/,
    inMessage: FEAR_OR_SOON,
    notInMessage: /\b(?:game|match|football|rugby|boxing|sparring|play fight\w*|accident\w*|by mistake|years ago|when (?:i|he|she) was (?:little|young|a kid))\b/,
  },
  // A weapon thrown or brought at someone: "she threw a knife at me", "hes went fur ma maw wi a bottle".
  {
    reason: 'danger',
    personal: true,
    pattern:
      /\b(?:threw|thrown|throwing|throws) (?:a|the|his|her) (?:knife|bottle|glass|hammer|blade|chair|weapon|plate|iron) at (?:me|us|her|him|my [a-z]+)\b|\b(?:came at (?:me|us|her|him) with|pulled) (?:a|the|his|her) (?:knife|blade|weapon|gun|machete|hammer|bottle)\b|\b(?:went|gone|going|came|coming|goes) (?:for|fur|at) (?:me|us|my|her|him)(?: [a-z]+)? with (?:a|the|his|her) (?:knife|bottle|glass|hammer|blade|bat|weapon|iron|screwdriver)\b/,
  },
  // Children with a drunk driver: "my brother is drunk and has the kids in the car".
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:has|got|taken|took|with|put) (?:the|my|our|his|her) (?:kids|children|weans|bairns|baby|son|daughter|boy|girl|wee one) in (?:the|his|her|their|a) car\b/,
    inMessage: /\b(?:drunk|drinking|steaming|high|stoned|off his face|off her face|over the limit|had a drink|been drinking)\b/,
  },
  // About to jump from a window; the engine running in a closed garage; driving into a wall.
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\bjump(?:ing)? out (?:of )?(?:the|his|her|my|a|their) (?:bedroom |upstairs |flat |top floor )?window\b|\b(?:in the|in her|in his|in my|in their) car (?:in the garage )?with the engine running\b|\bengine running in the garage\b|\bin the garage with the engine running\b|\b(?:thinking (?:of|about)|want to|going to|might|tempted to) (?:driving|drive|crash|crashing|steer|steering|swerving|swerve) (?:my car |the car |the van )?(?:into|off) (?:a|the) (?:wall|tree|bridge|lorry|truck|river|sea|barrier)\b/,
  },
  // Medicine stopped or food refused on purpose: "stopped my insulin on purpose 3 days ago", "not eaten in 6 days on purpose".
  {
    reason: 'overdose',
    personal: true,
    negatable: false,
    pattern: new RegExp(
      `\\b(?:stopped|stopping|quit|skipped|skipping|not taking|not taken|not been taking) (?:taking )?my (?:[a-z]+ )?(?:insulin|${PILLS}|heart (?:tablets|pills))(?: [a-z]+){0,3} (?:on purpose|deliberately|to let nature take its course)\\b|\\bletting nature take its course\\b|\\b(?:not|have not|no) (?:eaten|ate|had (?:anything|food|a drink)|drunk|drank)(?: [a-z0-9]+){0,5} (?:on purpose|deliberately|and i do not (?:intend|plan|want) to)\\b`,
    ),
  },
  // Pills mixed with drink, or "took too many" with the body failing: "mixed my diazepam with wine tonight", "cant breathe right, took too many".
  {
    reason: 'overdose',
    personal: true,
    pattern: new RegExp(
      `\\b(?:mixed|mixing|took|taken|taking|had|swallowed) (?:all )?my (?:[a-z]+ )?${PILLS} (?:with|and) (?:wine|vodka|whisky|whiskey|gin|drink|alcohol|booze|beer|cider)\\b|\\b(?:took|taken|swallowed|had) too many\\b(?! (?:days|times|photos|pictures|steps|calls|shifts|hours|biscuits|sweets|drinks|sugars|chances|risks)\\b)`,
    ),
    inMessage: /\b(?:tonight|breath\w*|scared|help|dizzy|sick|vomit\w*|drowsy|sleepy|heart|numb|collapse|faint|wake up|bye|goodbye|sorry|bothered|care)\b/,
  },
  // Pills over and over in the message: "💊💊💊🍷 tonight" (the normaliser reads the pictures as words).
  { reason: 'overdose', personal: true, pattern: /\bpills(?: pills)+\b/, inMessage: /\b(?:tonight|drink|bye|goodbye|now|enough)\b/ },
];
