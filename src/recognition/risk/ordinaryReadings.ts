import { PatternPrefilter } from '../requiredText';
import { ACCIDENT, CAN_ONE, COUNT_IN_WORDS, DESPAIR, HABIT, NOT_PERSONAL_DANGER, ON_A_CALL, OTHER, PAINKILLER_COUNT, PILL_WORDS, PILLS, SELF, TOO_MUCH_OF, TOPIC_NOUN, UNNAMED } from './riskWording';

/**
 * Risk wording that an ordinary reason said in the same message explains: "the pain will be over soon, my
 * operation is next week", "sorted out my affairs after my mum died", "goodbye, i won't be here tomorrow as
 * i'm working", "the news said someone tried to kill himself", "i take a whole load of tablets for my heart".
 * Each explains one match, never the message: other risk wording in it still stands. And a reason explains
 * nothing when the message also speaks of ending it ("…after my wife died and now i just want to be with her").
 * Kept out of RISK_PATTERNS, so the respelling does not take these everyday words for risk vocabulary.
 */
export interface OrdinaryReading {
  /** The risk wording (a match's own text) this reading can explain. */
  readonly wording: RegExp;
  /** What must come just before the wording ("i take", "a man who tried to"); anything when absent. */
  readonly before?: RegExp;
  /** The ordinary reason, anywhere in the message. */
  readonly reason: RegExp;
  /** Wording anywhere in the message that keeps the match a risk whatever the reason. */
  readonly unless: RegExp;
}

/**
 * The end, despair or a farewell said alongside, in any of these families: with it, a reason is no
 * explanation. Broad on purpose: it only ever keeps wording a risk ("…after my mum died, i'm going to join her").
 */
const ENDING = `(?:${[
  DESPAIR,
  'sorry for everything|love you(?: all)?|love (?:them|yous|u) all|forgive me|i am (?:so )?sorry(?! (?:to|for (?:the|bothering|asking|troubling|any|my|your|this)|if|but|about|i|that)\\b)',
  'do not (?:be sad|cry|miss me|worry about me)|for good|forever|for ever|my last|last (?:letters?|notes?|words|goodbye|night|day|time)',
  '(?:left|written|wrote|writing) (?:letters|notes)|letters? for|look after (?:my|the|them|him|her)(?: [a-z]+)? for me|my will',
  'nothing left|no point|nothing matters|not that it matters|(?:does not|doesnt|doesn t) matter(?: now| any ?more)?|no future|no hope|hopeless|pointless|no more (?:pain|suffering|hurting|hurt)',
  'without me|better off|burden|miss me|(?:nobody|no one|noone) (?:needs|cares|would care|will care)|not (?:be )?(?:a problem|needed|needing)|(?:will not|wont) need',
  'end it|ending it|end things|end my|the end for me|this is it|this is the end|(?:all|it will|it will all) be over|the only way|way out',
  'wake up|ready to go|i am ready(?! (?:for|to (?:go (?:home|back|out|in|to)|start|leave for|pay|make))\\b)|i am done(?! with (?:the|my|work)\\b)|i have had it(?! (?:done|out|removed|checked|fixed|replaced|for|since|before|a|the|on|in|at|taken|looked)\\b)',
  'i have decided|made (?:my|the) decision|made up my mind|my mind is made up|enough to do it|do it tonight|(?:going|gonna) to do it',
  'want to die|kill myself|suicid[a-z]*|overdos[a-z]*',
  '(?:with|join|see) (?:him|her|them|my (?:mum|mam|dad|wife|husband|partner|son|daughter|gran|granny|grandad))(?: again| soon| now)?',
  'at peace|made my peace|(?:will|finally) be free|(?:want|wanna|going|need) to (?:go to )?sleep|sleep (?:forever|for good|for ever)',
  'can not (?:cope|see (?:the|a|any) point|take (?:it|this|any)|carry on|face|live|go on|do this)|no (?:reason|will) to live',
  '(?:tired|sick) of (?:fighting|trying|it all|everything|this|living|life|being)|done with (?:it all|everything|life)|any ?more',
  '(?:it is|its) time|my time',
].join('|')})`;
/** Leave-taking: part of the farewell wording itself, so it keeps only the other families a risk. */
const LEAVE_TAKING = '(?:goodbye|bye|farewell|thanks for everything|thank you for everything)';

/** Medical reasons the pain ends: an operation, a tooth out, a birth, treatment that works. */
const MEDICAL_END = '(?:operation|op|surgery|surgeon|procedure|dentist|tooth|teeth|physio|physiotherapy|injection|jag|epidural|anaesthetic|labour|baby|midwife|stitches|plaster|cast|hip replacement|knee replacement|new (?:hip|knee)|treatment|chemo|radiotherapy|consultant|appointment|recovery|healing|healed)';
/** Treatment given up or taken away: then the pain ending is no cure. */
const TREATMENT_REFUSED = '(?:stopped|stopping|refused|refusing|cancelled|cancelling|not going|not having|no more|giving up|given up|give up)';
/** Why affairs are put in order in the ordinary way: a death in the family, a move, a divorce, retirement, a solicitor. */
const AFFAIRS_REASON = '(?:died|passed away|passed|death|bereavement|divorce|separation|solicitor|lawyer|accountant|attorney|probate|executor|estate|pension|retiring|retirement|retired|move abroad|moving abroad|moving house|emigrating|abroad|care home|funeral plan|funeral planning|funeral director|power of attorney|insurance)';
/** Someone else near the end of their life: then "not long now" is theirs, and said with thanks it is no farewell. */
const ANOTHERS_LAST_DAYS = '(?:hospice|palliative|end of life|terminal|terminally|last days|dying|(?:my|ma|oor|our|his|her) (?:mum|mam|mother|dad|father|gran|granny|nan|grandad|grandma|grandpa|husband|wife|partner|brother|sister|aunt|auntie|uncle|friend|pal|dog|cat) (?:is|has been) (?:very |really |so )?(?:ill|poorly|unwell|failing|sinking))';
/** Why someone is away tomorrow: work, a shift, a holiday, an appointment, a visit. */
const AWAY_REASON = '(?:working|at work|on (?:shift|nights|days|earlies|lates|holiday|holidays|leave|annual leave|a course|a trip|call)|night shift|day shift|my day off|day off|holiday|away (?:at|on|for) (?:a |the |my )?(?:wedding|holiday|work|business|weekend|course|conference|trip)|wedding|hospital appointment|appointment|at (?:my|the) (?:mum|mam|dad|gran|granny|sister|brother|son|daughter|friend|partner)|for the weekend|travelling|flying|moving house|course|conference|training|exam|interview)';
/** Painkillers and the period they are counted by: "paracetamol a week", "co codamol per month". */
/** Ten to fifty-six in words: a week's painkillers within a prescription ("twelve paracetamol a week"). */
const UP_TO_56_IN_WORDS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fourty)(?: (?:one|two|three|four|five|six|seven|eight|nine))?|fifty(?: (?:one|two|three|four|five|six))?|a dozen|dozen)';
const WEEKLY_PAINKILLERS = '(?:of )?(?:paracetamol|paracetamols|ibuprofen|ibuprofens|aspirin|aspirins|co ?codamol|codeine|naproxen|painkillers?) (?:a|per|each|every)';
/** Asking to move what one will not be there for: "…can it be moved", "i need to rearrange it". */
const RESCHEDULE = '(?:moved|move it|change it|changed|rearrang[a-z]*|reschedul[a-z]*|postpon[a-z]*|cancel[a-z]*|another (?:date|day|time)|new date|different date|(?:post|send|email|text|phone|ring|call) (?:them|it|me)|by (?:post|phone|letter|email|text))';
/** Someone unnamed in a report (news, a film, a story): "a man who tried to", "someone threatening to". */
const REPORTED_PERSON = `(?:${UNNAMED}|a (?:boy|girl|lad|lass|guy|bloke|teenager|teen|young (?:man|woman|person|lad|girl)|mother|father|pensioner|celebrity|footballer|singer|character|student|soldier|prisoner)|the (?:character|victim))`;
const REPORTED_AS = `\\b${REPORTED_PERSON}(?: who| that)?(?: (?:has|had|have|is|was|were|just|once))?(?: (?:tried|tries|trying|try|threatened|threatens|threatening|wanted|wants|wanting|attempted|attempts|attempting|going|planned|plans|planning|decided|decides))?(?: to)? $`;
/** Where a report comes from. */
const REPORT = '(?:news|newspaper|paper|article|radio|tv|telly|film|movie|documentary|programme|podcast|book|novel|story|headlines?|reported|reports|read (?:that|about|in)|heard (?:that|about))';
/** The writer taking the report as their own: "…and i want to do the same". */
const SAME_AS_REPORTED = '(?:do the same|same thing|me too|(?:i|he|she|they) (?:will|might|want to|wants to|am going to|is going to) (?:do (?:it|that) )?(?:too|as well)|what i (?:will|am going to|want to|might) do|thinking (?:of|about) (?:it|that|doing (?:it|that))|like (?:him|her|them))';
/** Conditions people take many tablets for every day, and the wording of a regular dose. */
const PRESCRIBED_FOR = '(?:for (?:my|his|her|their|the) (?:heart|blood pressure|bp|diabetes|sugar|sugars|epilepsy|seizures|arthritis|asthma|copd|lungs|thyroid|cholesterol|kidneys?|liver|ms|parkinsons|cancer|condition|conditions|transplant|bones|stomach|back|joints|migraines?|angina|chest|pain)|(?:a|per|each|every) (?:day|week)|since (?:my|his|her) (?:transplant|operation|stroke|heart attack|surgery)|different (?:tablets|pills|meds|medicines|medications))';
/** The taker as a habit: "i take", "my mum has to take"; not "going to take" or "will take". */
const HABITUAL_TAKER = '(?:^|\\b(?:i|we|you|they|he|she|(?:i|we|you|they) (?:have|need) to|(?:he|she) (?:has|needs) to|my (?:mum|mam|dad|gran|granny|grandad|husband|wife|partner|son|daughter) (?:has|needs) to))(?: (?:also|still|usually|normally|now|already))? $';
/**
 * A plan said with the dose, or a count of painkillers no prescription gives (the most a day is eight
 * paracetamol): then the quantity is no habit ("i take 40 paracetamol a day for the pain").
 */
const DOSE_AS_PLAN = `(?:${PAINKILLER_COUNT}|tonight|at once|all at once|in one go|all together|the lot|the whole lot|them all|all of them|and (?:not|never)|sleep|die|dead|end it|enough|worth|sav(?:e|ed|ing)|stockpil[a-z]*|hoard[a-z]*|collect[a-z]*|stash[a-z]*)`;

export const ORDINARY_READINGS: readonly OrdinaryReading[] = [
  {
    wording: /\b(?:pain|suffering|hurt) will (?:all )?be over\b/,
    reason: new RegExp(`\\b${MEDICAL_END}\\b`),
    unless: new RegExp(`\\b(?:${ENDING}|${LEAVE_TAKING}|${TREATMENT_REFUSED})\\b`),
  },
  // Frustration with oneself, laughed off: "clicked a link in a dodgy email, i could kill myself lol" (dev43).
  {
    wording: /^kill myself\b/,
    before: /\bi could (?:just |honestly |actually |seriously |genuinely )?$/,
    reason: /\b(?:lol|haha|ha ha|lmao|for (?:clicking|being|doing|falling|opening|believing|replying|giving|answering|forgetting))\b/,
    // ENDING holds "kill myself" itself: the end said in other words, or meant.
    unless: new RegExp(`\\b(?:${DESPAIR}|${LEAVE_TAKING}|want to die|end it|for good|no point|can not (?:go on|cope|take (?:it|this|any more))|seriously|not joking|no joke|i mean it)\\b`),
  },
  { wording: /\baffairs\b/, reason: new RegExp(`\\b${AFFAIRS_REASON}\\b`), unless: new RegExp(`\\b(?:${ENDING}|${LEAVE_TAKING})\\b`) },
  // "Not long now" of someone else's last days: "my mum is in the hospice, not long now, thanks for trying".
  { wording: /^(?:not|no|nae) (?:long|lang)\b/, reason: new RegExp(`\\b${ANOTHERS_LAST_DAYS}\\b`), unless: new RegExp(`\\b(?:${ENDING}|for (?:me|myself|masel|us)|me (?:too|either|neither|as well)|(?:my|ma) (?:own|turn))\\b`) },
  { wording: /\bbe (?:here|around) tomorrow\b/, reason: new RegExp(`\\b${AWAY_REASON}\\b`), unless: new RegExp(`\\b${ENDING}\\b`) },
  { wording: /\bbe (?:here|around) for\b/, reason: new RegExp(`\\b(?:${AWAY_REASON}|${RESCHEDULE})\\b`), unless: new RegExp(`\\b${ENDING}\\b`) },
  { wording: /./, before: new RegExp(REPORTED_AS), reason: new RegExp(`\\b${REPORT}\\b`), unless: new RegExp(`\\b(?:${ENDING}|${LEAVE_TAKING}|${SAME_AS_REPORTED})\\b`) },
  // Painkillers counted by the week or month within a prescription ("i take 12 paracetamol a week": eight a
  // day is the most, 56 a week): a habit, and the check-in is still asked.
  {
    wording: /^tak(?:e|es|ing) /,
    reason: new RegExp(`\\btak(?:e|es|ing) (?:[a-z]+ ){0,3}?(?:(?:[1-4][0-9]|5[0-6]|${UP_TO_56_IN_WORDS}) ${WEEKLY_PAINKILLERS} week|(?:[1-9][0-9]|${COUNT_IN_WORDS}) ${WEEKLY_PAINKILLERS} (?:fortnight|month))\\b`),
    unless: new RegExp(`\\b(?:${ENDING}|${LEAVE_TAKING}|tonight|at once|in one go|all together|the lot|them all|all of them|stockpil[a-z]*|hoard[a-z]*|sav(?:e|ed|ing)|collect[a-z]*|stash[a-z]*)\\b`),
  },
  {
    wording: /^takes? /,
    before: new RegExp(HABITUAL_TAKER),
    reason: new RegExp(`\\b${PRESCRIBED_FOR}\\b`),
    unless: new RegExp(`\\b(?:${ENDING}|${LEAVE_TAKING}|${DOSE_AS_PLAN})\\b`),
  },
];

/** Whether an ordinary reason in the message explains this match of risk wording. */
export function explainedAsOrdinary(text: string, match: string, index: number): boolean {
  return ORDINARY_READINGS.some(
    (r) => r.wording.test(match) && (r.before === undefined || r.before.test(text.slice(0, index))) && r.reason.test(text) && !r.unless.test(text),
  );
}

/**
 * Everyday wording the recogniser reads as risk, though no risk pattern matches it: "i've overdone it this
 * week" (worked too hard) shares most of its letters with "overdose". Said with nothing taken (no medicines,
 * drink or poison, nothing "too many"), the recogniser's crisis answer is no more than the safety check-in.
 */
const EVERYDAY_LOOK_ALIKE = /\boverd(?:o|oes|id|oing|oin|one) (?:it|things)\b/;
const SOMETHING_TAKEN = new RegExp(`\\b(?:${PILLS}|overdose|overdosed|od|drugs|drink|drinking|drunk|alcohol|booze|vodka|whisky|whiskey|gin|wine|bleach|poison|took|taken|swallowed|too many)\\b`);

const OVERDONE_ALL = new RegExp(EVERYDAY_LOOK_ALIKE.source, 'g');

/** The end said too ("i've overdone it this time, i won't wake up"; or fresher, "…i might as well not be here"): then no everyday reading. */
const SPEAKS_OF_AN_END = new RegExp(`\\b${ENDING}\\b`);

export function everydayLookAlike(text: string): boolean {
  return (EVERYDAY_LOOK_ALIKE.test(text) && !SOMETHING_TAKEN.test(text) && !SPEAKS_OF_AN_END.test(text) && !AN_END_BESIDE.test(text.replace(OVERDONE_ALL, ' '))) || saidInAnEverydaySense(text);
}

/** Safety said only for now: "not in danger yet", "…right now", "…at the moment". */
const FOR_NOW = '(?! (?:yet|now|right now|just now|at the moment|for now|for the moment|today|tonight|but)\\b)';

/**
 * Safety said: "i'm not in any danger", "i'm not at risk, am i", "not going to do anything silly", "no harm
 * to myself"; not
 * safety for now ("not in danger yet, but he's coming back tonight").
 */
const SAFETY_SAID = new RegExp(`\\bnot (?:in )?(?:any )?danger\\b${FOR_NOW}|\\bnot at (?:any )?risk\\b${FOR_NOW}|\\bnot (?:going|gonna) to do anything (?:silly|stupid|daft)\\b|\\bnot safe ${NOT_PERSONAL_DANGER}(?: any ?more)?\\b|\\bno (?:harm|danger|risk) to (?:myself|my self|me|anyone)\\b|\\b(?:not (?:going|gonna) to|(?:will|would) not|wont|wouldnt|never) (?:harm|hurt) (?:myself|my self)\\b`);
/** Compiled once (a pattern made per message is compiled per message): every safety said, to blank it out. */
const SAFETY_SAID_ALL = new RegExp(SAFETY_SAID.source, 'g');

/**
 * The person says they are safe, and nothing else in the message speaks of an end or of someone feared:
 * a disclaimer, as "I'm not suicidal" is (often the reply to the safety check-in, which must not be asked again).
 */
export function saysSafe(text: string): boolean {
  if (!SAFETY_SAID.test(text)) return false;
  const rest = text.replace(SAFETY_SAID_ALL, ' ');
  return !AN_END_BESIDE.test(rest) && !NOT_SAFE_FROM_ONESELF.test(rest);
}

/** Safe from others only, or the pills already taken: "…only myself", "…except from me", "i've already taken them". */
const NOT_SAFE_FROM_ONESELF = /\b(?:myself|my self|(?:from|except|only|but|apart from|other than) me|except|apart from|other than|(?:already )?(?:taken|took|swallowed|had) (?:them|it|the|all|some|loads|lots|a lot|too many)|already (?:taken|took|swallowed|done))\b/;

/**
 * More wording the recogniser answers with the crisis topic though the wording check reads it as ordinary,
 * in families the risk patterns already know (riskWording.ts): idioms ("i want to die of embarrassment",
 * "killing myself laughing", "end this conversation", "at my wits end"), risk words as a topic ("is my self
 * harm history in the files", "suicide prevention week"), safety said ("i'm not in any danger"), a single
 * dose as a habit, and someone unnamed in a report ("the news reported somebody threatening to kill
 * himself"). Each family's own words are blanked before the end is looked for, so "safe online any more" is
 * not itself an end; anything else that speaks of one keeps the crisis answer.
 */
const EVERYDAY_SENSES: readonly RegExp[] = [
  // Dying and killing as a figure of speech.
  /\bdie of (?:embarrassment|shame|old age|boredom|laughing|laughter|fright|shock|cringe|curiosity)\b/,
  /\b(?:embarrassed|embarrassing|mortified|ashamed|cringing|cringe|red faced|laughing|laughed) (?:that )?i (?:could|would|will|might) (?:have )?(?:just )?(?:die|died)\b/,
  /\bdying (?:to (?:know|find out|hear|see|ask|get|tell|read)|for (?:a|an|some) (?!drink\b)[a-z]+)\b/,
  new RegExp(`\\bkill(?:ing|ed)? ${SELF} (?:laughing|laughin|with laughter)\\b|\\b(?:could|would) kill for (?:a|an|some)\\b|\\b(?:bored|scared|worried|frightened) to death\\b`),
  // Ending a chat, a call, a registration: not a life.
  new RegExp(`\\bend (?:this|the|our|my|that) (?:conversation|convo|session|${ON_A_CALL})\\b|^end (?:chat|conversation|convo|session)$|\\bend (?:my|our) (?:relationship|registration|contract|membership|subscription) with (?:this|the|my|our|that) (?:gp|practice|surgery|dentist|nhs|health board|board|bank|company)\\b`),
  // Everyday ends, jumps, madness, hanging up, cutting out.
  /\b(?:the end of the world|at the end of the day|wits end|wit end|end of (?:my|the) tether)\b/,
  // The leak, the waiting or the calls to end, not a life: "i just want this leak to end"; a task not worth it: "no point in going to the meeting".
  /\b(?:want|wish|need|hope|praying for) (?:for )?(?:this|the|all this|this whole) (?:leak|hack|breach|data breach|mess|waiting|wait|uncertainty|investigation|saga|nightmare|worry|stress|carry on|situation|phone calls|calls|scam calls)(?: thing)? (?:to (?:end|stop|be over|be sorted|go away)|over)\b/,
  // Tablets counted by the day, as a prescription is: "my mum's on about fifteen tablets a day since her stroke".
  new RegExp(`\\b(?:on|takes|take|taking|has|gets) (?:about |around |over |nearly |like )?(?:[0-9]+|${COUNT_IN_WORDS}|one|two|three|four|five|six|seven|eight|nine) (?:different )?(?:tablets|pills|meds|medications|medicines) (?:a|per|each|every) day(?: (?:since|for|after) (?:her|his|my|their) (?:stroke|operation|transplant|heart attack|surgery|heart|diabetes|condition|illness|cancer|kidneys|dementia))?\\b`),
  /\bno point (?:in )?(?:going to (?:the|a|my|see|phone|ring|call)|phoning|calling|ringing|asking|changing|checking|waiting|contacting|complaining|emailing|writing|reporting|telling|cancelling|trying to (?:phone|call|ring|get through))\b/,
  new RegExp(`\\bjump (?:on|off|onto) ${ON_A_CALL}\\b|\\bjump(?:ing)? (?:to conclusions|the queue|ship|through hoops)\\b`),
  /\b(?:go|goes|going|gone|went|drive me|driving me|drives me|driven me|send me|sending me) (?:mad|crazy|insane|round the bend|up the wall|spare)\b/,
  /\b(?:hang|hangs|hanging) up\b|\bhung up\b|\bcut(?:s|ting)? (?:me )?off\b|\bcut(?:s|ting)? (?:out|down on|back on)\b/,
  // Hurt in an everyday mishap: "cut myself shaving", "hurt myself at the gym again last night" (the recogniser read
  // this as crisis). When it happened goes with it: "last night" said alone beside it would read as an end ("my last night").
  new RegExp(`\\b(?:cut|hurt|burnt|burned|burn) ${SELF} ${ACCIDENT}(?: again)?(?: (?:last night|yesterday|today|this morning|the other (?:day|night)))?\\b`),
  /\b(?:a (?:bit|wee bit|little|tad)|abit|slightly) (?:down|low|fed up|flat)\b/,
  // A programme's time ("the suicide squad is on telly tonight", "what channel is it on tonight"): "tonight" is
  // when it is on, not an end.
  /\b(?:is on|on at|showing|watching|watch|watched) (?:[a-z]+ ){0,3}?(?:the )?(?:telly|tv|netflix|iplayer|the cinema|bbc(?: one| 1| two| 2)?|itv|channel [0-9]+)(?: (?:tonight|later|the night|at [0-9]+))?\b|\bwhat (?:channel|time) is (?:[a-z]+ ){1,4}on(?: (?:tonight|later|the night))?\b/,
  // Rather die than do something: "id rather die than phone that helpline again".
  /\b(?:i would|id|i had) (?:rather|sooner) die than\b/,
  // Staff's loss at work, told as a report: "we lost a patient to suicide on the ward in 2022".
  /\b(?:we|i|the ward|the team) lost (?:a|one of (?:our|my|the)|two|three|several) (?:patients?|service users?|clients?|young people|residents?) to suicide\b/,
  // Risk words as a topic, a record or a team; a general question about something everyday.
  new RegExp(`\\b(?:suicid[a-z]*|self ?harm(?:ing)?|overdos[a-z]*) ${TOPIC_NOUN}\\b`),
  new RegExp(`\\b${CAN_ONE} (?:overdose|od) on (?:caffeine|vitamin [a-z0-9]+|vitamins|water|salt|energy drinks?|${TOO_MUCH_OF})$`),
  /\b(?:folk|people|patients|we|everyone|anyone|they) (?:are|is|were|be) (?:at|in) risk of harm\b|^risk of harm from\b/,
  SAFETY_SAID,
  // One dose, taken as a habit or for sleep.
  new RegExp(`\\b(?:took|take|taken|had) (?:my|a|one|an) (?:usual |normal |daily |morning |evening )?(?:${PILL_WORDS}|sleeping (?:tablet|pill)|tablet|pill|painkiller) (?:${HABIT}|and (?:still )?(?:would not|could not|can not|did not|cannot) (?:sleep|get to sleep))`),
  // Things counted out for a place or a group, not swallowed: "there were loads of leaflets, i took twenty of them for the church".
  new RegExp(`\\b(?:took|take|taken|taking) (?:[0-9]+|${COUNT_IN_WORDS}|one|two|three|four|five|six|seven|eight|nine|a few|some|loads|a load|a pile|a stack|a bundle|a handful) (?:of (?:them|those|these) )?(?:for|to|round to|home for|in for|along to) (?:the|my|our|a|his|her) (?:church|chapel|school|club|class|office|work|team|neighbours?|group|shop|library|centre|center|hall|kids|bairns|weans|staff room|surgery|clinic|ward|playgroup|nursery|community centre|village hall|street|close)\\b`),
  // Someone unnamed in a report.
  new RegExp(`\\b(?:news|newspaper|paper|article|radio|tv|telly|film|movie|documentary|programme|podcast|headlines?|reported|reports) [a-z ]{0,40}\\b${UNNAMED} (?:who |that )?(?:[a-z]+ ){0,2}(?:to )?(?:kill|killed|killing|hang|hanged|hanging|hurt|harm|harming|drown|poison|overdose) ${OTHER}\\b`),
];
/**
 * Left once the everyday wording is blanked out, anything that speaks of an end, of life or death, of being
 * gone, of harm, of pills, or of someone feared keeps the crisis answer: the recogniser may be reading that
 * part, not the idiom ("i'm at my wits end. i might as well not be here", "i'm not in any danger, he's
 * coming back tonight"). Broad on purpose, as ENDING is.
 */
const AN_END_BESIDE = new RegExp(
  `\\b(?:${ENDING}|${LEAVE_TAKING}|${PILLS}|${[
    'die|dies|dying|died|dead|death|deid|dee|kill[a-z]*|suicid[a-z]*|overdos[a-z]*|od|hang[a-z]*|jump[a-z]*|drown[a-z]*',
    'life(?! (?:insurance|assurance))|lives|live|living|alive|exist[a-z]*|not (?:be )?(?:here|around)|(?:no|nae) (?:be )?(?:here|around)|being here|gone|disappear[a-z]*|vanish[a-z]*',
    'wake|sleep|plan|plans|planned|planning|goodbyes?|worth|point|hope[a-z]*|give up|giving up|gave up|way (?:out|forward)|(?:it|this|everything|all) to stop|make it stop',
    'end|ends|ending|hurt[a-z]*|harm[a-z]*|cut|cuts|cutting|burden|nobody|no one|noone|alone|can not (?:cope|go on|take|do)',
    'he|hes|she|shes|him|his|her|ex|partner|husband|wife|boyfriend|girlfriend|threat[a-z]*|tonight|scared|afraid|frightened|terrified|coming back|knows where',
    'too many|the lot|the rest|all of them|them all|whole|box|packet|extra|double|do the same|same thing|me too|like (?:him|her|them)',
    // A mishap said to be meant is no mishap: "burnt myself cooking, and i want to do it again on purpose".
    'on purpose|deliberately|purposely|intentionally',
  ].join('|')})\\b`,
);

/** Each sense compiled once to blank out all its matches; and which senses a message may hold at all (most hold none). */
const EVERYDAY_SENSES_ALL = EVERYDAY_SENSES.map((sense) => new RegExp(sense.source, 'g'));
const EVERYDAY_SENSES_PREFILTER = new PatternPrefilter(EVERYDAY_SENSES);

function saidInAnEverydaySense(text: string): boolean {
  const may = EVERYDAY_SENSES_PREFILTER.mayMatch(text);
  if (!EVERYDAY_SENSES.some((sense, i) => may[i] === 1 && sense.test(text))) return false;
  const rest = EVERYDAY_SENSES_ALL.reduce((t, sense) => t.replace(sense, ' '), text);
  return !AN_END_BESIDE.test(rest);
}
