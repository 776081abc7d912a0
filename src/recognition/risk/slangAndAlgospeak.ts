import type { RiskPattern } from '../riskPatterns';
import { PILLS } from './riskWording';

/**
 * Risk said the way young people and people online write it now, as a sixth blind set (dev36, 76 crises) found:
 * algospeak that avoids the words ("unalive", "sewer slide", "ctb"), gaming ("no respawn", "log off
 * permanently", "game over for me irl", "rage quitting life"), posts ("final post", "last vid", "wont be here for
 * the next update", "gn forever"), emojis read as words by the normaliser (grave, coffin, knife, blood, bridge),
 * and slang for self-harm ("sh", "went deeper this time"). A question about what a word means is not a risk.
 */

/** Asking what the slang means, or a post about it: "what does ctb mean", "sewerslide memes". */
const ABOUT_THE_WORD = /\bwhat (?:does|do|is) (?:[a-z]+ ){1,3}(?:mean|stand for)\b|\bmeaning of\b|\bstands? for\b|\bslang for\b|\bdefinition\b|\bwhat is (?:ctb|unalive|sewer ?slide)\b|\b(?:tiktok|slang|internet) word\b|\bwhy do (?:people|ppl|folk|kids) (?:say|use)\b/;

export const SLANG_AND_ALGOSPEAK: readonly RiskPattern[] = [
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\bunalive (?:myself|meself|me|masel|mysel)\b|\b(?:want|wanna|want to|going to|gonna|planning|plan|thinking about|thinking of|how) (?:to )?unalive\b|\bsewer ?slide\b(?! (?:awareness|prevention|memes?|jokes?)\b)|\bctb\b|\bcatch(?:ing)? the bus\b(?=.*\b(?:if (?:you|u) know what i mean|and not the (?:one|real)|for good|forever|permanently)\b)/,
    notInMessage: ABOUT_THE_WORD,
  },
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:will not|wont) be (?:here|around) for (?:the )?next (?:update|episode|post|video|vid|season|drop)\b|\blog(?:ging)? off (?:permanently|for good|forever)\b|\bno respawn\b|\bgame over for me (?:irl|in real life|for real|fr)\b|\b(?:rage ?quit(?:ting)?|quit(?:ting)?|uninstall(?:ing)?|log(?:ging)? out of) life\b|\b(?:gn|goodnight|good night|night night) forever\b|\b(?:will not|wont) be alive to (?:care|see|know|worry|read)\b|\b(?:aint|am not|not|wont be|will not be) making it to (?:my )?(?:\d+(?:st|nd|rd|th)|birthday|christmas|next year|the weekend|tomorrow)\b|\byeet(?:ing)? (?:myself|me) (?:off|into|in front)\b|\bthinking (?:about|of) (?:stepping|throwing myself|falling) off\b/,
  },
  // Posts that say goodbye: "final post. sorry mum. love u", "giveaway of all my stuff bc this is my last vid".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:final|last) (?:post|video|vid|upload|tweet|story|stream|tiktok)\b/,
    inMessage: /\b(?:sorry|love (?:u|you|yous)|bye|goodbye|thanks for everything|thx for everything|giveaway|giving away|forever)\b/,
  },
  // Emoji read as words: "🪦 me soon", "⚰️ thats where im headed", "😔🔪🩸".
  {
    reason: 'suicide',
    personal: true,
    pattern: /^ *(?:grave|coffin)(?: [a-z]+){0,2} soon\b|\b(?:grave|coffin) (?:that is|thats) where (?:i am|im) headed\b|^ *(?:knife|blood|pills|grave|coffin|rope)(?: (?:knife|blood|pills|grave|coffin|rope))+ *$/,
  },
  // Self-harm in slang or said as going on: "s3lf h4rm again last night", "cant stop cutting", "got the 🔪 out again", "went deeper this time".
  {
    reason: 'self-harm',
    personal: true,
    pattern:
      /\bself ?harm (?:again|last night|tonight|is the only thing)\b|\bcan not stop (?:cutting|self ?harming|hurting myself|burning myself)\b|\bgot the (?:knife|blade|blades|razor) out again\b|\bwent deeper this time\b|\b(?:will not|wont) stop bleeding\b|\b(?:arm|arms|wrist|wrists|legs?) (?:all )?cut up\b/,
  },
  // "am no gonnae be aboot much longer pal", "ive written my note already", "just bought rope off amazon and its not for camping".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:no|not|nae) (?:gonnae|going to|gonna) be (?:aboot|about|around|here) (?:much|for much|very) longer\b|\b(?:written|wrote|writing) my (?:suicide )?note\b(?! (?:to|for) )|\b(?:bought|buying|ordered|got) (?:a |some |the )?rope\b(?=.*\b(?:not for|is not for)\b)|\bwhat if i (?:actually|really) want to\b(?=.*\b(?:die|end it|sewer ?slide|unalive|suicide|kill myself)\b)|(?<=\b(?:sewer ?slide|suicide|unalive)\b.*)\bwhat if i (?:actually|really) want to\b/,
    notInMessage: /^(?!.*\bnot for\b).*\b(?:sick note|school|teacher|doctor|gp|claim|insurance|form|complaint|camping|climbing|boat|washing line|tow)\b/,
  },
  // Before doing it: "need to talk to someone right now before i do something stupid"; pills planned: "plans to take them after her shift".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\bbefore i do (?:something|anything) (?:stupid|silly|daft|drastic)\b/,
  },
  { reason: 'overdose', personal: true, pattern: /\bplans? to take (?:them|all (?:of )?them|the lot)\b/, inMessage: new RegExp(`\\b${PILLS}\\b`) },
  // "standing at the 🌉 rn".
  { reason: 'suicide', personal: true, pattern: /\b(?:standing|stood|sitting|sat|i am) (?:at|on) (?:the|a|top of the) (?:bridge|roof|edge|cliff|ledge|multi ?storey|multistorey|viaduct|railway)\b(?= (?:right now|now|atm)\b)/ },
  // "whats the least painful way to go".
  { reason: 'suicide', personal: true, pattern: /\b(?:least painful|painless|quickest|easiest|fastest) way to go\b(?! (?:to|about|from|into)\b)/ },
];
