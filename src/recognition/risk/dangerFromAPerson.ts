import type { RiskPattern } from '../riskPatterns';

/** Harm said or a weapon named: "he'll hurt me", "says she will kill us", "he has a knife". */
const HARM_THREAT =
  '(?:(?:he|she|they) (?:will|would|d|is going to|are going to|going to|gonna|might|ll) (?:hurt|harm|kill|stab|batter|attack|strangle|beat|get) (?:me|us|the (?:kids|children|bairns|weans)|my (?:kids|children|son|daughter|baby|bairns|weans))|hell (?:hurt|kill|batter|stab) (?:me|us)|knife|gun|axe|machete|blade|weapon|crowbar|shotgun)';

/**
 * What makes a person at the door a threat rather than a visitor, said anywhere in the message: fear, threats,
 * harm, banging, having found the writer, abuse, a court order. Not "now", "help" or "the leak" alone: a long
 * message about the leak says those of itself.
 */
const STRONG_THREAT =
  `(?:scared|afraid|frightened|terrified|petrified|shaking|wont (?:go|leave)|will not (?:go|leave)|not (?:leaving|going away)|threaten(?:ed|ing|s)?|banging|hammering|shouting|screaming|found me|found (?:out )?where i live|found my (?:new )?address|abusive|violent|stalk(?:er|ing|s|ed)?|restraining order|non molestation|interdict|bail|not allowed|not supposed|${HARM_THREAT})`;

/** What makes a person at the door a threat, said near them: a strong threat, or "now", "help", the leak, the police. */
const THREAT = `(?:${STRONG_THREAT}|right now|now|panicking|help|help me|please help|from the leak|in the leak|(?:has|got|knows) my (?:new )?address|police)`;

/** Someone the writer may fear, at their home or trying to get in (`was` too: told of as just now, with the threat near). */
const atTheDoor = (was: boolean): string =>
  `\\b(?:ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend|stalker|abuser|he|she|they|someone|somebody|a man|a woman|a guy|a bloke|a stranger|some man|some guy|two men|men)\\b(?: (?!(?:not|never|no|used|was|were)\\b)[a-z]+){0,10}? (?:is |s |are |keeps |has been |been |${was ? 'was |' : ''}just )?(?:outside (?:my|the|our) (?:door|front door|back door|window|house|flat|home)|outside|at (?:my|the|our) (?:door|front door|back door|window|windows)|in (?:my|the|our) (?:garden|close|stair|stairwell|driveway|back garden)|(?:banging|hammering|pounding|kicking) (?:on |at )?(?:my|the|our) (?:door|front door|back door|window|windows)|trying to (?:get|break|force (?:his|her|their|the) way) in)\\b`;
const AT_THE_DOOR = atTheDoor(true);

/** An errand at the door ("…to pick up the kids", "…asking about the meter"): no threat in "now" or the leak beside it. */
const ERRAND =
  '(?: (?:now |just now |right now )?(?:to (?:pick up|collect|drop off|bring back|read|check|fix|deliver|see about)|asking (?:about|for (?!(?:me|us)\\b))|selling|delivering|collecting|reading|with (?:a|the|my|some) (?:parcel|delivery|package|flowers|leaflets?)|for the (?:kids|children|bairns|weans|dog|meter|parcel))\\b)'

/**
 * How far from the person at the door the threat is looked for, in characters, either side: "anywhere in
 * the message" (`.*`) scanned the whole text for every person and place, 250 ms on 5,000 characters of
 * "he is outside". 300 characters is a long paragraph. Before them, the threat is found forwards from each
 * word start (the lookahead inside the lookbehind): matched backwards, its many words cost ten times more.
 */
const NEAR = 300;

/** Harm from a person: strangling, coercive control, hiding, someone armed, someone being hurt now. */
export const DANGER_FROM_A_PERSON: readonly RiskPattern[] = [
  // Harm to a child feared from oneself: "i feel like im going to hurt my baby".
  { reason: 'danger', personal: true, pattern: /\b(?:going to|gonna|gonnae|might|could|will|want to|scared i will|afraid i will|scared i ll|afraid i ll) (?:hurt|harm|kill|smother|shake|hit) (?:my|the|ma) (?:baby|bairn|wean|child|kid|son|daughter|kids|children|newborn)\b/,
    // The idiom with a trifle for its cause and no fear told: "im gonna kill my son, he clicked a link in a scam text".
    notInMessage: /^(?!.*\b(?:scared|afraid|frightened|terrified|feart|worried|really|actually|means? it)\b).*\b(?:he|she|they) (?:has |have )?(?:clicked|binned|lost|forgot|deleted|broke|opened|answered|replied|ate|spent|threw|shared|posted|gave)\b/,
  },
  // A threat to kill, told as said and believed: "he says if i tell anyone he'll kill me and tonight i believe him".
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:says|said|told me|tells me|threatened|warned me)(?: that)? (?:if i [a-z ]{1,50} )?(?:he|she|they) (?:will|ll|would|is going to|are going to) kill me\b/,
    inMessage: /\b(?:believe (?:him|her|them)|means it|meant it|serious|scared|frightened|terrified|afraid|tonight|knife|hit me|hurt me|police|before)\b/,
    // "my mum says she'll kill me if i'm late home": the everyday figure of speech.
    notInMessage: /\b(?:my (?:mum|mam|maw|mother|gran|granny|nan|teacher|boss)|lol|haha|if i (?:am |m )?late|if i forget)\b/,
  },
  // "help me please hes got a knife": help asked, or the notes read online, and a person armed (not a knife for cooking or a toy).
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:he|she|they|my (?:ex|partner|husband|wife|boyfriend|girlfriend|son|dad|brother|neighbour)|someone|somebody|a man|a guy)(?: is| has| s| has got| is got| got| pulled| is holding| holding| is waving| waving)? (?:got )?(?:a|an|his|her|their) (?:knife|gun|machete|blade|axe|weapon|shotgun)\b/,
    // Or having read the writer's notes online (dev41): found through the leak.
    inMessage: /\b(?:help|scared|terrified|frightened|please|police|999|now|threat\w*|coming|going to|gonnae|outside|here|door|kill (?:me|us)|read my|seen my|found my|through the (?:leak|hack)|from the (?:leak|hack))\b|\bmy (?:notes|records|address|file|details) online\b/,
    notInMessage: /\b(?:cooking|kitchen|chopping|peeling|carving|butter|bread|cake|game|film|movie|tv|telly|lego|toy|fake|plastic|costume|dinner|tea|collection|collects)\b/,
  },
  // Strangling, a warning sign of domestic homicide: "he put his hands round my neck".
  { reason: 'danger', personal: true, pattern: /\b(?:hands?|arm) (?:round|around) my (?:neck|throat)\b|\b(?:grabbed|grabs|grabbing|held|holding|pinned|squeezed|squeezing|had) me by the (?:throat|neck)\b|\b(?:choked|choking|strangled|strangling) me\b/ },
  // Coercive control and threats: "won't let me leave the house", "scared what he'll do", "says i'm next".
  { reason: 'danger', personal: true, pattern: /\b(?:will not|wont|does not|doesnt|never) let me (?:leave|go out|out of the house|see anyone|have my phone)\b|\b(?:scared|afraid|frightened|terrified) (?:of )?what (?:he|she|they|he will|she will|they will) (?:will |ll |might |could |would |is going to |are going to )?do\b(?! (?:with|to my (?:data|records|details|information)|about)\b)|\b(?:says|said|told me|saying|tells me) (?:that )?(?:i am|you are|we are|the kids are) next\b(?! (?:on|in|for|to be seen|up|after)\b)/ },
  // Hiding or afraid to go home; someone raging with a weapon; "says i'm dead if i go to the police".
  { reason: 'danger', personal: true, pattern: /\b(?:scared|afraid|frightened|terrified) to go (?:back )?home\b|\b(?:hiding|hid|locked myself|barricaded (?:myself|us)|(?:i am|we are) (?:locked|hiding|shut)) (?:in|under) (?:the|my|a)(?: (?:kids|wean|weans|bairn|bairns|baby|spare|back|front|son|daughter|sons|daughters))? (?:bathroom|bedroom|toilet|loo|cupboard|room|wardrobe|bed)\b(?:(?=.*\b(?:he|she|they|him|her|them)\b)|(?<=\b(?:going mental|gone mental|went mental|kicking off|raging|smashing|wrecking|slashing|slashin|oot (?:his|her) (?:nut|heid|face)|out of (?:his|her) (?:head|mind|face)|drunk|lost it|hitting|hit me|hurt me|shouting|screaming|violent|threatening|stalker|escaped|read out my (?:new )?address)\b.*))|\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|son|dad|brother)(?: is| are)?(?: [a-z]+){0,4} (?:smashing|wrecking|trashing|breaking|punching|kicking) (?:the (?:place|house|flat|door|doors|walls?|windows?)|everything|things|stuff)(?: up| in)?\b|\b(?:he|she|they|someone|somebody|partner|husband|wife|boyfriend|girlfriend|ex|son|dad|brother)(?: is| are)? (?:going|gone|kicking off|raging|going mental|going mad|going crazy|going radge|mental|mad|drunk|high)(?: [a-z]+){0,3} (?:with|waving|holding) (?:a|the|his|her) (?:knife|gun|axe|hammer|machete|blade|bat|baseball bat|weapon)\b|\b(?:says|said|told me|tells me|threatened|warned me|saying)(?: that)? (?:i am|you are|we are) (?:dead|a dead (?:man|woman)|getting it)\b(?= *$| (?:if|when|once|unless|and)\b)/ },
  // Someone armed near the writer ("there's a man with a knife outside"); as a report ("the article said
  // a man with a knife…") it stands down like other reported wording.
  { reason: 'danger', personal: false, pattern: /\b(?:man|guy|woman|someone|somebody|person|he|she|they|there is|theres)(?: is| has| has got| is holding| got)? (?:with |holding )?(?:a |an )?(?:knife|gun|machete|blade|weapon|axe|hammer|crowbar|baseball bat|bat)\b(?= .*\b(?:outside|here|door|house|home|flat|window|garden|room|now|coming)\b)/ },
  // The visit told first, the weapon they carry after: "the guy blackmailing me says hes coming to my house
  // tonight and i think hes got a knife" (not "coming round to borrow a knife").
  { reason: 'danger', personal: true, pattern: /\b(?:coming|on (?:his|her|their) way) (?:round |over |back |)to (?:my|our|me|the) (?:house|flat|home|door|work)\b(?=.*\b(?:has|got|with|holding)(?: (?:a|an|his|her|their))? (?:knife|gun|machete|blade|weapon|axe|crowbar|shotgun)\b)/ },
  // A visit announced by someone the writer fears: "the guy messaging me about my records says hes coming round
  // tonight and i'm scared". Said by them, and the fear of them said anywhere in the message (not "scared i burn it").
  { reason: 'danger', personal: true, pattern: /\b(?:says|said|told me|saying|telling me|threatened|threatening|texted|messaged)(?: that)? (?:hes|he is|he will be|hell be|shes|she is|she will be|theyre|they are|they will be) (?:coming|on (?:his|her|their) way) (?:round|over|here|back|to (?:my|our|the) (?:house|flat|home|door|work))\b/, inMessage: /\b(?:scared|terrified|frightened|afraid|petrified|feart|shaking|panicking)\b(?! (?:i|that i|to|it|of (?:burning|being late|missing))\b)/ },
  // A visit told with the harm it is for: "says hes coming round tonight to hurt me" (not "coming to get me
  // from the station": a lift is no threat, so "get" is not among the harms).
  { reason: 'danger', personal: true, pattern: /\b(?:coming|come|on (?:his|her|their) way)(?: (?:round|over|back|here|in))?(?: to (?:my|our|the) (?:house|flat|home|door|work))?(?: (?:tonight|today|now|right now|later|the night|the nicht))? (?:to|and) (?:hurt|harm|kill|stab|batter|attack|beat|strangle) (?:me|us|the (?:kids|children|bairns|weans)|my (?:kids|children|son|daughter|baby|bairns|weans))\b/ },
  { reason: 'danger', personal: true, pattern: /\b(?:he|she|they|ex|partner|husband|wife|boyfriend|girlfriend|dad|man|guy|someone|somebody|neighbour|son|brother) (?:is |are )?(?:outside|at the door|at my door|in the house|downstairs|here|in the garden|at the window)(?: [a-z]+){0,3} (?:with|holding|waving) (?:a|an|the|his|her) (?:knife|gun|axe|hammer|machete|blade|bat|baseball bat|weapon|crowbar|shotgun)\b|\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|son|daughter|brother|sister|someone|somebody|man|stepdad|stepfather|neighbour) (?:has )?just (?:hit|punched|kicked|stabbed|attacked|battered|beaten|strangled|glassed|choked) (?:her|him|them|my (?:mum|mother|dad|father|sister|brother|wife|husband|partner|son|daughter|gran|granny|grandad|kids|children|baby|friend|flatmate|neighbour|wee [a-z]+)|the (?:kids|children|baby|bairns?|weans?))\b/ },
  // Someone hurting another person now ("i think he's killing her", "my stepdad is hitting my mum right now").
  { reason: 'danger', personal: true, pattern: /\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|son|daughter|brother|sister|someone|somebody|man|fella|bloke|stepdad|stepfather|stepmum|neighbour) (?:is|are|has been|been|keeps) (?:killing|strangling|choking|stabbing|beating|battering|attacking|hurting|hurtin|hitting|hittin|punching|kicking) (?:me|us|her|him|them|my (?:mum|mother|dad|father|sister|brother|wife|husband|partner|son|daughter|gran|granny|grandad|kids|children|baby|bairns?|weans?|friend|flatmate|neighbour|wee [a-z]+)|the (?:kids|children|baby|bairns?|weans?))\b(?! up\b)/ },
  // Someone the writer fears at their home now, often found through the published data: "my ex has my new
  // address from the leak and is outside my door right now". An ex at the door to collect the kids is not:
  // the threat must be said (now, fear, banging, found me, abusive, the leak...) within NEAR characters.
  // A strong threat counts wherever it is said, looked for once in the whole message (inMessage): searched from
  // each person at the door it cost a scan of the rest of the message each, 250 ms on 5,000 characters. "My ex
  // is outside. [a long paragraph about the leak] he says he'll hurt me." Before the nearer reading below, which
  // costs more on long messages and is needed only for the weaker words. Said in the past ("someone was at my door
  // asking…, i'm frightened"), the threat must be near.
  { reason: 'danger', personal: true, pattern: new RegExp(`${atTheDoor(false)}(?<!\\b(?:was|were)\\b[^]{0,30})`), inMessage: new RegExp(`\\b${STRONG_THREAT}\\b`) },
  // The threat it looks for near must be somewhere in the message (inMessage, tested once): without it, 5,000
  // characters of "he is outside" took 300 ms whenever V8 ran this pattern in its bytecode interpreter (after a
  // garbage collection flushed its compiled code), against 15 ms compiled; a test timed out at random.
  { reason: 'danger', personal: true, pattern: new RegExp(`${AT_THE_DOOR}(?!${ERRAND})(?:(?<=\\b(?=${THREAT}\\b)[^]{0,${NEAR}})|(?=.{0,${NEAR}}\\b${THREAT}\\b))`), inMessage: new RegExp(`\\b${THREAT}\\b`) },
  // Found out where the writer lives: "my abusive ex knows where i live now because of the leak".
  { reason: 'danger', personal: true, pattern: /\b(?:(?:abusive|violent|dangerous|controlling) (?:ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend|partner|husband|wife|boyfriend|girlfriend|father|dad|stepdad)|stalker|abuser|the man who (?:attacked|raped|abused) me|the person who (?:attacked|raped|abused) me)(?: [a-z]+){0,3}? (?:knows|found out|has found|found|has|has got|got|now has|now knows|can find) (?:out )?(?:where i live|where we live|my (?:new )?address|our (?:new )?address|where i am)\b/ },
  // Someone breaking in now.
  { reason: 'danger', personal: true, pattern: /\b(?:someone|somebody|a man|a guy|a woman|he|she|they|people)(?: is| are)? (?:trying to (?:break|get|force (?:his|her|their|the) way) in(?:to)? (?:my|our|the) (?:house|flat|home|door|window)|breaking in(?:to)? (?:my|our|the) (?:house|flat|home)(?: right)? now)\b/ },
  // Being hit now or lately by a person ("my husband is hitting me"); "it hit me", "hit me up" and "beat me to it" are not.
  { reason: 'danger', personal: true, pattern: /\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|son|daughter|brother|sister|someone|somebody|man|fella|bloke|other half|stepdad|stepfather|stepmum) (?:has |had |just |keeps |is |was |has been |been |keeps on |always |has just |had just |is just |s just |is always |has always )?(?:hit|hits|hitting|punched|punches|punching|beat|beats|beating|beaten|strangled|strangling|choked|chokes|choking|kicked|kicks|kicking|attacked|assaulted|battered|battering|slapped|slaps|slapping|headbutted) me\b(?! (?:up|to it|to the|at))|\b(?:dragged|dragging|pulled|pulling|grabbed|grabbing|pushed|shoved) me (?:by (?:the|my) (?:hair|neck|throat)|across the (?:floor|room|kitchen)|down the (?:stairs|hall)|(?:into|against) the (?:wall|door|floor)|to the (?:floor|ground))\b/ },
];
