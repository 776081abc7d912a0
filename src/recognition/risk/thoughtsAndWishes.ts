import type { RiskPattern } from '../riskPatterns';
import { SELF, OTHER, TOPIC_NOUN, UNNAMED, CLIENT, CLIENT_SAYS, PAST, ON_A_CALL, WANT } from './riskWording';

/**
 * After "nothing to stay for", a place, an event or a time that makes it about staying somewhere, not living:
 * "at the party", "in dumfries", "after the shop closed", "the second half", "so we left". Life, the world,
 * the leak and the kids are not such places.
 */
const STAY_AT_SOMETHING =
  '(?:at|on|till|until|to (?:see|watch|hear|finish)|in (?!(?:life|this world|the world|this life)\\b)|after (?!(?:this|that|all|everything|what|the (?:leak|hack|breach|letter))\\b)|the (?!(?:kids|children|bairns|weans|family|leak|rest of my life)\\b)|so (?:we|i) (?:left|went|headed|came|drove|moved|are moving|am moving)|(?:we|i) (?:left|went|headed|came|drove))';

/** Thoughts, plans and wishes to die, hopelessness, self-hatred: the writer's own, in their words. */
export const THOUGHTS_AND_WISHES: readonly RiskPattern[] = [
  // "suicide" as a noun can be talked about (a project, a film); the other wording is about a person.
  { reason: 'suicide', personal: false, pattern: new RegExp(`\\b(?:suicide|suicde)\\b(?! ${TOPIC_NOUN}\\b)`) },
  // The noun after a plan or a thought of one ("thinking of suicide", "going to overdose", "want to self harm")
  // is the writer's own, so a word like "leaked" or "news" elsewhere in the message does not cancel it.
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:${WANT}|contemplating|considering|about to|close to)(?: to)? (?:commit |attempt |do )?(?:suicide|suicde)\\b(?! ${TOPIC_NOUN})`) },
  // Suicide as the writer's own way out or on their mind ("my patients are all i have left and suicide feels like the
  // only way"): personal, so talk of patients elsewhere does not read it as staff work. Told of another, it is not.
  { reason: 'suicide', personal: true, pattern: /(?<!\b(?:says|said|feels|told (?:me|us)|thought) (?:that )?)\bsuicide (?:feels (?:like )?|is )(?:the|my) only (?:way|answer)\b|(?<!\b(?:says|said|told (?:me|us)) (?:that )?)\bsuicide (?:is )?on my mind\b/ },
  { reason: 'self-harm', personal: true, pattern: new RegExp(`\\b(?:${WANT}|contemplating|considering|about to|close to)(?: to)? self ?harm\\b(?! ${TOPIC_NOUN})`) },
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:${WANT}|contemplating|considering|about to|close to)(?: to)? (?:take an |taking an |do an )?overdose\\b(?! ${TOPIC_NOUN})`) },
  { reason: 'suicide', personal: false, pattern: new RegExp(`\\bsuicidal ${PAST}\\b`) },
  // A patient's or client's suicidal thoughts ("a patient with suicidal thoughts asked about her notes") are
  // staff talk: they stand unless the message is about notes, records or the writer's work.
  { reason: 'suicide', personal: false, pattern: new RegExp(`\\b${CLIENT} ${CLIENT_SAYS} (?:had |been |some |feeling )?(?:suicidal|suicide)\\b`) },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:suicidal|sucidal|suicial|suicidle|su[ie]{0,2}[cs][ie]{0,2}d(?:al|el|le|il|ial|ale))\\b(?<!\\b${CLIENT} ${CLIENT_SAYS} (?:had |been |some |feeling )?[a-z]+)(?! ${PAST}\\b)|\\b(?:commit|committing|considering|thinking about|attempt|attempted) suicide\\b(?! (?:prevention|awareness|research|training|statistics|policy)\\b)`) },
  // An attempt told of with a time long past ("my friend tried to kill herself in 2019, it's in her notes")
  // is history: it stands unless the message is about notes, records or news.
  { reason: 'suicide', personal: false, pattern: new RegExp(`\\b(?:kill|kil|killing|killin|killed|hang|hanging|hangin|hanged|drown|drowning|droon|top|topping|toppin|topped|off|end|ended) (?:${SELF}|${OTHER}) ${PAST}\\b`) },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:kill|kil|killing|killin|killed|hang|hanging|hangin|drown|drowning|drownin|droon|droonin|off|top|topping|toppin|end|endin|shoot|shooting|stab|stabbing|poison|poisoning|gas|gassing|strangle|strangling|suffocate|suffocating|electrocute) ${SELF}\\b(?! (?:${PAST}|laughing|with laughter|working|in the foot|to (?:get|finish|make|meet|keep|pay))\\b)|\\bkms\\b`) },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:kill|kil|killing|killin|hang|hanging|hangin|top|topping|toppin|drown|drowning|drownin|droon|droonin|off|end|endin|shoot|shooting|stab|stabbing|poison|poisoning|gas|gassing|strangle|strangling|suffocate|suffocating|electrocute) ${OTHER}\\b(?! (?:${PAST}|in the foot)\\b)`) },
  // "Do myself in" (Scots "dae masel in"): to kill oneself.
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:do|dae|doing|daein|going to do|going tae dae) (?:${SELF}|${OTHER}) in\\b`) },
  // An unnamed person's act ("a documentary about a man who took his own life") is a report in a story, like an overdose below.
  { reason: 'suicide', personal: false, pattern: new RegExp(`\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)? (?:ended|took|taken) (?:his|her|their) (?:own )?life\\b`) },
  { reason: 'suicide', personal: false, pattern: new RegExp(`\\b(?:ended|took|taken|tried to (?:end|take)) (?:my|his|her|their) (?:own )?life ${PAST}\\b`) },
  { reason: 'suicide', personal: true, pattern: new RegExp(`(?<!\\b${UNNAMED}(?: (?!i\\b|me\\b|my\\b)[a-z]+)?(?: who)?(?: has| had| have)?(?: just)? )\\b(?:end|ending|endin|ended|take|taking|took|taken) (?:my|his|her|their) (?:own )?life\\b(?! ${PAST}\\b)`) },
  // "end it please" stays a risk: it may mean the chat, but a person at risk writes it too, and the
  // crisis answer costs the first little and saves the second (hazard H3: a missed crisis is the worst failure).
  { reason: 'suicide', personal: true, pattern: /\bend(?:ing|in)? (?:it|it all|it aw|things|everything)\b(?! (?:with|for|now that|at) )/ },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b${WANT} to die\\b(?! (?:(?:my|her|his|their|your|the) (?:hair|roots|clothes|eyebrows|beard)|(?:of|from|with) (?:embarrassment|shame|boredom|laughter|laughing|cringe|envy))\\b)|\\b(?:want|wants|wantin|wanting|just want|want tae) to dee\\b|\\bwant to be dead\\b|\\bwish (?:i|i was|i were) (?:was |were )?dead\\b(?! (?:jealous|chuffed|envious|keen|proud|lucky|excited|impressed)\\b)|\\bwish i could die\\b|\\bwish i was never born\\b|\\brather (?:be dead|die) than\\b(?!.*\\b(?:lol|haha|lmao|joking|joke)\\b)|\\brather be dead\\b`) },
  { reason: 'suicide', personal: true, pattern: /\bbetter off (?:dead|without me)\b|\b(?:better off|happier|easier|better) (?:if|when|once) i (?:was|were|am|wis) (?:gone|dead|not here|not around)\b|\b(?:want|wish) (?:i was |i were |to be )?gone for good\b|\bno (?:point|reason) (?:in )?(?:living|going on|being alive|carrying on|to live|to go on|in life|to stay alive|staying alive)\b|\b(?:want|wish|need) (?:it|it all|everything|this|the pain) to (?:stop|end) (?:for good|forever|for ever|permanently)\b|\b(?:want|wish|need) (?:it all|it aw|everything|all of it|the pain|life|my life) to (?:stop|end)\b(?! (?:for a (?:while|bit|minute|day)|so i can))/ },
  // Scots "deid" (dead) and "dee" (die): "a wish a wis deid", "id be better aff deid", "am gonnae dee".
  { reason: 'suicide', personal: true, pattern: /\b(?:wish|want|wantae|wanna)(?: that)? (?:i|a|ah)? ?(?:wis|was|were|am|wis jist|was just) deid\b|\b(?:better aff|better off|rather be|want tae be|want to be|wanna be) deid\b|\b(?:gonnae|gonna|going tae|goin tae|gaun tae) dee\b/ },
  // Hopelessness in other words ("what's the point of me being here", "better off not existing", "ways to
  // die", "don't care if I die"). Broad enough to appear negated in ordinary worry, so a negated match
  // is no disclaimer (it could otherwise hide a crisis the recogniser found).
  { reason: 'suicide', personal: true, disclaims: false, pattern: /\b(?:do not|can not|could not|dinnae|cannae|canny|dont|cant) see (?:any|the|much|nae) point (?:in|of) (?:me )?(?:living|livin|being here|being alive|existing|going on|goin on|carrying on)\b|\bbetter off (?:not existing|not being here|not here|not alive|gone)\b|\b(?:what is the|whit(?:s| s| is)? the|no|any|see the|see no) point (?:(?:in|of|o) )?(?:me )?(?:being here|being alive|existing|being around|going on|goin on|carrying on|carryin on|living|livin)\b(?! (?:about|aboot|at)\b)|\bpoint (?:in|of) living\b|\bways? to (?:die|kill myself|end my life|end it)\b|\b(?:if|whether) i (?:live or die|live or not|die or not|wake up or not)\b|\b(?:do not|does not|never) care (?:if|whether) i (?:die|live|wake up|am dead)\b/ },
  // Hopelessness about living itself ("no point anymore", "had enough of life", "no one would miss me"),
  // not about a task ("no point phoning them", "sick of my life being online").
  { reason: 'suicide', personal: true, pattern: /\bno point (?:any ?more|in anything|in any of it|to anything|to any of it|to life|in life)\b(?! (?:in|to|trying|phoning|calling|asking|changing|checking|waiting) )|\b(?:had enough of|sick of|tired of|done with|given up on|giving up on) (?:(?:this |my )?life|living|being alive|everything|it all)\b(?! (?:being|online|in|on|at|with|from|here|about|to do with)\b)|\b(?:no one|noone|nobody|naebody) (?:would|will|is going to|going to|wid|would even) (?:miss me|care if i (?:was|were|am|died|die|was gone|were gone)|notice if i (?:was|were) gone)\b/ },
  // Self-hatred and being a burden, said of oneself: "i deserve to die", "i'm a burden to everyone", "can't face another day".
  { reason: 'suicide', personal: true, pattern: /\bi (?:deserve to (?:die|be dead)|should (?:be dead|just die|not be alive|never have been born)|do not deserve to (?:live|be alive|exist))\b|\b(?:i am|i feel like i am|i feel like|feel like i am|i am just|i am only) (?:just |such |nothing but )?a (?:burden|waste of space) (?:to|on|for) (?:everyone|everybody|every one|my family|my kids|my children|them|people|you all|my partner|my wife|my husband|my mum|my dad)\b|\bcan not face (?:another day|waking up|living|life|going on|it any ?more|tomorrow(?= *$| (?:and|so|i|any ?more)\b))/ },
  { reason: 'suicide', personal: true, pattern: /\bnot worth living\b|\bnothing (?:left )?to live for\b|\bnothing (?:left )?to stay alive for\b|\bno will to live\b|\bnever wake up\b|\bgoodbye (?:letter|letters|note|notes)\b/ },
  // Nothing to stay for, wherever it is said ("since the leak there's nothing to stay for and everyone knows",
  // Scots "naethin tae stay fur"); not staying at a place or an event ("nothing to stay for at the party so we
  // left", "…in dumfries now the shops have shut", "…after the shop closed"), unless "any more" follows.
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:(?:nothing|nothin|nuthin|naething|naethin|no one|noone|nobody|naebody)(?: (?:and|or) (?:no one|noone|nobody|naebody|nothing))?|no reason|nae reason|not much|not a lot|nothing much|nothing really|naething much|no much|nae much|what is|whats)(?: left| here| here for me| for me| left for me| really)? (?:to|tae) stay (?:around |here |on )?(?:for|fur)\\b(?! (?:${STAY_AT_SOMETHING})\\b(?![a-z ]{0,30}\\b(?:any ?more|no more|nae mair)\\b))`) },
  // Last words said as such: "this is my last message", "i have nothing left, goodbye everyone"; not the last
  // message to the helpline or the bot before phoning, nor "nothing left to do but wait".
  { reason: 'suicide', personal: true, pattern: /\bthis is my last (?:message|text|post|note|goodbye)\b(?! (?:to|for|on|about|before) (?:the|this|your|nhs|you (?:before|about))\b)|\b(?:i have|i have got|i got|there is|i am) nothing left(?: for me)?(?: here)?\b(?= *$| (?:in me|any ?more|now|goodbye|bye|to give|to live for)\b)|\bgoodbye (?:everyone|everybody|all|every one)(?= *$| (?:i|love|sorry|thanks for everything|thank you for everything|forgive)\b)/ },
  { reason: 'suicide', personal: true, pattern: /\b(?:do not|does not|doesn t|doesnt|disnae|no|nae) (?:want|wantin|wanting) to (?:live|be alive|be here|exist|wake up(?! (?:tomorrow )?(?:to|and (?:see|find|hear|read)|early|at)\b)|go on)\b|\bnot want to be here any ?more\b|\bnot sure (?:if )?i want to (?:live|be here|go on)\b/ },
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\bcan not (?:go on|keep going|do (?:this|it) (?:any ?more|no more|nae mair|no longer)|live like this)\\b|(?<!\\b(?:you|u|players?|characters?|people) )\\bjump(?:ing)? (?:off\\b(?! ${ON_A_CALL}\\b)|in front of\\b)|\\bthinking of jumping\\b|\\b(?:no|any|a) way out\\b|\\bexcept dying\\b|\\bcan not see (?:a|any) (?:way out|future|point)\\b|\\b(?:do not|dinnae|dont) see (?:a|any) future\\b(?= *$| (?:for (?:me|myself|masel)|any ?more|ahead|at all|now|left)\\b)|\\bgoodbye forever\\b|\\brope ready\\b|\\bhave a rope\\b|\\bhow to (?:tie|make) a (?:noose|ligature)\\b|\\b(?:${WANT}|keep thinking about|thinking about|tempted to|feel like) (?:crash|crashing|drive|driving|steer|steering|wrap|wrapping) (?:the|my) car (?:into|off|round) (?:a|the)\\b`) },
  { reason: 'suicide', personal: true, pattern: /\b(?:want|wanna|going|wish i could|just want) to (?:disappear|vanish|not exist|go to sleep and not wake up)(?: forever| for good| for ever| permanently)\b|\b(?:want|wanna|wish i could|just want|going) to (?:go to )?sleep (?:forever|for ever|permanently|for good)\b|\bdisappear (?:forever|for good)\b|\b(?:lethal|fatal) dose\b|\bhow many [a-z ]{0,30}(?:to die|would kill me|to kill myself|to end it)\b/ },
];
