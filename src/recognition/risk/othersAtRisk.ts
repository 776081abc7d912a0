import type { RiskPattern } from '../riskPatterns';
import { PILLS } from './riskWording';

/**
 * Someone else at risk now, told by the person beside them, as a fifth blind set (dev34) found people write it:
 * staff on duty with someone who has a blade or has locked themselves in, a child screaming through the wall, a
 * child whose head was held under the water, a child left alone for days, a teenager taken and kept, a stepdad
 * coming into a child's room drunk, a mother with dementia lost in the cold, a daughter refusing even water, a son
 * whose lips are going blue, and the voices that tell someone to hurt.
 */
export const OTHERS_AT_RISK: readonly RiskPattern[] = [
  // "her 15 year old has locked himself in the bathroom with razor blades and isnt answering".
  {
    reason: 'self-harm',
    personal: true,
    pattern: new RegExp(`\\blocked (?:himself|herself|themselves|themself|myself) in (?:the|a|his|her|their|my) (?:bathroom|room|bedroom|toilet|loo|garage|car) with (?:a |the |some |his |her )?(?:razor|razors|razor blades|blades?|knife|knives|rope|${PILLS})\\b`),
  },
  // A child in danger now: screaming while a man roars at it, held under the water, alone for days, a stepdad coming into the room drunk.
  {
    reason: 'danger',
    personal: true,
    pattern:
      /\b(?:wee one|child|kid|baby|bairn|wean|toddler|little one)s?(?: (?:upstairs|downstairs|next door|through the wall))? (?:is |has been |keeps |been )?(?:screaming|crying|sobbing|howling)(?: [a-z0-9]+){0,8} (?:man|woman|he|she|someone|somebody|they|adult) (?:is |keeps |has been |been )?(?:roaring|shouting|screaming|yelling|hitting|battering|swearing)\b|\bheld (?:her|his|my|their|the (?:baby|child|kid|wean|bairn)) head under (?:the )?(?:bath )?water\b|\bthreatening (?:the|a|my|her|his|their) (?:baby|child|kids|children|bairn|wean|toddler)\b|\b(?:keeps coming|comes|came|has come|just come|just came|keeps creeping) (?:in|into|in to) my (?:room|bedroom)(?: at night)?\b(?=.*\b(?:drunk|scared|frightened|terrified|at night|touch\w*)\b)/,
  },
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:on (?:her|his|their) own|alone|by (?:herself|himself|themselves)) since (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|yesterday|last night|the weekend|\d+ days)\b/,
    inMessage: /\b(?:bairn|wean|child|kid|toddler|baby|little one|she is (?:\d|two|three|four|five|six)|he is (?:\d|two|three|four|five|six)|no food|nae food)\b/,
  },
  // Taken and kept: "her boyfriend has taken her somewhere… he wont let her leave".
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern: /\b(?:he|she|they|boyfriend|husband|partner|man|dad|stepdad) (?:will not|is not going to|is not|has not) (?:let|letting) (?:her|him|me|us|them) (?:leave|go home|go out|out)\b/,
  },
  // Lost in the cold: "walked out in her nightie an hour ago… minus two… we cant find her".
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern: /\b(?:can not|cannot) find (?:her|him|them|my (?:mum|mam|dad|gran|granny|grandad|son|daughter|husband|wife))\b/,
    inMessage: /\b(?:dementia|alzheimer\w*|wandered|walked out|nightie|pyjamas|minus|freezing|below zero|in the cold|hours ago|hour ago|missing|vulnerable)\b/,
  },
  // Refusing even water; stopped eating for days with the body failing.
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:refusing|refuses|refused|will not take) (?:even )?(?:water|fluids|to drink|food and water|to eat or drink)\b|\bstopped eating (?:completely|altogether|entirely)\b(?=.*\b(?:dizzy|faint\w*|heart|blacking|collaps\w*|days)\b)/,
  },
  // An emergency of the body: lips going blue, not waking, not breathing, after drink or pills.
  {
    reason: 'overdose',
    personal: true,
    negatable: false,
    pattern: /\b(?:lips|face|skin) (?:is |are |going |gone |turning |turned )?blue\b|\bcan not wake (?:him|her|them|my [a-z]+)(?: up)?(?: properly)?\b|\bnot breathing properly\b/,
    inMessage: /\b(?:drink\w*|drunk|pills|tablets|overdose\w*|drugs|blue|unconscious|breath\w*|vodka|wine)\b/,
  },
  // The voices that tell someone to hurt: "the voices are back tonight telling me to hurt someone", "…i have to cut the wires out of my arm".
  {
    reason: 'danger',
    personal: true,
    pattern: /\bvoices (?:are |keep |have been |been )?(?:back )?(?:tonight )?(?:telling|tell|told|say|saying|says|said)\b/,
    inMessage: /\b(?:hurt|kill|harm|cut|jump|stab|burn|die|end it)\b/,
  },
  // "how long does it take to bleed out from your wrist", "how many paracetamol is too many, asking for a friend haha".
  {
    reason: 'suicide',
    personal: true,
    pattern: new RegExp(`\\bbleed (?:out|to death)\\b|\\bhow many ${PILLS} (?:is|are|would be) too many\\b(?=.*\\b(?:asking for a friend|go out|might as well|bang|end|whole life)\\b)`),
  },
  // dev43: someone hurt or neglected by a carer now, a small child alone, a weapon or a fire threatened at the clinic.
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:carer|care worker|son|daughter|husband|wife|partner) (?:keeps |has been |is )?(?:shouting at|hitting|slapping|pushing|hurting) (?:her|him|them)\b(?=.*\b(?:bruises|bruised|crying|screaming|right now|blood)\b)|\b(?:leaves|left|keeps|kept) (?:him|her|them) locked in (?:his|her|their|a|the) (?:room|bedroom|house|flat)\b(?=.*\b(?:no food|without food|not fed|weak|starving|no water)\b)/,
  },
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:on (?:his|her|their) own|alone|by (?:himself|herself)) in the (?:flat|house|home) next door\b|\b(?:wee|little|small) (?:boy|girl|one|kid|child|wean|bairn) (?:about |aged |of )?\d+ (?:on (?:his|her) own|alone)\b|\bno adult (?:has come|is there|there|around|home)\b|\b(?:mum|mums|mam|dad|dads|mother|father) (?:has |s |is )?been gone since (?:yesterday|last night|this morning|\w+day)\b(?=.*\b(?:baby|i am (?:\d|[a-z]+ years)|i m \d|im \d|on my own|alone|wee brother|wee sister)\b)/,
  },
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:going to|gonna|will|threaten\w* to) (?:set fire to|burn down|torch|petrol bomb) (?:the|a|my|our) (?:health centre|hospital|clinic|surgery|infirmary|ward|practice|house|flat)\b|\b(?:has )?(?:pulled|pulled out|got out|taken out|brandishing|waving) a (?:knife|gun|blade|machete|weapon)\b|\b(?:coming back|come back|will be back) with a (?:gun|knife|blade|machete|weapon|shotgun)\b/,
  },
];
