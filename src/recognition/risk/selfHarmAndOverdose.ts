import type { RiskPattern } from '../riskPatterns';
import { SELF, OTHER, PILL_WORDS, PILLS, TOPIC_NOUN, UNNAMED, CAN_ONE, DOSE_QUESTION, HABIT, QUANTITY, LONG_AGO, PAST, ACCIDENT, TOO_MUCH_OF, WANT, PAINKILLER_COUNT, MANY } from './riskWording';

/**
 * One or two taken ("i take two paracetamol for headaches"): a dose, unless taken again and again ("…every
 * hour", "…and then the rest"); a number of boxes or strips is no dose.
 */
const ONE_OR_TWO = '(?:took|taken|take|taking|swallowed|swallow) (?:one|two|a couple of|a couple|couple of)';

/** The cutting and burning of self-harm, told in the past or as ongoing ("cut my arms again", "burnt my wrists wi a lighter"). */
const INJURED = '(?:cut|cuts|cutting|cuttin|slashed|slashing|slash|slashin|burned|burnt|burning|burnin|burn|carved|carving|sliced|slicing|scored|scoring)';
/** Where self-harm is done, so cut or burnt with no accident told it is self-harm: "i cut my arms", "cuttin ma legs". */
const LIMBS_HARMED = '(?:arms|wrists|thighs|legs)';
/** Any part, counted only with a sign it was meant ("cut my arm last night on purpose", "…so nobody would see"). */
const BODY_PART = '(?:arms?|wrists?|thighs?|legs?|skin|stomach|belly|tummy|hips?|chest|body)';
const WHOSE = '(?:my|ma|mah|his|her|their)';
/**
 * An accident told after the injury: "cut my arm on the fence", "burnt my arms in the sun", "cut my leg
 * shaving", "burned my hand with the iron". Everyday ways of getting hurt, as ACCIDENT, and more general ones.
 */
const HOW_HURT = `(?:${ACCIDENT}|on (?:a|an|the|some|my|ma|his|her|their)|in (?:the|a) (?:sun|garden|kitchen|bath|shower|fall|crash|accident|fire)|(?:when|while|whilst|at|during|from|fae|off|by|falling|fell|tripping|climbing|walking|running|playing|working|cycling|sunbathing|pruning|gardening|doing|making|fixing|opening|cleaning|getting)|with (?:(?:the|a|an|some|my) )?(?:hot |boiling )?(?:iron|kettle|oven|pan|tray|grill|cooker|hob|hot water|boiling water|hot oil|oil|steam|soup|tea|coffee|candle wax)|eczema|psoriasis|rash|itch[a-z]*|hives|allerg[a-z]*|bites?|midges|sunburn[a-z]*)`;
/**
 * Someone else who cut or burnt the writer: "they cut my legs for the vein op", "the physio burned my legs".
 * Looked for behind the verb just matched, not before every word (a long message was slow).
 */
const DONE_BY_ANOTHER = '(?<!\\b(?:they|it|he|she|you|u|we|someone|somebody|who|which|surgeons?|doctors?|dr|physios?|nurses?|dentist|hairdresser|barber|vet|consultant|cat|dog|kids?|the [a-z]+)(?: (?:have|has|had|just|then|also|accidentally))? [a-z]+)';
/** No accident told in the next few words. */
const NO_ACCIDENT = `(?!(?: [a-z0-9]+){0,6}? ${HOW_HURT}\\b)`;
/** Signs a hurt was meant: again, on purpose, till it bled, hidden. */
const MEANT = '(?:again|agen|on purpose|deliberately|purposely|intentionally|to (?:bits|shreds|ribbons)|tae bits|raw|(?:till|until|til) (?:it|they) (?:bled|bleed|bleeds)|so (?:nobody|no one|noone|naebody|naeb) (?:would|will|could|can|wid|wull|would not|will not|can not) see|so it (?:does not|will not|wont) show|to (?:feel|punish))';
/** How many days, weeks or months without self-harm ("after 2 years clean"), said of a cut or burn told just before. */
const TIME_CLEAN = '(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:days?|weeks?|months?|years?) clean';

/** What may follow pills taken but not named: the end, a time, drink, how it feels; not a place or a use. */
const THEN_ONLY = '(?= *$| (?:and|an|n|now|noo|the now|just now|tonight|last night|this morning|today|earlier|already|ago|an hour|a while|half an hour|hours?|minutes?|mins?|about|around|i|im|ive|feel|feeling|with (?!(?:me|us|him|her|them|my|the)\\b)|wi|so(?! far)|cos|coz|because|please|pls|help|what|at once|in one go|all at once|on purpose)\\b)';
/** Harming oneself, before "myself" or "herself". */
const SELF_HARMED = '(?:harm|harming|harmed|harmin|hurt|hurting|hurtin|cut|cutting|cuttin|burn|burning|burned|burnt|burnin|injure|injuring|injured|slash|slashed|slashing)';

/** Self-harm and overdoses: acts, relapses, quantities of medicines, and others at risk now. */
export const SELF_HARM_AND_OVERDOSE: readonly RiskPattern[] = [
  // A child who has got into medicines or bleach: "the bairn got intae ma pills, she's awfy drowsy". "took his
  // tablets" is a dose given, so taking counts only with an amount ("took loads of my tablets").
  {
    reason: 'overdose',
    personal: false,
    pattern:
      /\b(?:bairn|wean|child|kid|toddler|baby|wee one|son|daughter|boy|girl|grandson|granddaughter)s? (?:has |is |just |)(?:got (?:into|in to|hold of)|swallowed|eaten|ate|drank|drunk|been into|(?:took|taken|has taken) (?:loads of|a lot of|lots of|all of|the whole|a handful of|a few of)) (?:my|the|her|his|our|some of my|some of the|all my|all the|a bottle of|some) (?:\w+ )?(?:pills|tablets|meds|medicine|medication|paracetamol|calpol|bleach|methadone|vapes?|batteries|button batteries)\b/,
  },
  { reason: 'self-harm', personal: false, pattern: new RegExp(`\\bself ?harm\\b(?! ${TOPIC_NOUN}\\b)`) },
  // Bleeding from one's own cuts: "bleeding a lot from where i cut", "cut too deep".
  { reason: 'self-harm', personal: true, pattern: /\b(?:from |where |after )i (?:cut|cut myself|have cut|cut again)\b(?! (?:the|my hair|it|down|back|out|off)\b)|\bcut (?:too |really |so |a bit too )?(?:deep|deeper)\b|\bfrom my cuts\b/ },
  // Cutting with no object is self-harm ("been cutting again", "started cutting", Scots "been cuttin again"); "cutting down", "cutting the grass" have one.
  { reason: 'self-harm', personal: true, pattern: /\b(?:been|started|start|keep|kept|back to|gone back to|went back to|am|is|was|she is|he is|she has been|he has been) cutt(?:ing|in)(?= *$| again\b| (?:my|his|her) (?:arms?|legs?|wrists?|thighs?|skin|body)\b| and\b| since\b)|\bcutt(?:ing|in) again\b/ },
  // Self-harm long past ("i self harmed as a teenager") or an unnamed patient's ("a patient who self harmed asked
  // about her notes") may be a records question: it stands unless the message speaks of notes, records or news.
  // "My son self harmed after the leak" and "I've been self harming" are always personal.
  { reason: 'self-harm', personal: false, pattern: new RegExp(`\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)?(?: been)? self ?harm(?:ing|ed)\\b|\\bself ?harm(?:ing|ed) ${PAST}\\b|\\b${PAST} (?:i |i have |i had )?self ?harm(?:ing|ed)\\b`) },
  // Self-harm as a habit now, told of someone close: "my sister self harms, is her data in the leak".
  { reason: 'self-harm', personal: true, pattern: new RegExp(`\\b(?:he|she|my [a-z]+|ma [a-z]+|oor [a-z]+|our [a-z]+)(?: (?:still|also|often|sometimes|now|regularly))? self ?harms\\b(?! ${TOPIC_NOUN}\\b)`) },
  { reason: 'self-harm', personal: true, pattern: new RegExp(`(?<!\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)?(?: been)? )(?<!\\b${PAST} (?:i |i have |i had )?)\\bself ?harm(?:ing|ed)\\b(?! ${PAST}\\b)|\\bi self ?harm\\b`) },
  // Someone else's, said with a time long past ("my sister was cutting herself when she was at school"), is history:
  // it stands unless the message is about notes or records (see historyInRecords.ts). The writer's own stays personal.
  { reason: 'self-harm', personal: false, pattern: new RegExp(`\\b${SELF_HARMED} ${OTHER} ${PAST}\\b`) },
  { reason: 'self-harm', personal: true, pattern: new RegExp(`\\b${SELF_HARMED} (?:${SELF}\\b|${OTHER}\\b(?! ${PAST}\\b))(?<!\\b(?:accidentally|by accident) [a-z]+ [a-z]+)(?! ${ACCIDENT}\\b)|\\b(?:cut|cutting|cuttin|slit|slitting|slash|slashed|slashing) (?:my|his|her|their) (?:wrists?|throat)\\b|\\b(?:scratch|scratching|scratched|pick|picking|cut|cutting|hit|hitting|bang|banging) (?:my (?:arms?|legs?|skin|wrists?|thighs?|face|hands?|head|body)|${SELF}) (?:till|until) (?:it|they|i) (?:bleeds?|bled)\\b|\\b(?:use|turn) (?:it|them|that|this|(?:the|a|my|his|her) (?:knife|blade|razor|gun|rope|lighter)) on (?:${SELF}|${OTHER})\\b`) },
  // Self-harm told as done or ongoing, though the words "self harm" are not said (a blind dev set: "ive cut my
  // arms again since finding out" got no answer). Arms, wrists, thighs and legs cut or burnt with no accident
  // told are self-harm; any other part needs a sign it was meant; "my arms are cut to bits again"; a relapse.
  // Not "cut my arm on the fence", "cut my finger chopping onions", "burnt my arms in the sun", "my hours got cut again".
  {
    reason: 'self-harm',
    personal: true,
    pattern: new RegExp(
      `\\b${INJURED}${DONE_BY_ANOTHER} ${WHOSE} ${LIMBS_HARMED}\\b(?! off\\b)${NO_ACCIDENT}|\\b(?:${INJURED}|scratched|scratching|scratchin)${DONE_BY_ANOTHER} ${WHOSE} ${BODY_PART}\\b(?=(?: [a-z0-9]+){0,4}? ${MEANT}\\b)${NO_ACCIDENT}` +
        `|\\b(?:slashed|slashing|slashin|slash)${DONE_BY_ANOTHER} ${WHOSE} ${BODY_PART}\\b${NO_ACCIDENT}|\\b(?:used|using|use|took|take|put|putting) (?:a|the|my|ma) (?:razor|blade|knife|lighter|scissors|compass|sharpener|straighteners) (?:on|to|against) ${WHOSE} ${BODY_PART}\\b` +
        `|\\b${WHOSE} ${LIMBS_HARMED} (?:are|r|is|were|was) (?:all |aw )?(?:cut|slashed|burnt|burned|carved|scarred)(?: up)?(?= (?:again|agen|to bits|tae bits|to shreds)\\b)${NO_ACCIDENT}` +
        `|\\b(?:relapsed|relapse|relapsing|slipped up|slip up)\\b(?: [a-z]+){0,3}? (?:cut|cutting|burned|burnt|burning|harmed|self ?harmed|hurt ${SELF})\\b|\\bcut again\\b(?<=(?:^|\\b(?:i|ive|i have|and|just|then) )cut again)(?! (?:the|a|an|it|them|this|that|my|his|her|their|some)\\b)|\\b(?:cut|cutting|burned|burnt|burning|self ?harmed|harmed|hurt ${SELF})\\b(?: [a-z0-9]+){0,6}? ${TIME_CLEAN}\\b`,
    ),
  },
  // "Can you overdose on vitamin D?" asks about a supplement; asked about a medicine it stays a risk.
  { reason: 'overdose', personal: false, pattern: new RegExp(`\\boverdose\\b(?<!\\b${CAN_ONE} overdose)(?! ${TOPIC_NOUN}\\b)|\\boverdose on (?:[a-z]+ ){0,3}?${PILLS}\\b`) },
  // An unnamed person's overdose ("the article said a patient overdosed") may be a report: it stands
  // unless the message talks about news or hearsay. "My son has taken an overdose" is always personal.
  { reason: 'overdose', personal: false, pattern: new RegExp(`\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)? (?:overdos(?:ed|ing)|(?:taken|took) an overdose)\\b`) },
  { reason: 'overdose', personal: true, pattern: new RegExp(`(?<!\\b${UNNAMED}(?: who)?(?: has| had| have)?(?: just)? )(?:\\boverdos(?:ed|ing)\\b(?! (?:on ${TOO_MUCH_OF}|${PAST})\\b)|\\b(?:taken|took|take|taking) an overdose\\b(?! ${PAST}\\b))|\\bod(?:ed| d)\\b(?! [a-z]+ (?:grade|number))|(?<=\\b(?:i|he|she|they|we|you|have|has|had|just|nearly|almost|who|and) )odd\\b(?! (?:one|thing|things|email|text|message|call|letter|bit|way|look|feeling|number|socks?|job|time|times)\\b)`) },
  { reason: 'overdose', personal: false, pattern: new RegExp(`\\b(?:overdosed|took an overdose|taken an overdose) ${PAST}\\b`) },
  // The urge back after a past attempt ("i overdosed years ago and now i want to again", "tried to kill myself in
  // 2019 and feel like doing it again", "she self harmed as a teenager and now shes doing it again"): history
  // makes the attempt a record, "again" makes it now; so does a worry it will come again ("i'm scared she will
  // again now her records are out", "he said he'll do it properly this time").
  { reason: 'suicide', personal: true, pattern: /\b(?:(?:want|wanting|wants|going|thinking of|thinking about|feel like|feeling like|tempted|planning|ready|about)(?: to)? (?:do it |doing it |try |trying |try it |it )?(?:all over )?again|(?:feeling|feel|felt|getting) (?:that way|like that|the same|the urge|urges) again|the urges? (?:is|are) back|(?:is|are|am|has been|have been|shes|hes|she is|he is|they are|theyre|im|ive been|been|started|starting|back to|keeps?|kept) (?:doing|daein|at) (?:it|that) again|(?:she|he|they) (?:will|ll|might|may|is going to|is gonna|are going to) (?:do it |do that |try |try it )?again|(?:do|try) it (?:this time|properly)(?! (?:round|around)\b))\b(?<=\b(?:overdos[a-z]*|od|suicid[a-z]*|self ?harm[a-z]*|(?:kill|killed|cut|hurt|harm|harmed|hang|hanged) (?:myself|masel|my self|himself|herself|themselves|hissel|hersel)|(?:end|ended|take|took|taken) (?:my|his|her|their) (?:own )?life|attempt|attempted)\b.{0,150})/ },
  // "gonna OD", and drink with a stash of pills ("a bottle of vodka and all my pills"); "wine with paracetamol" is a dosing question.
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:${WANT}|about|ready|will|might) (?:to )?od\\b|\\b(?:took|taken|take|taking|had|done|did|do) an od\\b|\\b(?:vodka|whisky|whiskey|booze|gin|wine|bottle of [a-z]+|sat|sitting|sat here|sitting here) (?:and|with|plus) (?:all (?:of )?(?:my|the|his|her) |a load of |loads of |a box of |boxes of |packets of |a stash of |(?:about |like |around |over )?${MANY} (?:of )?(?:my |the |his |her )?)${PILLS}\\b`) },
  // "can i take ibuprofen with paracetamol" asks about dosing; "took all my tablets" does not.
  // Any "take … tablets" stays a risk, habit or not ("I might just take my tablets and not wake up"): a
  // missed overdose is the worst failure, a crisis answer to "I take tablets for depression" the lesser one.
  // A habit said after the pills ("took my tablets this morning as usual") is a dose, not an overdose; a
  // quantity before them ("a whole box of", "2 strips of", "all my") is one whatever follows.
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:took|taken|take|taking|swallowed|swallow)\\b(?<!${DOSE_QUESTION}[a-z]+)(?<!\\b(?:stopped|stop|stopping|forgot|forget|forgetting|started|start|starting) taking) (?:[a-z]+ ){0,8}(?<!\\b${ONE_OR_TWO} )${PILL_WORDS}\\b(?! (?:prescription|repeat|${HABIT})\\b)|\\b${ONE_OR_TWO} ${PILLS} (?:every (?:hour|half hour|few (?:hours|minutes)|[a-z0-9]+ minutes)|each hour|hourly|all day|all night|over and over|and (?:then )?(?:more|another|the rest))\\b|\\b(?:took|taken|taking|swallowed)\\b(?<!${DOSE_QUESTION}[a-z]+) (?:[a-z0-9]+ ){0,4}?${QUANTITY} (?:[a-z0-9]+ ){0,3}?${PILLS}\\b|\\b(?:take|swallow|had)\\b(?<!${DOSE_QUESTION}[a-z]+) (?:[a-z0-9]+ ){0,4}?${QUANTITY} (?:[a-z0-9]+ ){0,3}?${PILLS}\\b(?! (?:${HABIT}|for (?:my|the|his|her|a) [a-z]+|reviewed|checked|changed|stopped|taken away|removed|replaced|renewed|delivered|prescribed|dispensed|counted|sorted|updated|on repeat)\\b)|\\b(?:stockpiling|stockpiled|saving up|saved up|hoarding|hoarded|have all) (?:[a-z0-9]+ ){0,8}${PILLS}\\b|\\b(?:necked|downed|popped|scoffed|necking|downing|popping) (?:[a-z0-9]+ ){0,4}?(?:${QUANTITY} (?:[a-z0-9]+ ){0,3}?)?${PILLS}\\b|(?:^|\\b(?:i|i have|i just|just|he|she|he has|she has|he just|she just|they have) )(?:just )?(?:took|taken|swallowed|necked|downed) (?:the whole lot|the lot|them all|all of them|every one of them|the whole (?:box|packet|pack|bottle|strip|tub))\\b`) },
  // A count of painkillers no prescription gives, whatever it is for ("i take 100 paracetamol for my back";
  // "i take 2 paracetamol for my back" is a dose), and medicines overdone ("i overdid it with the paracetamol").
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:took|taken|take|taking|swallowed|swallow|had)\\b(?<!${DOSE_QUESTION}[a-z]+) (?:[a-z]+ ){0,3}?${PAINKILLER_COUNT}\\b|(?<!\\b${CAN_ONE} )\\boverd(?:o|oes|id|oing|one) (?:it )?(?:with |on )?(?:the |my |his |her |all )?(?:[a-z]+ )?${PILLS}\\b(?! ball\\b)`) },
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:stash|stockpile|hoard) of (?:[a-z]+ ){0,3}?${PILLS}\\b|\\b(?:took|taken|swallowed|necked|downed) (?:his|her|my|their|a|the) (?:whole|entire|full) (?:prescription|supply|months supply|month supply|weeks supply|stash)\\b(?! (?:to|back|home|in|into|round|with|from|for|of)\\b)`) },
  // The means ready: "got the pills lined up", "enough tablets saved up", "the shotgun out", "the rope tied".
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b${PILLS} (?:all )?(?:lined up|laid out|counted out|set out|ready|out in front of me|in front of me|saved up|stashed|hidden away)\\b|\\benough (?:[a-z]+ ){0,2}${PILLS} (?:saved|stored|stashed|hidden|put by|to (?:kill|end|not|never|do it|die|finish))\\b`) },
  { reason: 'suicide', personal: true, pattern: /\b(?:got|have|had|taken|took|holding|loaded|with) (?:[a-z]+ ){0,3}(?:shotgun|gun|rifle)(?: is)? (?:out|loaded|ready|in my hand|next to me|beside me|in my mouth|to my head)\b(?! (?:for|to (?:shoot|clean|sell)|at the)\b)|\b(?:rope|noose|ligature) (?:is )?(?:ready|tied|set up|up)\b|\btied (?:a|the) (?:rope|noose)\b|\b(?:got|have|bought|found|holding|with) (?:my|a|the|some|new) (?:razor blades?|blades?)\b|\b(?:run|ran|running) a bath (?:and|with) (?:got |have )?(?:my|a|the) (?:razor|blade|knife|pills|tablets)\b|\b(?:knife|knives|blade|razor|razor blade|scissors|glass) (?:is )?(?:in my hands?|to my (?:wrists?|throat|arm|skin)|against my (?:wrists?|throat|arm|skin))\b/ },
  // Shut in with the means: "my son has locked himself in his room with a knife".
  { reason: 'suicide', personal: true, pattern: new RegExp(`\\b(?:locked|locking|barricaded|shut) (?:${OTHER}|${SELF}) (?:in|inside) (?:[a-z]+ ){0,3}?with (?:a|an|the|his|her|their|my|some|all (?:his|her|their|my)) (?:knife|knives|blade|blades|razor|razor blades|gun|rope|belt|cord|${PILLS})\\b`) },
  // Unresponsive after pills or drink ("not breathing properly after taking her tablets", "taken something,
  // she's unconscious"), and a child who drank "something under the sink".
  { reason: 'overdose', personal: true, pattern: /\b(?:is|are|has gone|went|gone|been found|found|lying) (?:not breathing|unconscious|unresponsive|blue)\b|\b(?:not breathing|stopped breathing|unconscious|unresponsive|will not wake up|not waking up|can not wake (?:him|her|them) up)\b(?=.{0,60}\b(?:after|took|taken|taking|drank|swallowed|pills|tablets)\b)|\b(?:taken|took|swallowed|drank|had) something\b.{0,40}\b(?:unconscious|unresponsive|not breathing|not waking|will not wake|can not wake)\b|\b(?:drank|drunk|swallowed|ate|eaten|has eaten|has drunk) (?:something |stuff |some stuff |some )?(?:from )?(?:under the sink|from the (?:cupboard|garage|shed))\b|\bswallowed (?:a )?(?:button battery|battery|batteries|magnets?|washing (?:capsule|pod|tablet)|liquitabs?|dishwasher tablet)\b/ },
  // Poison swallowed or about to be: bleach, antifreeze, weedkiller.
  { reason: 'overdose', personal: true, pattern: /\b(?:swallowed|swallow|drank|drunk|drink|drinking|taken|took|take|ingested) (?:some |a (?:bottle|cup|glass|mouthful|load) of |the |a lot of )?(?:bleach|antifreeze|anti freeze|weedkiller|weed killer|paraquat|rat poison|poison|drain cleaner|screenwash|screen wash)\b/ },
  // "...but tonight I'm taking them all": the pills named earlier, all of them at once.
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:take|taking|took|swallow|swallowing|swallowed) (?:them all|the lot|the whole lot|all of them|every one of them)\\b(?! (?:home|back|away|out|in|with|to)\\b)(?<=\\b${PILLS}\\b.{0,150})`) },
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:took|taken|swallowed|had) (?:about |like |over |around |nearly )?${MANY} (?:[a-z]+ ){0,3}(?:${PILLS}|paracetamol|ibuprofen|co codamol|aspirin)\\b`) },
  // Ten or more of "them" taken, the pills never named ("i took like twenty of them", "took about 30 of them an hour
  // ago"): only tablets are taken by such a count. Not when a place or a use follows ("took twenty of them to the
  // post office", "…home", "…for the church"): only the end of the message, a time, drink or how it feels may.
  { reason: 'overdose', personal: true, pattern: new RegExp(`\\b(?:took|taken|tuk|swallowed|swallied|necked|downed|popped)(?<=(?:^|\\b(?:i|ive|i have|just|he|she|hes|shes|he has|she has|has|they have) )(?:just )?[a-z]+) (?:like |about |around |over |nearly |maybe |at least |roughly |aboot |like about |a good )?${MANY} (?:of )?(?:them|they|those|these|em|thaim)\\b${THEN_ONLY}`) },
];
