import type { RiskPattern } from '../riskPatterns';
import { PILLS } from './riskWording';

/**
 * The method kept in mind, and the signs others see, as a third blind set aimed at the hard places (dev31)
 * found people write them without the words the other patterns know: looking at the rope or the pills,
 * working out how many it would take, going to the bridge "thinking about it", self-harm started again,
 * and someone giving their things away with their goodbyes. Each is held to the form that carries the
 * meaning, with the everyday senses ("giving away his old clothes to the charity shop") set aside.
 */

/** Despair or a long vigil beside the pills looked at: "been lookin at the pills in the cupboard aw day". */
const VIGIL_OR_DESPAIR =
  /\b(?:how (?:much )?(?:longer|langer)|can not (?:go on|cope|take|do this)|keep (?:going|gaun|goin)|had enough|no point|what is the point|end (?:it|things)|all day|aw day|all night|for hours|the whole (?:day|night)|tonight|goodbye|better off|enough)\b/;

/** Working out a dose that would be enough, not asking what dose is safe. */
const WORKING_OUT = /\b(?:reading up|read up|looking into|working out|worked out|work out|figuring|figured|figure out|counting|counted|calculating|calculated|googl\w*|looked up|looking up|research\w*|wondering|to (?:kill|end|die|not wake|finish)|enough to)\b/;
const ORDINARY_DOSE = /\b(?:infection|antibiotics|to (?:work|kick in|clear|help|feel|get better|shift)|for (?:a|my|the) (?:headache|pain|cold|infection|trip|holiday|week|month))\b/;

/** The goodbyes or the worry that make giving things away a sign, not a clear-out. */
const GOODBYES_OR_WORRY =
  /\b(?:goodbye|goodbyes|bye|farewell|letters? (?:to|for)|last (?:time|visit)|sorted (?:out )?(?:his|her|my|their) (?:affairs|will|things)|will not need|not need (?:them|it|any of it)|scared|frightened|terrified|worried|not (?:himself|herself|myself|themselves)|withdrawn)\b/;
const CLEAR_OUT = /\b(?:charity|oxfam|freecycle|declutter\w*|clear(?:ing)? out|car boot|ebay|vinted|moving|downsiz\w*|sell\w*|spring clean\w*)\b/;

/** Self-harm and its ways, as the act: "cutting", "harming myself". */
const SELF_HARM_ACT = '(?:self ?harming|cutting|cuttin|harming (?:my ?self|masel)|hurting (?:my ?self|masel)|burning (?:my ?self|masel)|cutting (?:my ?self|masel))';

export const METHOD_IN_MIND: readonly RiskPattern[] = [
  // "i keep looking at the rope in the garage".
  { reason: 'suicide', personal: true, pattern: /\b(?:look|looks|looking|looked|stare|stares|staring|stared) at (?:the|a|my|that|this) (?:rope|noose)\b(?! (?:swing|ladder|bridge|course|lights?|burn)\b)/ },
  // The pills looked at beside despair or a long vigil: "dinnae ken how much langer a can keep gaun, been lookin at the pills".
  {
    reason: 'overdose',
    personal: true,
    pattern: new RegExp(`\\b(?:looking|looked|staring|stared|stare|sitting|sat) (?:at|with) (?:the|my|ma|all the|aw the|aw ma|all my|they|these|those) ${PILLS}\\b`),
    inMessage: VIGIL_OR_DESPAIR,
  },
  // "been working out how many of my insulin pens it would take".
  {
    reason: 'overdose',
    personal: true,
    pattern:
      /\bhow many (?:[a-z]+ ){0,4}?(?:pills|tablets|meds|paracetamol|painkillers|pens|insulin|sleepers|co codamol|codeine)(?: (?:it|i|you|a person|someone))? (?:would|wid|will|d|would need to|would have to)(?: it)? (?:take|be enough|kill)\b/,
    inMessage: WORKING_OUT,
    notInMessage: ORDINARY_DOSE,
  },
  // "been down at the bridge twice today thinking about it".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:been|was|went|go|goes|going|gone|stood|standing|stand|sat|sitting|sit|walked|walking|walk|drove|driving|drive|ended up) (?:down |up |out |back )?(?:to|at|on|onto|by|over) (?:the )?(?:bridge|cliffs?|cliff edge|cliff top|viaduct|railway|railway line|train line|tracks|harbour wall|harbour|pier|multi ?storey|multistorey|car park roof|roof|quarry|river|docks?|shore|sea)\b(?: [a-z]+){0,4} (?:thinking|thinkin|wondering) (?:about|aboot|of|o) (?:it|jumping|doing it|ending it|ending things|the drop|going over|going in|throwing myself|just going)\b/,
  },
  // Self-harm started again: "i stopped cutting last year but started again since the letter came" (not "and never started again").
  {
    reason: 'self-harm',
    personal: true,
    pattern: new RegExp(
      `\\b(?:started|starting|begun|began|gone back to|went back to) ${SELF_HARM_ACT} again\\b|\\b(?:stopped|quit|gave up|had stopped) ${SELF_HARM_ACT}(?: (?!(?:never|not|no|nae)\\b)[a-z]+){0,6} (?:started|starting|doing it|at it|cut|cutting|relapsed)(?: [a-z]+){0,2}? again\\b`,
    ),
  },
  // Giving things away with goodbyes or worry: "saying goodbye to his pals and giving away his xbox and all his games".
  {
    reason: 'suicide',
    // Someone else's signs, but a risk now: they stand in a message that also asks about the leak.
    personal: true,
    pattern:
      /\b(?:giving|given|gave|gives) away (?:all |most |loads |some )?(?:of )?(?:his|her|my|their|ma) (?:[a-z]+ ){0,2}?(?:things|stuff|belongings|possessions|xbox|playstation|ps4|ps5|games|console|clothes|jewellery|jewelry|guitar|bike|books|collection|prized|favourite|treasured|phone|dog|cat|pets?|money|savings)\b/,
    inMessage: GOODBYES_OR_WORRY,
    notInMessage: CLEAR_OUT,
  },
];
