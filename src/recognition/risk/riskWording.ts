/**
 * The words the risk patterns share: pills and medicines, who is meant ("someone", a patient), and the
 * wording that marks risk words as a topic, a report, a habit or an idiom rather than the writer's act.
 */
export const SELF = '(?:my ?self|masel|mysel|maself)';
/** Medicines people here are most often prescribed and name when they have taken too many ("a whole box of my sertraline"). */
const DRUGS = '(?:sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|venlafaxine|diazepam|valium|temazepam|zopiclone|pregabalin|gabapentin|co codamol|cocodamol|codeine|dihydrocodeine|tramadol|morphine|oxycodone|methadone|quetiapine|olanzapine|lithium|propranolol|ibuprofen|aspirin|antidepressants|anti depressants|calpol|nurofen|night nurse|benylin|sleepers|sleeping tablets|sleeping pills|sleepin pills|sleepin tablets)';
export const OTHER = '(?:himself|herself|themselves|themself|hissel|hersel)';
export const PILL_WORDS = '(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping pills|insulin)';
/** Ten or more in words, as people type a count: "twenty", "thirty odd", "a dozen", "forty five". */
export const COUNT_IN_WORDS = '(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?: (?:odd|something|one|two|three|four|five|six|seven|eight|nine))?|(?:a )?(?:hundred|dozen)|dozens|hundreds)';
/** Ten or more, in digits or words. */
export const MANY = `(?:[1-9][0-9]+|${COUNT_IN_WORDS})`;
/** Painkillers and sleeping tablets by the count no prescription gives: ten or more (the most a day is eight paracetamol). */
export const PAINKILLER_COUNT = `${MANY} (?:of )?(?:paracetamol|paracetamols|ibuprofen|ibuprofens|aspirin|aspirins|co ?codamol|codeine|tramadol|naproxen|painkillers?|sleeping (?:tablets|pills))`;
/** Pills by kind or by name. A bare "I take sertraline" is a prescription; the name counts with a quantity or a plan. */
export const PILLS = `(?:${PILL_WORDS}|${DRUGS})`;
/** Nouns that make risk wording a topic ('suicide prevention', 'overdose awareness'), not an act. */
export const TOPIC_NOUN = '(?:of (?:info|information|news|updates|emails|messages|jargon|reading|text|links)|prevention|intervention|risk (?:reviews?|assessments?|screening|factors?|tools?|training)|awareness|reversal|kits?|training|statistics|figures|rates?|research|squad|deaths?|policy|policies|leaflets?|posters?|work|workers?|charity|charities|campaigns?|teams?|services?|unit|clinic|nurses?|groups?|admissions?|attendances?|presentations?|assessments?|history|records?|notes|cases|referrals?|patients|missions?|bombers?|bombings?)';
/** Someone unnamed: what they did is likely a report (news, a story), not a person the writer is with. */
export const UNNAMED = '(?:someone|somebody|a patient|patients|the patient|another patient|one patient|a person|people|a man|a woman|a member of staff|a nurse|a doctor)';
/** "Can you …", "is it possible to …": a general question, not the writer's act. */
export const CAN_ONE = '(?:(?:can|could|do) (?:you|u|one|a person|people|anyone|someone|somebody)|is it possible to|possible to)';
/** "Can I take…", "safe to take…": a dosing question, not an overdose. */
export const DOSE_QUESTION = '\\b(?:can|should|could|do|when|how often|how much|safe to|okay to|ok to) (?:i |you |u |ye |we |they )?';
/** Said after pills, a daily habit ("as usual", "this morning"): a dose, not an overdose. */
export const HABIT = '(?:as usual|as normal|like normal|like always|as prescribed|every (?:day|morning|night|evening)|each (?:day|morning|night)|daily|this morning|in the morning|at night|at bedtime|once a day|twice a day|with (?:my )?(?:breakfast|dinner|tea|food|water))';
/** A quantity before pills ("a whole box of", "2 strips of", "all my"): more than a dose. */
export const QUANTITY = `(?:all|whole|box|boxes|packet|packets|packs?|strips?|blister packs?|lot|load|loads|handful|handfuls|bottle|tub|${MANY}|too many)`;
/** Someone a member of staff looks after: their disclosures are work talk, not the writer's risk. */
export const CLIENT = '(?:a patient|patients|the patient|another patient|one patient|one of my patients|a client|clients|a service user|service users|a pupil|pupils|a student|students|a resident|residents)';
/** How staff tell of a client's state: "a patient with…", "a client who disclosed…". */
export const CLIENT_SAYS = '(?:with|who (?:is|was|are|were|has|had|have|feels|felt|expressed|reported|disclosed)|having|has|had|expressing|expressed|reporting|reported|disclosing|disclosed|mentioned|talked about|feeling)';
/** A time long past ("as a teenager", "years ago"): what happened then is history in the notes, not now. */
export const LONG_AGO = '(?:as a (?:teenager|teen|kid|child|student|youngster)|in (?:my|his|her|their) (?:teens|twenties|20s)|(?:many |a few |several |a couple of |two |three |four |five |six |seven |eight |nine |ten |\\d+ )?years ago|when (?:i|he|she|they|we) (?:was|were) (?:younger|young|a teenager|a teen|a kid|a child|at school|at uni|\\d+)|back in (?:19|20)\\d\\d|in (?:19|20)\\d\\d)';
/** Past enough that an act told of is history (in the notes, in the family), not happening now: LONG_AGO or "last year". */
export const PAST = `(?:${LONG_AGO}|last (?:year|spring|summer|autumn|winter|christmas)|a (?:year|couple of years|few years) ago)`;
/** An everyday mishap after "cut/burnt/hurt myself" ("cut myself shaving", "burnt myself cooking"): an injury, not self-harm. */
export const ACCIDENT = '(?:laughing|laughin|shaving|cooking|chopping|slicing|peeling|gardening|ironing|by accident|accidentally|at the gym|playing [a-z]+|lifting [a-z]+|falling|when i fell|in a fall|on (?:a|the|some) (?:tin|can|glass|broken glass|bottle|fence|nail|oven|stove|iron|kettle|pan|barbed wire|paper))';
/** Things one "overdoses on" in a figure of speech ("overdosing on the news", "overdosed on chocolate"). */
export const TOO_MUCH_OF = '(?:(?:the|all the|my|social) )?(?:news|telly|tv|television|internet|media|social media|facebook|twitter|tiktok|instagram|netflix|updates|headlines|articles|stories|information|info|coffee|caffeine|energy drinks?|red ?bull|tea|chocolate|sugar|sweets|crisps|cake|biscuits|junk food|christmas telly|box sets?)';
/** "Jump off the phone / the call" means hang up, not a jump from a height. */
export const ON_A_CALL = '(?:(?:the|this|a|my|that) )?(?:phone|phone line|call|calls|chat|video call|zoom|teams|meeting|laptop|computer|internet|website|app)';
/** What makes "unsafe" or "not safe" about scams, apps or data rather than a person: "not safe from scammers", "unsafe using the app". */
export const NOT_PERSONAL_DANGER = '(?:of|online|on the internet|on line|to (?:use|click|open|log|go online|shop|answer|reply|give)|using|giving|sharing|answering|opening|clicking|logging|shopping|(?:from|fae) (?:scammers?|scams?|fraudsters?|fraud|hackers?|identity theft|criminals online|spam|phishing|cyber ?criminals|cyber attacks?)|with (?:the|this|that|my|your|an|a) (?:app|website|site|portal|phone|computer|laptop|data|details|information|emails?|texts?)|about (?:my |our |the )?(?:data|details|information|info|records|bank|accounts?|passwords?|identity))';
/** A height or an edge the writer is at now ("i'm at the top of the multi storey"), said with nothing after it or "now". */
export const HEIGHT = '(?:top of (?:the |a )?(?:multi ?storey|multistorey|car park|building|flats|tower|cliff|bridge)(?: car park)?|(?:multi ?storey|multistorey|car park roof|roof|rooftop|bridge|cliff|cliff edge|ledge|edge|viaduct)(?: car park)?)';
/** "Won't", "not going to", "don't think I'll": said before "be here by the morning". */
export const NOT_FUTURE = '(?:will not|wont|will no|will nae|willnae|ill no|ill not|am not going to|not going to|no going to|nae going to|might not|may not|(?:do not|dont) think (?:i will|i ll|ill))';
/** Despair that, like a farewell, makes "won't be here tomorrow" more than a day off. */
export const DESPAIR = '(?:had enough(?! of (?!(?:life|living|everything|it all|being alive)\\b))|can not (?:go on|do this any ?more|take (?:it|this|any) ?more|thole (?:it|this)))';
/** Words of leave-taking that make "won't be here tomorrow" a farewell. */
export const FAREWELL = '(?:goodbye|bye|thanks for everything|thank you for everything|sorry for everything|love you all|tell (?:my|them) [a-z ]{0,20}i love)';
export const WANT = '(?:want|wants|wanted|wanting|going|gonna|plan|plans|planning|ready|trying|tried|thinking of|thinking about)';
