/**
 * The safety check's wording: risk-to-life patterns over normalised text (apostrophes expanded,
 * "can't" read as "can not"), and the words that mark risk wording as a report, a habit or an idiom.
 * Kept apart from the check itself (safetyCheck.ts), which decides what a match means.
 */

export interface RiskPattern {
  readonly reason: string;
  readonly pattern: RegExp;
  /** Speaks of the writer themself; such wording stands even in a "what does X mean" message. */
  readonly personal: boolean;
  /**
   * False for broad wording ("any point in being here"): negated, it is not a risk, but nor does it
   * tell the recogniser "no risk here" (a disclaimer turns a recognised crisis into emotional support).
   */
  readonly disclaims?: boolean;
}

const SELF = '(?:my ?self|masel|mysel|maself)';
const OTHER = '(?:himself|herself|themselves|themself|hissel|hersel)';
const PILLS = '(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping pills|insulin)';
/** Nouns that make risk wording a topic ('suicide prevention', 'overdose awareness'), not an act. */
const TOPIC_NOUN = '(?:prevention|awareness|reversal|kits?|training|statistics|figures|rates?|research|squad|deaths?|policy|policies|leaflets?|posters?|work|workers?|charity|charities|campaigns?)';
/** Someone unnamed: what they did is likely a report (news, a story), not a person the writer is with. */
const UNNAMED = '(?:someone|somebody|a patient|patients|the patient|another patient|one patient|a person|people|a man|a woman|a member of staff|a nurse|a doctor)';
/** A time long past ("as a teenager", "years ago"): what happened then is history in the notes, not now. */
const LONG_AGO = '(?:as a (?:teenager|teen|kid|child|student|youngster)|in my (?:teens|twenties|20s)|(?:many |a few |several |\\d+ )?years ago|when i was (?:younger|young|a teenager|a teen|a kid|a child|at school|at uni|\\d+)|back in (?:19|20)\\d\\d|in (?:19|20)\\d\\d)';
/** An everyday mishap after "cut/burnt/hurt myself" ("cut myself shaving", "burnt myself cooking"): an injury, not self-harm. */
const ACCIDENT = '(?:shaving|cooking|chopping|slicing|peeling|gardening|ironing|by accident|accidentally|at the gym|playing [a-z]+|lifting [a-z]+|falling|when i fell|in a fall|on (?:a|the|some) (?:tin|can|glass|broken glass|bottle|fence|nail|oven|stove|iron|kettle|pan|barbed wire|paper))';
/** Things one "overdoses on" in a figure of speech ("overdosing on the news", "overdosed on chocolate"). */
const TOO_MUCH_OF = '(?:(?:the|all the|my|social) )?(?:news|telly|tv|television|internet|media|social media|facebook|twitter|tiktok|instagram|netflix|updates|headlines|articles|stories|information|info|coffee|tea|chocolate|sugar|sweets|crisps|cake|biscuits|junk food|christmas telly|box sets?)';
/** "Jump off the phone / the call" means hang up, not a jump from a height. */
const ON_A_CALL = '(?:(?:the|this|a|my|that) )?(?:phone|phone line|call|calls|chat|video call|zoom|teams|meeting|laptop|computer|internet|website|app)';
/** What makes "unsafe" or "not safe" about scams, apps or data rather than a person: "not safe from scammers", "unsafe using the app". */
const NOT_PERSONAL_DANGER = '(?:of|online|on the internet|on line|to (?:use|click|open|log|go online|shop|answer|reply|give)|using|giving|sharing|answering|opening|clicking|logging|shopping|from (?:scammers?|scams?|fraudsters?|fraud|hackers?|identity theft|criminals online|spam|phishing|cyber ?criminals|cyber attacks?)|with (?:the|this|that|my|your|an|a) (?:app|website|site|portal|phone|computer|laptop|data|details|information|emails?|texts?)|about (?:my |our |the )?(?:data|details|information|info|records|bank|accounts?|passwords?|identity))';
/** A height or an edge the writer is at now ("i'm at the top of the multi storey"), said with nothing after it or "now". */
const HEIGHT = '(?:top of (?:the |a )?(?:multi ?storey|multistorey|car park|building|flats|tower|cliff|bridge)(?: car park)?|(?:multi ?storey|multistorey|car park roof|roof|rooftop|bridge|cliff|cliff edge|ledge|edge|viaduct)(?: car park)?)';
/** Words of leave-taking that make "won't be here tomorrow" a farewell. */
const FAREWELL = '(?:goodbye|bye|thanks for everything|thank you for everything|sorry for everything|love you all|tell (?:my|them) [a-z ]{0,20}i love)';
const WANT = '(?:want|wants|wanted|wanting|going|gonna|plan|plans|planning|ready|trying|tried|thinking of|thinking about)';

// Patterns run on normalised text: lower case, no punctuation, "don't" → "do not".
export const RISK_PATTERNS: readonly RiskPattern[] = [
  // "suicide" as a noun can be talked about (a project, a film); the other wording is about a person.
  { reason: 'suicide', personal: false, pattern: new RegExp(`\\b(?:suicide|suicde)\\b(?! ${TOPIC_NOUN}\\b)`) },
  // The noun after a plan or a thought of one ("thinking of suicide", "going to overdose", "want to self harm")
  // is the writer's own, so a word like "leaked" or "news" elsewhere in the message does not cancel it.
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:${WANT}|contemplating|considering|about to|close to)(?: to)? (?:commit |attempt |do )?(?:suicide|suicde)\\b(?! ${TOPIC_NOUN})`) },
  { reason: 'self-harm', personal: true, pattern: new RegExp(`\\b(?:${WANT}|contemplating|considering|about to|close to)(?: to)? self ?harm\\b(?! ${TOPIC_NOUN})`) },
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:${WANT}|contemplating|considering|about to|close to)(?: to)? (?:take an |taking an |do an )?overdose\\b(?! ${TOPIC_NOUN})`) },
  { reason: 'suicide', personal: true, pattern: /\bsuicidal\b|\bsucidal\b|\bsuicial\b|\bsuicidle\b|\bsu[ie]{0,2}[cs][ie]{0,2}d(?:al|el|le|il|ial|ale)\b|\b(?:commit|committing|considering|thinking about|attempt|attempted) suicide\b(?! (?:prevention|awareness|research|training|statistics|policy)\b)/ },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:kill|kil|killing|killin|killed|hang|hanging|hangin|drown|drowning|drownin|droon|droonin|off|top|topping|toppin|end|endin) ${SELF}\\b|\\bkms\\b`) },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:kill|kil|killing|killin|hang|hanging|hangin|top|topping|toppin) ${OTHER}\\b`) },
  // An unnamed person's act ("a documentary about a man who took his own life") is a report in a story, like an overdose below.
  { reason: 'suicide', personal: false, pattern: new RegExp(`\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)? (?:ended|took|taken) (?:his|her|their) (?:own )?life\\b`) },
  { reason: 'suicide', personal: true, pattern: new RegExp(`(?<!\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)? )\\b(?:end|ending|endin|ended|take|taking|took|taken) (?:my|his|her|their) (?:own )?life\\b`) },
  // "end it please" stays a risk: it may mean the chat, but a person at risk writes it too, and the
  // crisis answer costs the first little and saves the second (hazard H3: a missed crisis is the worst failure).
  { reason: 'suicide', personal: true, pattern: /\bend(?:ing|in)? (?:it|it all|it aw|things|everything)\b(?! (?:with|for|now that|at) )/ },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b${WANT} to die\\b|\\b(?:want|wants|wantin|wanting|just want|want tae) to dee\\b|\\bwant to be dead\\b|\\bwish (?:i|i was|i were) (?:was |were )?dead\\b|\\bwish i could die\\b|\\bwish i was never born\\b|\\brather be dead\\b`) },
  { reason: 'suicide', personal: true, pattern: /\bbetter off (?:dead|without me)\b|\b(?:better off|happier|easier|better) (?:if|when|once) i (?:was|were|am|wis) (?:gone|dead|not here|not around)\b|\b(?:want|wish) (?:i was |i were |to be )?gone for good\b|\bno (?:point|reason) (?:in )?(?:living|going on|being alive|carrying on|to live|to go on|in life|to stay alive|staying alive)\b|\b(?:want|wish|need) (?:it|it all|everything|this|the pain) to (?:stop|end) (?:for good|forever|for ever|permanently)\b/ },
  // Scots "deid" (dead) and "dee" (die): "a wish a wis deid", "id be better aff deid", "am gonnae dee".
  { reason: 'suicide', personal: true, pattern: /\b(?:wish|want|wantae|wanna)(?: that)? (?:i|a|ah)? ?(?:wis|was|were|am|wis jist|was just) deid\b|\b(?:better aff|better off|rather be|want tae be|want to be|wanna be) deid\b|\b(?:gonnae|gonna|going tae|goin tae|gaun tae) dee\b/ },
  // Hopelessness in other words ("what's the point of me being here", "better off not existing", "ways to
  // die", "don't care if I die"). Broad enough to appear negated in ordinary worry, so a negated match
  // is no disclaimer (it could otherwise hide a crisis the recogniser found).
  { reason: 'suicide', personal: true, disclaims: false, pattern: /\b(?:do not|can not|could not) see (?:any|the|much) point (?:in|of) (?:me )?(?:living|being here|being alive|existing|going on|carrying on)\b|\bbetter off (?:not existing|not being here|not here|not alive|gone)\b|\b(?:what is the|no|any|see the|see no) point (?:in|of) (?:me )?(?:being here|being alive|existing|being around|going on|carrying on|living)\b|\bpoint (?:in|of) living\b|\bways? to (?:die|kill myself|end my life|end it)\b|\b(?:if|whether) i (?:live or die|live or not|die or not|wake up or not)\b|\b(?:do not|does not|never) care (?:if|whether) i (?:die|live|wake up|am dead)\b/ },
  // Hopelessness about living itself ("no point anymore", "had enough of life", "no one would miss me"),
  // not about a task ("no point phoning them", "sick of my life being online").
  { reason: 'suicide', personal: true, pattern: /\bno point (?:any ?more|in anything|in any of it|to anything|to any of it|to life|in life)\b(?! (?:in|to|trying|phoning|calling|asking|changing|checking|waiting) )|\b(?:had enough of|sick of|tired of|done with) (?:life|living|being alive)\b(?! (?:being|online|in|on|at|with|from|here))|\b(?:no one|noone|nobody|naebody) (?:would|will|is going to|going to|wid|would even) (?:miss me|care if i (?:was|were|am|died|die|was gone|were gone)|notice if i (?:was|were) gone)\b/ },
  { reason: 'suicide', personal: true, pattern: /\bnot worth living\b|\bnothing (?:left )?to live for\b|\bno will to live\b|\bnever wake up\b|\bgoodbye (?:letter|letters|note|notes)\b/ },
  { reason: 'suicide', personal: true, pattern: /\b(?:do not|does not|doesn t|doesnt|disnae|no|nae) (?:want|wantin|wanting) to (?:live|be alive|be here|exist|wake up|go on)\b|\bnot want to be here any ?more\b|\bnot sure (?:if )?i want to (?:live|be here|go on)\b/ },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\bcan not (?:go on|keep going|do (?:this|it) any ?more|live like this)\\b|(?<!\\b(?:you|u|players?|characters?|people) )\\bjump(?:ing)? (?:off\\b(?! ${ON_A_CALL}\\b)|in front of\\b)|\\bthinking of jumping\\b|\\b(?:no|any|a) way out\\b|\\bexcept dying\\b|\\bcan not see (?:a|any) (?:way out|future|point)\\b|\\bgoodbye forever\\b|\\brope ready\\b|\\bhave a rope\\b`) },
  { reason: 'suicide', personal: true, pattern: /\b(?:want|wanna|going|wish i could|just want) to (?:disappear|vanish|not exist|go to sleep and not wake up)(?: forever| for good| for ever| permanently)\b|\bdisappear (?:forever|for good)\b|\b(?:lethal|fatal) dose\b|\bhow many [a-z ]{0,30}(?:to die|would kill me|to kill myself|to end it)\b/ },
  // A farewell: "i won't be here much longer", "goodbye everyone, thanks for everything, i won't be here tomorrow".
  // "Won't be here tomorrow" alone is ordinary ("call me today, i won't be here tomorrow"); with a farewell it is not.
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:will not|wont|am not going to|not going to|might not|may not) (?:be (?:here|around|alive)|see) (?:much longer|for much longer|for long|by (?:the )?morning|in the morning|after tonight|this time tomorrow|another day)\\b|\\b(?:will not|wont) (?:be (?:alive|breathing)|wake up) tomorrow\\b|\\b${FAREWELL}\\b.*\\b(?:will not|wont|am not going to) be (?:here|around) tomorrow\\b|\\b(?:will not|wont|am not going to) be (?:here|around) tomorrow\\b.*\\b${FAREWELL}\\b|\\bgoodbye (?:cruel )?world\\b`) },
  // At a height now, said with nothing after it ("im on the roof", "i'm at the top of the multi storey");
  // "on the roof fixing the aerial" and "on the bridge to the hospital" say why.
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:i am|i m|im) (?:up )?(?:at|on|standing on|sitting on|standing at|sat on) (?:the |a )?${HEIGHT}(?= *$| (?:now|right now|tonight|again|alone|on my own|and (?:i|it|thinking|want|going|cannot|can not))\\b)`) },
  // A method stated as a plan or as happening now: a jump with nothing after it or a place, a height,
  // a crash, a train. "going to jump on a call" and "jump to conclusions" are not.
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:${WANT}|about|ready) to jump\\b(?= *$| (?:now|tonight|today|bye|goodbye|off\\b(?! ${ON_A_CALL}\\b)|from|in front|in(?:to)? the (?:river|sea|loch|water|nith|solway|firth)\\b))|\\b(?:standing|stood|sitting|sat|climbing|climbed|up) on (?:the |a |top of (?:the |a )?)?(?:bridge|ledge|roof|rooftop|parapet|railings?|cliff|cliff edge)\\b|\\bon the edge of (?:the |a )?(?:bridge|cliff|roof|building|car park)\\b|\\b${WANT} to (?:drive|crash|steer) (?:my car |the car |myself |it )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|river|sea|loch|lorry|truck|train)\\b|\\b(?:step|stepping|walk|walking|throw myself|throwing myself) in front of (?:a |the )?(?:train|lorry|bus|car|truck)\\b|\\b${WANT} to (?:walk|wade) (?:out )?into (?:the )?(?:sea|river|loch|water|firth|solway|nith|tide)\\b|\\b${WANT} to swim out (?:to sea|into the (?:sea|firth|solway))\\b`) },
  { reason: 'self-harm', personal: false, pattern: new RegExp(`\\bself ?harm\\b(?! ${TOPIC_NOUN}\\b)`) },
  // Self-harm long past ("i self harmed as a teenager") or an unnamed patient's ("a patient who self harmed asked
  // about her notes") may be a records question: it stands unless the message speaks of notes, records or news.
  // "My son self harmed after the leak" and "I've been self harming" are always personal.
  { reason: 'self-harm', personal: false, pattern: new RegExp(`\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)?(?: been)? self ?harm(?:ing|ed)\\b|\\bself ?harm(?:ing|ed) ${LONG_AGO}\\b`) },
  { reason: 'self-harm', personal: true, pattern: new RegExp(`(?<!\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)?(?: been)? )\\bself ?harm(?:ing|ed)\\b(?! ${LONG_AGO}\\b)|\\bi self ?harm\\b`) },
  { reason: 'self-harm', personal: true, pattern: new RegExp(`\\b(?:harm|harming|harmed|harmin|hurt|hurting|hurtin|cut|cutting|cuttin|burn|burning|burned|burnt|burnin|injure|injuring|injured|slash|slashed|slashing) (?:${SELF}|${OTHER})\\b(?<!\\b(?:accidentally|by accident) [a-z]+ [a-z]+)(?! ${ACCIDENT}\\b)|\\b(?:cut|cutting|cuttin|slit|slitting|slash|slashed|slashing) (?:my|his|her|their) (?:wrists?|throat)\\b|\\b(?:scratch|scratching|scratched|pick|picking|cut|cutting|hit|hitting|bang|banging) (?:my (?:arms?|legs?|skin|wrists?|thighs?|face|hands?|head|body)|${SELF}) (?:till|until) (?:it|they|i) (?:bleeds?|bled)\\b|\\b(?:use|turn) (?:it|them|that|this|(?:the|a|my) (?:knife|blade|razor|gun|rope|lighter)) on ${SELF}\\b`) },
  { reason: 'overdose', personal: false, pattern: new RegExp(`\\boverdose\\b(?! ${TOPIC_NOUN}\\b)`) },
  // An unnamed person's overdose ("the article said a patient overdosed") may be a report: it stands
  // unless the message talks about news or hearsay. "My son has taken an overdose" is always personal.
  { reason: 'overdose', personal: false, pattern: new RegExp(`\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)? (?:overdos(?:ed|ing)|(?:taken|took) an overdose)\\b`) },
  { reason: 'overdose', personal: true, pattern: new RegExp(`(?<!\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)? )(?:\\boverdos(?:ed|ing)\\b(?! on ${TOO_MUCH_OF}\\b)|\\b(?:taken|took|take|taking) an overdose\\b)|\\bod(?:ed|d| d)\\b(?! [a-z]+ (?:grade|number))`) },
  // "gonna OD", and drink with a stash of pills ("a bottle of vodka and all my pills"); "wine with paracetamol" is a dosing question.
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:${WANT}|about|ready|will|might) (?:to )?od\\b|\\b(?:vodka|whisky|whiskey|booze|gin|wine|bottle of [a-z]+|sat|sitting|sat here|sitting here) (?:and|with|plus) (?:all (?:of )?(?:my|the|his|her) |a load of |loads of |a box of |boxes of |packets of |a stash of )${PILLS}\\b`) },
  // "can i take ibuprofen with paracetamol" asks about dosing; "took all my tablets" does not.
  // Any "take … tablets" stays a risk, habit or not ("I might just take my tablets and not wake up"): a
  // missed overdose is the worst failure, a crisis answer to "I take tablets for depression" the lesser one.
  { reason: 'overdose', personal: true, pattern: new RegExp(`(?<!\\b(?:can|should|could|do|when|how often|how much|safe to|okay to|ok to) (?:i |you |we |they )?)\\b(?:took|taken|take|taking|swallowed|swallow|stockpiling|saving up|have all) (?:[a-z]+ ){0,8}${PILLS}\\b(?! (?:prescription|repeat))`) },
  // "...but tonight I'm taking them all": the pills named earlier, all of them at once.
  { reason: 'overdose', personal: true, pattern: new RegExp(`(?<=\\b${PILLS}\\b.{0,120})\\b(?:take|taking|took|swallow|swallowing|swallowed) (?:them all|the lot|the whole lot|all of them|every one of them)\\b(?! (?:home|back|away|out|in|with|to)\\b)`) },
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:took|taken|swallowed|had) (?:about |like |over |around |nearly )?[1-9]\\d+ (?:[a-z]+ ){0,3}(?:${PILLS}|paracetamol|ibuprofen|co codamol|aspirin)\\b`) },
  // Unsafe with a person or a place, not with an app, a website or one's data ("i feel unsafe using the nhs
  // app", "i'm not safe from scammers now"), nor "in danger of losing my job".
  { reason: 'danger', personal: true, pattern: new RegExp(`\\b(?:(?:i am|we are|i feel|i am in|i feel in) (?:in )?(?:danger|unsafe)|not safe|feel unsafe)\\b(?! ${NOT_PERSONAL_DANGER}\\b)|\\bin danger now\\b|\\b(?:do not|no longer) feel safe\\b(?= *$| (?:at home|in my (?:own )?(?:home|house|flat)|with (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|son|daughter))|around (?:him|her|them)|here|any ?more)\\b)`) },
  { reason: 'danger', personal: true, pattern: /\b(?:threatening|threatened|threatens) (?:me|us|my [a-z]+) with (?:a |an )?(?:knife|gun|weapon|blade|bat)\b|\bthreaten(?:ed|ing|s)? to (?:kill|hurt|harm|come round|come over|attack|stab|shoot|batter|beat|strangle|burn)\b/ },
  { reason: 'danger', personal: true, pattern: /\b(?:someone|somebody|a man|a woman|he|she|they|he is|she is|they are) (?:is |are )?(?:outside|at) my (?:door|house|home|window|flat)\b(?! (?:earlier |this morning |today |yesterday |last night )?(?:said|saying|says|claiming|claimed|claims|selling|asking (?:for|about) (?:my |me |for my )?(?:details|money|information|info|bank|card|payment|date of birth|chi)))|\btrying to (?:get|break) in(?:to my)?\b|\boutside my (?:house|door|flat|home) (?:threatening|shouting)\b/ },
  // Fear or a reported threat of harm from someone ("scared he'll hurt me", "says she'd kill me"); a bare
  // "my mum will kill me" is the idiom, so the fear or threat word must come first.
  { reason: 'danger', personal: true, pattern: /\b(?:scared|afraid|frightened|terrified|fear|feared|says|said|saying|told me|tells me|threatened|threatening|threatens) (?:that )?(?:he|she|they|someone|somebody) (?:will|would|d|ll|is going to|are going to|going to|might|could) (?:kill|hurt|harm|stab|batter|attack|beat|strangle|shoot) (?:me|us|my (?:kids|children|son|daughter|baby|bairns?|weans?|family|wife|husband|partner|mum|dad|wee [a-z]+))\b|\b(?:scared|afraid|frightened|terrified|fear|fearing) for my (?:life|safety)\b/ },
  // Strangling, a warning sign of domestic homicide: "he put his hands round my neck".
  { reason: 'danger', personal: true, pattern: /\b(?:hands?|arm) (?:round|around) my (?:neck|throat)\b/ },
  // Someone armed near the writer ("there's a man with a knife outside"); as a report ("the article said
  // a man with a knife…") it stands down like other reported wording.
  { reason: 'danger', personal: false, pattern: /\b(?:man|guy|woman|someone|somebody|person|he|she|they|there is|theres)(?: is| has| has got| is holding| got)? (?:with |holding )?(?:a |an )?(?:knife|gun|machete|blade|weapon)\b(?= .*\b(?:outside|here|door|house|home|flat|window|garden|room|now|coming)\b)/ },
  // Being hit now or lately by a person ("my husband is hitting me"); "it hit me", "hit me up" and "beat me to it" are not.
  { reason: 'danger', personal: true, pattern: /\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|son|daughter|brother|sister|someone|somebody) (?:has |had |just |keeps |is |was |has been |been |keeps on |always )?(?:hit|hits|hitting|punched|punches|punching|beat|beats|beating|beaten|strangled|strangling|choked|chokes|choking|kicked|kicks|kicking|attacked|assaulted|battered|battering) me\b(?! (?:up|to it|to the|at))/ },
];
