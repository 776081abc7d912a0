import type { RiskPattern } from '../riskPatterns';
import { PILLS } from './riskWording';

/**
 * Risk shown by what someone does, said calmly or in anger, or asked as a follow-up, as an eighth blind set (dev39,
 * 75 crises) found: driving with eyes shut on purpose, marks getting deeper, buying paracetamol from different
 * chemists "so nobody notices", a mother pretending to take her pills, a dog given away with letters written,
 * "by my own hand", "you'll be reading about me in the standard", "i hope you all feel guilty when they find me",
 * "is 111 any use if ive already swallowed the lot", and danger to others now: a carer who has stopped feeding
 * someone, an old woman locked out in the cold, a threat posted with a time and a place.
 */
export const ACTIONS_AND_ANGER: readonly RiskPattern[] = [
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:drove|driving|drive|drives)(?: [a-z0-9]+){0,8} (?:with )?(?:my|his|her) eyes (?:shut|closed)\b|\bhopes? (?:he|she|i|they) (?:hits|hit|crashes into|crash into|drives into) (?:a|the) (?:tree|wall|lorry|truck|bridge|bus)\b|\bwants? a (?:car|bus|lorry|train|truck) to hit (?:him|her|me)\b|\bwants? to crash (?:it|the car|his car|her car|my car)\b|\b(?:hopefully|hope) (?:straight )?into a (?:wall|tree|lorry|bridge)\b|\bwants? to not (?:wake up|be here|exist)\b|\bby my own (?:hand|choice|decision)\b|\bon my own behalf\b(?=.*\b(?:suicide|die|died|dead|end my life)\b)|(?<=\b(?:suicide|die|died|dead)\b.*)\bon my own behalf\b/,
  },
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:will not|wont|shall not|not going to) be alive (?:after|by|on|beyond|past|to)\b|\b(?:will not|wont) be (?:around|here|alive) to need (?:it|them)\b|\b(?:i will|i ll|ill) be dead long before\b|\bif (?:i am|im|i m) (?:dead|gone) (?:by then|before)\b|\b(?:will not|wont) be (?:using|needing) (?:them|it|anything) after (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|this week|the weekend|tomorrow)\b|\bmade (?:my mind up|up my mind) about tonight\b|\bif i (?:did|do) something to (?:myself|masel)\b|\b(?:reading|read|hear|hearing) about me in the (?:paper|papers|news|standard|herald|record|press)\b(?=.*\b(?:not be a letter|not a letter|will not be|wont be)\b)|\bwhen (?:they|you|someone|somebody|my (?:kids|family|wife|husband|mum|dad)) (?:find|finds) me\b|\bmight as well finish the job\b|\bnone of us (?:will|ll) be (?:here|alive|around)\b/,
  },
  // "tell that to my family at my funeral, because thats where this is heading for me".
  { reason: 'suicide', personal: true, pattern: /\bmy funeral\b/, inMessage: /\b(?:heading|where this is going|soon|not long|because that is where)\b/ },
  // After taking them: "how long after you take them does somebody need to be told", "is 111 any use if ive already swallowed the lot", "an hour since i took them".
  {
    reason: 'overdose',
    personal: true,
    negatable: false,
    pattern:
      /\bhow long after (?:you|u|i|someone) (?:take|took|have taken|swallow|swallowed) (?:them|it|the pills|the tablets)\b|\b(?:swallowed|taken|took) the (?:lot|whole lot)\b|\b(?:an hour|hours|half an hour|\d+ (?:minutes|mins|hours?)) since i (?:took|swallowed|had) (?:them|it|the (?:pills|tablets))\b|\bpretending to take (?:them|her|his|my|their)(?: (?:pills|tablets|meds|medication))?\b/,
  },
  // Bought or stored where nobody sees: "going round different chemists so nobody notices how many paracetamol im buying".
  {
    reason: 'overdose',
    personal: true,
    pattern: /\bso (?:nobody|no one|noone) (?:notices|will notice|sees|knows) how many\b|\b(?:months|weeks) worth of (?:her|his|my|their) (?:pills|tablets|meds)\b/,
    inMessage: new RegExp(`\\b(?:${PILLS.slice(3, -1)}|hidden|hiding|under (?:the|my|her|his) bed|pretending)\\b`),
  },
  // Marks deeper, sitting on the edge, a dog given away with letters, sorry said to everyone, the bank shown "just in case".
  {
    reason: 'self-harm',
    personal: true,
    pattern: /\b(?:marks|cuts|scratches) on my (?:arms?|legs?|wrists?|thighs?) (?:are )?(?:getting|get) (?:deeper|worse)\b|\b(?:getting|get|going) deeper every (?:night|day|time)\b/,
  },
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:sitting|sat|standing|stood) on the edge\b(?=.*\b(?:bridge|cliff|roof|quarry|multi ?storey|for hours)\b)|(?<=\b(?:bridge|cliff|roof|quarry)\b.*)\b(?:sitting|sat|standing|stood) on the edge\b|\b(?:gave|given|giving) (?:my|his|her) (?:dog|dogs|cat|cats|pets?) (?:to|away)\b(?=.*\b(?:letters?|goodbye|sorry|will not need)\b)|(?<=\b(?:letters?|goodbye|sorry)\b.*)\b(?:gave|given|giving) (?:my|his|her) (?:dog|dogs|cat|cats|pets?) (?:to|away)\b|\bshowed me where (?:his|her|my) (?:bank|will|papers|passwords|documents|insurance)\b|\b(?:told|telling) (?:work|my boss|them|everyone) (?:i am|im|i m) not coming back\b(?=.*\b(?:point|cancelled|eaten)\b)|(?<=\b(?:point|cancelled|eaten)\b.*)\b(?:told|telling) (?:work|my boss|them|everyone) (?:i am|im|i m) not coming back\b|\bready to go now\b(?=.*\b(?:cancelled|stopped|eating|drinking|water)\b)|(?<=\b(?:cancelled|stopped)\b.*)\bready to go now\b/,
    notInMessage: /\b(?:hospital stay|holiday|operation|while i am (?:away|in hospital)|moving|allergic)\b/,
  },
  // Danger to others now: not fed or given medicines until barely waking, grey, locked out in the cold, a toddler on the road.
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:barely|hardly) (?:waking up|waking|breathing|responding|conscious)\b|\bnot responding when\b|\b(?:gone|going|turning|turned|a) (?:grey|gray)(?: colour| color)?\b(?=.*\b(?:meds|confused|breathing|not responding|carer)\b)|(?<=\b(?:meds|confused|carer)\b.*)\b(?:gone|going|turning|turned|a) (?:grey|gray)(?: colour| color)?\b|\blocked out\b(?=.*\b(?:minus|freezing|below zero|nightie|confused|ages)\b)|\b(?:toddler|child|kid|wean|bairn|baby|little one|wee one)s? (?:is |are )?(?:out )?on the (?:main )?road\b|\bstopped drinking (?:water|anything|fluids)\b/,
  },
  // Threats to others now: locked in, a knife at a time and a place, a house to be burned, hurting the receptionist, "ill never see her again".
  {
    reason: 'danger',
    personal: true,
    pattern:
      /\blocked (?:her|him|them) in (?:the|a|his|her|their) (?:bathroom|room|bedroom|cupboard|shed|garage|house|flat|car)\b|\bwith a (?:knife|gun|machete|blade|weapon)\b(?=.*\b(?:today|tonight|tomorrow|at \d+|\d+ ?pm|\d+ ?am)\b)|(?<=\b(?:today|tonight|tomorrow|\d+ ?pm|\d+ ?am)\b.*)\bwith a (?:knife|gun|machete|blade|weapon)\b|\bburn down (?:the|her|his|their|my|our) (?:house|home|flat|place)\b|\b(?:going to|gonna|will) (?:hurt|kill|stab|attack) (?:the|a) (?:receptionist|nurse|doctor|staff|security|porter|woman|man|girl|boy)\b|\bsaid (?:i will|ill|i ll|you will|you ll) never see (?:her|him|them|the kids|the baby|my kids) again\b|\b(?:(?:he|she|they) (?:will|ll|is going to|are going to)|hell|shell|theyll) stab (?:the|a|my|her|him) [a-z]+\b|\bbring (?:something heavy|weapons|bats|knives|a knife|petrol)\b/,
  },
];
