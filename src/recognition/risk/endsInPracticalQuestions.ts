import type { RiskPattern } from '../riskPatterns';
import { PILLS } from './riskWording';

/**
 * The end arranged inside a practical question or a goodbye, as a fifth blind set (dev34) found people write it:
 * a will "sorted before the weekend as i wont be needing anything after that", the cats "if i wasnt around
 * anymore", direct debits cancelled "for after", a funeral's songs "mine", passwords left because a son will
 * "need them soon", life insurance "if it wasnt an accident", who finds them at home, "just wanted somebody to
 * know i tried", and a nurse in the car park "thinking about never going home".
 */

/** What is being arranged: a will, a funeral, money and belongings, the pets. */
const ARRANGEMENTS = /\b(?:will|funeral|cremation|burial|ashes|grave|account|direct debits?|passwords?|insurance|council house|cats?|dogs?|pets?|belongings|my stuff|letters?)\b/;

export const ENDS_IN_PRACTICAL_QUESTIONS: readonly RiskPattern[] = [
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\bif i (?:was not|wasnt|were not|am not|was no longer|were no longer) (?:around|here) (?:any ?more|any longer)\b|\b(?:will not|wont) be needing (?:anything|it|them|any of it) after (?:that|tonight|this week|the weekend|friday|saturday|sunday)\b|\b(?:will not|wont) be (?:around|here) to [a-z]+ (?:it|that|them),? or anything else\b|\bthinking about never (?:going home|going back|coming back|waking up|seeing (?:them|anyone) again)\b|\btell (?:mum|mam|dad|my mum|my mam|my dad|them|my family|everyone|the kids|my kids) i tried\b|\btell (?:the health board|them|everyone|the hackers|the board) (?:they|that they) (?:won|have won|win)\b/,
  },
  // Said after a refusal it does not deny: "…i wont be ringing it. just wanted somebody to know i tried".
  { reason: 'suicide', personal: true, negatable: false, pattern: /\bjust wanted (?:somebody|someone|anyone|anybody|you) to know (?:that )?i tried\b/ },
  // "sent the team chat a message saying sorry for everything and asking us to look after her cat, phone now off".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:sorry for everything|thank you for everything|thanks for everything)\b/,
    inMessage: /\b(?:look after (?:my|her|his|their) (?:cat|cats|dog|dogs|kids|children|pets?|wee one)|phone (?:is )?(?:now )?(?:off|switched off)|not answering|voicemail|not turned up|feel calm|calm now|at peace|all sorted)\b/,
  },
  // Arranged for "after": "…so theres no mess left for my family for after", "does life insurance still pay out if it wasnt an accident".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:for (?:my family|my kids|them|her|him|everyone) )?for after\b(?= *$| (?:i am gone|im gone|i go))|\bno mess (?:left )?(?:for|behind for) (?:my|the) (?:family|kids|wife|husband|son|daughter|partner)\b|\b(?:pay|pays) out if it (?:was not|wasnt|is not|isnt) an accident\b|\bpay out (?:for|on|after) (?:a )?suicide\b/,
  },
  // A funeral of one's own, soon: "help me pick songs for a funeral. mine. planning it for this week".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:funeral|cremation|burial)s?\b(?: [a-z]+){0,4} (?:mine|my own)\b|\bfor mine\b/,
    inMessage: /\b(?:this week|tonight|soon|planning|not long|will not be long|wont be long|be long now|by the weekend)\b/,
  },
  // Things left for someone who "will need them soon"; if i die… "before i do anything".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:he|she|they|you) (?:will|ll) need (?:them|it|these|those) soon\b|\bif i die\b(?=.*\bbefore i do (?:anything|it)\b)/,
    inMessage: ARRANGEMENTS,
    notInMessage: /\b(?:moving|move in|moves in|holiday|trip|starts? (?:school|uni|work)|birthday|exam|when (?:he|she|they) (?:moves?|starts?|goes|gets))\b/,
  },
  // Who finds them: "who finds them? i dont want it to be my kids coming in from school".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:do not|dont) want (?:it to be )?(?:my|the) (?:kids|children|son|daughter|family|wife|husband|partner|mum|dad) (?:to (?:find|be the ones?)|finding|coming in|who finds?)\b/,
    inMessage: /\b(?:find|finds|found|dies|die|dead|body)\b/,
  },
  // The road or the car ready, beside a life unbearable: "i cannot live with everyone reading them. ive got the car keys and the a75 is right there".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\bcan not (?:live|go on|cope) with (?:everyone|everybody|people|the whole town|this|the shame|it)\b/,
    inMessage: new RegExp(`\\b(?:car keys|keys|a75|a76|a77|a7|m74|motorway|bridge|${PILLS}|rope|right there|tonight)\\b`),
  },
  // Stopping medicine decided on: "I have decided to stop my heart tablets and would rather go quietly now".
  {
    reason: 'overdose',
    personal: true,
    pattern: new RegExp(`\\b(?:decided to|going to|want to|chosen to) stop (?:taking )?my (?:[a-z]+ )?(?:insulin|${PILLS}|heart (?:tablets|pills))\\b|\\b(?:rather|prefer to|want to) go quietly\\b`),
    inMessage: /\b(?:quietly|rather|nature|any more of this|had enough|no point|end|face)\b/,
  },
  // Fear of acting on one's thoughts: "I keep getting pictures of dropping her down the stairs and I'm terrified I will".
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:terrified|scared|frightened|afraid) (?:that )?i (?:will|ll|might|am going to)(?: (?:do it|act on (?:it|them)|hurt (?:her|him|them|my baby)))?(?= *$| please| help| what)/,
  },
  // "could do anything tonight including something stupid".
  { reason: 'suicide', personal: true, pattern: /\bincluding something (?:stupid|silly|daft|drastic)\b/ },
  // A blade shown, and "not leaving here alive".
  { reason: 'danger', personal: true, pattern: /\bnot (?:leaving|getting out of) (?:here|this room|the unit|the ward|this place) alive\b/ },
];
