import type { RiskPattern } from '../riskPatterns';

/**
 * Risk as an eighth blind safety set (dev43, 75 crises) found it written: in imagery ("the walls are closing in",
 * "the dark is winning tonight", "ready to let go", "tapping out for good", "the only door left is the final one"),
 * as being a burden or a cost ("better off with the insurance money than with me", "taking myself out the
 * picture"), inside practical arrangements (insurance that pays "if it was on purpose", a funeral or a will needed
 * before the weekend "cos i will not be around"), as a dose question with the intent beside it, as an older person
 * refusing treatment or food to die, as an eating disorder or self-neglect at a dangerous point, and as an injury
 * done on purpose asked about as first aid.
 */

/** Tonight, now, a plan: what makes imagery an end rather than a bad day. */
const NOW_OR_PLAN = /\b(?:tonight|now|right now|today|tomorrow|this weekend|plan|planned|last messages?|for good|said what i needed|goodbye|final)\b/;

export const IMAGERY_AND_ARRANGEMENTS: readonly RiskPattern[] = [
  // Imagery with an end in it.
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:the dark(?:ness)? is winning|(?:my|the) light (?:has|is) (?:gone|going) out|ready to let go|no fight left in me|nothing left to give|tapping out for good|tap out for good|(?:the )?walls are closing in|every door is shut|the only (?:door|way out) left|the final (?:door|exit|way out))\b/,
    inMessage: NOW_OR_PLAN,
    notInMessage: /\b(?:hackers|the board|paperwork|emails|work|job|overtime|on the hack)\b/,
  },
  // "i dont think i can stay here much longer, not in this house, not in this life": the "not" is the risk itself.
  { reason: 'suicide', personal: true, negatable: false, pattern: /\b(?:stay|be here|go on|last) (?:here )?(?:much|any) longer\b.{0,40}\bin this (?:life|world)\b|\bthe only (?:door|way out|option) left is the (?:final|last) one\b|\bwriting my last (?:messages?|letters?|notes?)\b/ },
  // "trapped… i can not leave and i can not keep going like this".
  { reason: 'suicide', personal: true, negatable: false, pattern: /\bcan not keep going like this\b/, inMessage: /\b(?:trapped|no way out|can not leave|can not escape|stuck)\b/ },
  // A burden or a cost: "time i stopped being a drain on them", "better off with the insurance money than with me", "taking myself out the picture fixes it".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:time i stopped being|stop being) a (?:drain|burden|weight|cost)\b|\bbetter off with the (?:insurance|life insurance|money|payout|pension)(?: money)? (?:than|instead of) (?:with )?me\b|\btak(?:e|ing) myself out (?:of )?the (?:picture|equation)\b/,
  },
  // Arrangements with the intent beside them.
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:life )?insurance (?:still )?pay(?:s)? out if (?:it was|it is|it were|i did it|you do it) (?:on purpose|deliberate(?:ly)?|suicide|self inflicted)\b|\b(?:pre ?pay|prepay|arrange|book|sort) (?:for )?my (?:own )?(?:funeral|cremation)\b(?=.*\b(?:this week|before (?:friday|the weekend|monday|tonight|i go)|tonight|needs sorted|i go through with)\b)|\b(?:will not|wont) be (?:around|here) (?:after|past|by) (?:the weekend|this weekend|friday|saturday|sunday|monday|tonight|tomorrow|next week)\b|\bi want it arranged for myself before i\b|\bbefore i go through with (?:this|it)\b/,
  },
  // "i have written letters for everyone and left the bank details on the kitchen table… after".
  { reason: 'suicide', personal: true, negatable: false, pattern: /\b(?:written|wrote|left) (?:letters|notes) for everyone\b|\bleft the (?:bank details|passwords|pin numbers|will|keys) (?:on|in) the (?:kitchen )?table\b(?=.*\bafter\b)/ },
  // A dose asked with the intent beside it, or asked as what would be too much or stop the heart.
  {
    reason: 'overdose',
    personal: true,
    negatable: false,
    pattern:
      /\bhow (?:many|much) of my [a-z ]{0,20}(?:would|will|is) (?:be )?(?:too many|too much|enough to|stop my heart|kill)\b|\bhow (?:much|many) (?:of )?(?:my )?[a-z]+ (?:would|will) stop (?:my|the|a) heart\b|\b(?:max|maximum) dose\b.{0,60}\b(?:because|cos|as) (?:i am|i m|im) (?:done|finished|ready)\b/,
  },
  { reason: 'overdose', personal: true, negatable: false, pattern: /\bstopped taking my [a-z]+ and my [a-z]+ i want my head to go quiet\b|\bwant my head to go quiet for good\b/ },
  { reason: 'overdose', personal: true, negatable: false, pattern: /\bswallowed (?:some |a |the |two |three |)(?:batteries|battery|magnets|bleach|glass|razor blades?|pins|screws|nails)\b(?=.*\b(?:on purpose|deliberately|to (?:die|end))\b)/ },
  // Older people refusing care or food to die: "refused my dialysis… as i wish to die", "not eating again until she goes".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern: /\b(?:not|no) (?:eating|drinking)(?: again)? (?:until|till|til) (?:she|he|i) (?:goes|go|dies|die|is gone|am gone)\b|\brefused (?:my|her|his) (?:dialysis|treatment|insulin|medication|chemo\w*) (?:[a-z]+ ){0,4}(?:to die|as (?:i|she|he) wish(?:es)? to die)\b/,
  },
  // "as i wish to die"; said with "not" before it, a denial ("i do not wish to die, i only want to know…"). Where one
  // would die (at home, in peace) is a wish about care.
  { reason: 'suicide', personal: true, pattern: /\bwish(?:es)? to die\b(?! (?:at home|in (?:my |their |his |her )?(?:own )?(?:bed|home|sleep)|in peace|peacefully|with dignity|surrounded by)\b)/ },
  // Eating disorders and self-neglect at a dangerous point.
  {
    reason: 'self-harm',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:have not|not|has not) eaten in (?:\d+|[a-z]+) (?:days|weeks)\b(?=.*\b(?:dizzy|faint\w*|heart|chest|can not make myself)\b)|\b(?:fainted|passed out|collapsed) (?:twice|three times|again|[a-z]+ times) (?:today|this morning|tonight)\b(?=.*\b(?:lips|blue|anorexi\w*|not eating|weak)\b)|\bher lips (?:look|are|went) blue\b|\bpurging (?:like )?(?:\d+|[a-z]+) times a day\b|\bkeep going until there is nothing left of me\b|\b(?:i do not|do not|dont) (?:think i )?care if i die (?:in here|here|alone)\b/,
  },
  // Injuries done on purpose, asked about as first aid.
  {
    reason: 'self-harm',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:stop it bleeding|stop the bleeding|will not (?:close|stop bleeding)|a lot of blood)\b(?=.*\b(?:deliberate(?:ly)?|on purpose|did it myself|i did it|with a razor|with a blade)\b)|\b(?:deliberate(?:ly)?|on purpose|did it myself)\b(?=.*\b(?:stop it bleeding|stop the bleeding|will not close|lot of blood)\b)|\bcuts on my (?:legs|arms|wrists|thighs|stomach) (?:are|have) (?:gone |going |turned )?(?:yellow|green|hot|infected|red)\b/,
  },
  // Risk said at the end of a practical question: "i need to tell someone before i do it", "a crisis later, not now".
  { reason: 'suicide', personal: true, negatable: false, pattern: /\b(?:tell|talk to|speak to) (?:someone|somebody|anyone) before i do it\b|\bin (?:a )?crisis later\b/ },
  // A plan with a time or a place: "got it all planned for tonight", "tomorrow morning i am going to the bridge".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:got|have got|have) (?:it|everything) (?:all )?planned (?:for )?(?:tonight|tomorrow|this weekend|today)\b|\b(?:tonight|tomorrow(?: morning| night)?|later) i am going (?:to|up to|down to|off) the (?:bridge|viaduct|cliffs?|river|railway|tracks|multi ?storey|car park roof|roof)\b|\bi am going (?:to|up to|down to) the (?:bridge|viaduct|cliffs?|railway|tracks) (?:tonight|tomorrow(?: morning)?|later)\b/,
    inMessage: /\b(?:can not cope|no point|lost everything|had enough|goodbye|can not go on|can not do this|files are out|ruined)\b/,
  },
  // The past come back: "had suicidal thoughts last year and they are back tonight" (the past alone is history).
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern: /\b(?:they|it|the thoughts|those thoughts|the feelings|those feelings|the urges) (?:are|is|have|has) (?:come |coming |creeping )?back\b(?! to haunt)|\b(?:started|starting) again\b/,
    inMessage: /\b(?:suicidal|suicide|self harm\w*|kill myself|end (?:it|my life)|overdos\w*)\b/,
  },
  // Not to be saved, wanting it over: "put a do not resuscitate on me… i dont want to be saved, i want it over with".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern: /\b(?:do not|dont) want to be (?:saved|resuscitated|revived|brought back)\b/,
    inMessage: /\b(?:want it (?:all )?over|wish to die|want to die|ready to go|let me go|end it)\b/,
  },
];
