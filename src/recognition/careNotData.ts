import { isEverydayOnlineSafety, isLeakSetAside } from './askedAboutSomethingElse';
import { ABOUT_DATA } from './leakWords';
import type { Recognition } from './recognizer';
import { withOutOfScopeAtLeast } from './topicFirst';

/**
 * Whether a message complains, or claims compensation, about care, not about data: "how do i make a
 * complaint about my care", "who do i complain to about the way my mum was treated", "can i get
 * compensation for a delayed operation". The data-rights and compensation answers are about personal data
 * and this incident; treatment goes through the board's ordinary complaints process, which this bot does
 * not cover. The recogniser hears "complain" or "compensation" and ranks those topics first.
 */
export function isComplaintAboutCare(text: string): boolean {
  // "…nothing to do with the hack": the leak named only to be ruled out.
  const t = text.toLowerCase().replace(LEAK_RULED_OUT, ' ');
  return COMPLAINT.test(t) && ABOUT_CARE.test(t) && !ABOUT_DATA.test(t);
}

const COMPLAINT = /\b(?:complain\w*|complaint|complane|take (?:this|it) (?:up|further)|compensation|compo|claim|sue)\b/;
/** Care, the people who give it and where, an injury on the premises, another service: what a complaint or claim about them names. */
const ABOUT_CARE =
  /\b(?:care|treat(?:ed|ment)?|nurses?|doctors?|gp|consultants?|surgeons?|midwi(?:fe|ves)|receptionists?|porters?|paramedics?|ambulances?|rude|attitude|wait(?:ed|ing)?|appointments?|operations?|discharg\w*|ward|a ?& ?e|a and e|casualty|clinic|misdiagnos\w*|neglect\w*|food|dirty|parking|fell|tripp(?:ed|ing)|slipped|slipping|kerb|pavement|injur(?:y|ies|ed)|accident|nhs ?24|111|dentists?|pharmacy|chemist)\b/;
const LEAK_RULED_OUT =
  /\b(?:(?:its |it is |this is |thats |that is )?nothing to do with|not (?:about|because of|related to|down to)|unrelated to|not cos of|(?:nothing|naething|nowt|nuthin) (?:tae|to) (?:dae|do) (?:wi|with)) (?:the |any |this |that )?(?:hack|leak|breach|cyber attack|cyber|attack|data)\w*/g;


/**
 * Whether a message asks about getting a child mental health care, not about data: "how do i get my child
 * seen by camhs", "my daughter has been waiting a year for camhs", "my teenage son is depressed what can i
 * do". The children-camhs answer is about CAMHS data in the leak and support for a child worried by it;
 * referrals and waits are the service's own business. Not when the message names data, the leak or worry
 * about it ("my daughter is scared her camhs notes are online").
 */
export function isChildCareNotData(text: string): boolean {
  const t = text.toLowerCase();
  return (CHILD_CARE.test(t) || ABOUT_THE_SERVICE.test(t)) && !ABOUT_DATA.test(t) && !WORRIED.test(t);
}

/** Getting seen, referred or treated, or a condition named. */
const CHILD_CARE =
  /\b(?:(?:get|be|being|getting) (?:\w+ ){0,2}seen by|see (?:a|the|someone)|refer(?:red|ral|ring)?|waiting (?:list|a year|months|weeks)|been waiting|waited|assessment|assessed|diagnos\w*|medication|appointment|depressed|depression|adhd|autism|autistic|eating disorder|therapy|therapist)\b/;
/** What the service is and whom it is for: "the difference between camhs and the school counsellor", "what age does camhs go up to". */
export const ABOUT_THE_SERVICE = /\b(?:(?:the )?difference between|(?:the )?same (?:thing )?as|what age|age (?:limit|range)|counsell?or|psycholog\w*|psychiatr\w*)\b/;
/** A child worried or upset by the leak is this topic's own ("my kid is upset about the hack" has its leak word anyway). */
const WORRIED = /\b(?:worr\w*|scared|feart|frightened|upset|anxious about (?:it|this))\b/;

/**
 * Whether a message tells of low mood with another cause named and nothing of the leak: "i feel lonely
 * since my wife died", "feeling a bit flat since i retired". The emotional-support answer is for worry
 * about this incident; for grief, retirement or exams the fallback points to the person's GP and NHS 24
 * (and the safety check, which runs first, still catches any risk). A message with any tie to the leak
 * ("since the leak i feel lonely", "and now this hack") keeps the answer.
 */
export function isFeelingFromAnotherCause(text: string): boolean {
  const t = text.toLowerCase();
  return ANOTHER_CAUSE.test(t) && !ABOUT_DATA.test(t) && !TIED.test(t);
}

const ANOTHER_CAUSE =
  /\b(?:since (?:i|we) (?:retired|split up|broke up|divorced|moved|lost my job)|(?:wife|husband|partner|mum|mam|dad|mother|father|son|daughter|brother|sister|gran|granny|grandad|friend|dog|cat) (?:died|passed away|passed)|bereave\w*|grie(?:f|ving)|my divorce|my retirement|since i retired|lost my job|redundan\w*|(?:my|his|her|their) exams?|(?:my|his|her|their) highers|my prelims|my dissertation|my driving test|menopause|postnatal|since (?:moving|i moved|we moved|the move)|(?:pay|paying) (?:my |the )?(?:rent|bills?|mortgage)|my (?:rent|debts?|bills|mortgage)|in debt|money worries|(?:stressed|worried|worrying|anxious|stress) (?:about|over) (?:money|my finances|bills))\b/;
/** Words that tie the feeling to this incident after all ("this", not "this month"). */
const TIED = /\b(?:this(?! (?:month|week|year|morning|afternoon|evening|weekend|time))|all that|the news|what happened|the letter|the leaflet|nhs|health board|hospital)\b/;

/**
 * Whether a message asks for a helpline for another need: "is there a helpline for people with dementia",
 * "whats the cancer helpline number", "is there a helpline for new mums". The helpline answer is the board's
 * line for this incident; other services' lines are for the fallback to point at (NHS 24 and the GP). Not
 * when the message names data, the leak or worry ("a helpline for older people worried about the leak").
 */
export function isHelplineForAnotherNeed(text: string): boolean {
  const t = text.toLowerCase();
  return HELPLINE.test(t) && ANOTHER_NEED.test(t) && !ABOUT_DATA.test(t) && !WORRIED.test(t);
}

const HELPLINE = /\b(?:help ?lines?|phone ?lines?|support lines?)\b/;
/** Conditions, groups and other services with their own lines ("the out of hours dental helpline", "nhs 24 helpline", "the helpline for universal credit"), and care booked elsewhere ("is the helpline for booking a flu jab"). */
const ANOTHER_NEED =
  /\b(?:dementia|alzheimer\w*|diabet\w*|cancer|carers?|new mums?|new mothers?|mums?-to-be|pregnan\w*|breast ?feeding|veterans?|eating disorders?|anorexia|autis\w*|adhd|stroke|heart (?:disease|conditions?|failure)|asthma|copd|alcohol|drink(?:ing)?|drugs?|gambl\w*|smoking|sexual health|menopause|domestic abuse|bereave\w*|parkinson\w*|ms|epilepsy|hearing (?:loss|aids?)|sight loss|blind|deaf|dental|dentists?|nhs ?24|111|out of hours gp|flu|jabs?|vaccin\w*|boosters?|prescriptions?|universal credit|benefits?|pensions?|dwp|hmrc|council tax|housing|debt|citizens advice|samaritans|childline|shelter|energy bills?|water|gas|electric(?:ity)?|tv licen[cs]e|dvla|passports?)\b/;

/**
 * Whether a message asks what to do about a problem of its own, with nothing of the leak: "what should i do
 * about my hay fever", "what should i do about my debts", "what should i do if i'm locked out". The recogniser
 * hears "what should i do" and gives the what-to-do answer, which is about protecting yourself after the
 * leak. Not when the message names data, the leak, scams or contact of any kind ("what should i do if i get
 * a scam call", "what do i do about my passwords"), nor "about it" or "about this".
 */
export function isWhatToDoAboutSomethingElse(text: string): boolean {
  const t = text.toLowerCase().replace(ATTACK_OF_ILLNESS, ' ');
  return WHAT_TO_DO_ABOUT.test(t) && !ABOUT_DATA.test(t) && !PROTECTING_YOURSELF.test(t);
}

const WHAT_TO_DO_ABOUT = /\bwhat (?:(?:should|shall|do|can|could|would|must) (?:i|we|he|she|they) |to )(?:do|be doing|try)\b(?: now)? (?:about|if|with|for|when|after|now that|since) \S/;
/** "a panic attack" is not the attack. */
export const ATTACK_OF_ILLNESS = /\b(?:panic|heart|asthma|anxiety) attacks?\b/g;
/** What the what-to-do answer is about, and words that point back at the incident. */
const PROTECTING_YOURSELF =
  /\b(?:scam\w*|fraud\w*|phish\w*|e-?mails?|texts?|txts?|messages?|calls?|called|rang|phoned?|letters?|links?|click\w*|passwords?|accounts?|bank\w*|cards?|identity|credit|criminals?|hackers?|police|contact\w*|it|this|about that|them|they|worr\w*|scared|affected)\b/;

/**
 * Whether a message asks where to go with an illness or injury: "should i go to casualty with a sprained
 * ankle", "should i go to a and e or my gp". That is health advice (NHS 24 on 111, or the GP), not whether
 * care goes on after the attack, which the care-impact answer gives ("should i still go to a&e", "is a&e
 * open after the hack").
 */
export function isWhereToGoWithAnIllness(text: string): boolean {
  const t = text.toLowerCase();
  return WHERE_TO_GO.test(t) && WITH_AN_ILLNESS.test(t) && !ABOUT_DATA.test(t) && !CARE_GOING_ON.test(t);
}

const WHERE_TO_GO =
  /\b(?:should|do|shall|can) (?:i|we) (?:go|head|take (?:him|her|them|my \w+)) (?:to|down to|up to) (?:the )?(?:a ?& ?e|a and e|casualty|emergency department|hospital|my gp|gp|doctors?|minor injuries)\b/;
/** The illness, the injury or the other service named: "with a sprained ankle", "for a cut", "or my gp". */
const WITH_AN_ILLNESS = /\b(?:with (?:a|an|my|his|her|this|these|bad|sore|really) \w+|for (?:a|an|my|his|her) \w+|or (?:to )?(?:my|the) (?:gp|doctors?|pharmacy|pharmacist|chemist)|or (?:phone |call |ring )?(?:nhs 24|111))\b/;
/** Whether care goes on after the attack: the care-impact answer's own question. */
const CARE_GOING_ON = /\b(?:still|open|closed|shut|cancel\w*|running|affected|disrupted|normal|after|because)\b/;

/**
 * Whether a message asks about a symptom of the body, with nothing of the leak: "my chest feels a bit tight
 * since yesterday, should i be worried". The worry is about health, which the fallback sends to NHS 24 and
 * the GP; "sick with worry about the leak" and "my heart is racing since the letter" keep their answers.
 */
export function isWorryAboutASymptom(text: string): boolean {
  const t = text.toLowerCase();
  // The symptom's own words are not a tie to the leak ("feel this tired").
  return SYMPTOM.test(t) && !ABOUT_DATA.test(t) && !TIED.test(t.replace(SYMPTOMS, ' '));
}

const SYMPTOM =
  /\b(?:(?:(?:my|ma) )?chest (?:is |feels |has been |been )?(?:(?:a bit|really|quite|so|very) )?(?:tight|sore|pain\w*|heavy)|chest pains?|head ?aches?|migraines?|a rash|rashes|a lump|lumps?|a cough|coughing|(?:a )?(?:high )?temperature|fever|dizzy|dizziness|breathless|short of breath|sore (?:throat|back|stomach|tummy|ear|knee|leg|arm)|stomach (?:ache|pain)|tummy (?:ache|pain)|blood in|swollen|swelling|palpitations|(?:feel|feeling|still) (?:so |really |this |very |that )?(?:tired|exhausted|knackered|run down|wiped out)|fatigue|long covid|after (?:having )?covid|(?:mum'?s|mam'?s|dad'?s|gran'?s|granny'?s|his|her|my) memory|forgetful\w*|dementia|alzheimer\w*|(?:back|head|neck|shoulders?|knees?|legs?|arms?|feet|foot|hips?|tooth|teeth|ears?|throat|stomach|tummy|belly) (?:is |are |has been |have been |feels |been )?(?:\w+ )?(?:sore|sair|aching|achy|in agony))\b/;

const SYMPTOMS = new RegExp(SYMPTOM.source, 'g');

/** Each reading with the topic the recogniser takes such a message for. */
const READINGS: readonly { readonly takenFor: ReadonlySet<string>; readonly reads: (text: string) => boolean }[] = [
  { takenFor: new Set(['data-rights', 'compensation']), reads: isComplaintAboutCare },
  { takenFor: new Set(['children-camhs']), reads: isChildCareNotData },
  // "ive been that lonely since my wife passed" reads as am-i-affected ("passed" on): a feeling from another cause is declined whichever of these it was taken for.
  { takenFor: new Set(['emotional-support', 'staff-wellbeing', 'am-i-affected', 'data-published', 'what-to-do', 'children-camhs']), reads: isFeelingFromAnotherCause },
  { takenFor: new Set(['helpline']), reads: isHelplineForAnotherNeed },
  { takenFor: new Set(['what-to-do']), reads: isWhatToDoAboutSomethingElse },
  { takenFor: new Set(['what-to-do', 'report-scam', 'am-i-affected']), reads: isEverydayOnlineSafety },
  { takenFor: new Set(['care-impact']), reads: isWhereToGoWithAnIllness },
  { takenFor: new Set(['emotional-support', 'what-to-do', 'care-impact', 'am-i-affected']), reads: isWorryAboutASymptom },
  { takenFor: new Set(['what-happened', 'timeline', 'who-is-responsible', 'data-published', 'am-i-affected', 'what-to-do', 'more-information', 'police-investigation', 'ransom']), reads: isLeakSetAside },
];

/**
 * The ranking for a message about care or another need, not data or the leak, that the recogniser took for one of
 * this bot's topics (the table above): out of scope at `outOfScope`.
 */
export function withCareNotDataDeclined(recognition: Recognition, text: string, outOfScope: number): Recognition {
  const top = recognition.ranked[0]?.topicId ?? '';
  return READINGS.some((r) => r.takenFor.has(top) && r.reads(text)) ? withOutOfScopeAtLeast(recognition, outOfScope) : recognition;
}
