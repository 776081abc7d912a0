import type { RiskPattern } from '../riskPatterns';

/**
 * Risk told through what is happening in someone's life, as a seventh blind safety set (dev41) found it: savings
 * lost to a scammer who used the leak (a rope in the garage, looking at the bridge every night, "i shall not be a
 * burden much longer"), drink or drugs ("steamin and lookin at the river", coke and vallies taken together, the car
 * keys and "not planning on coming back"), the weeks after a birth (thoughts of hurting the baby, driving into a
 * wall on purpose), veterans (a service knife got out, a father sitting in the dark with his shotgun), living alone
 * (nobody would notice for days, insulin stopped, a fall with no one coming), and very simple words ("i want to
 * hurt me").
 */

/** What makes a place or a thing the writer looks at a danger: loss, despair, drink, or every night. */
const DESPAIR =
  /\b(?:(?:scammers?|fraudsters?|they) took (?:£?\d+k?|all|everything|every penny|my savings)|lost (?:everything|it all|every penny|all (?:my|our|of it))|every penny|savings|can not (?:tell|face|cope|go on|take)|no (?:way|point)|what is the point|had enough|ruined|shame|every night|drunk|drinking|steaming|steamin|do not care|nothing left)\b/;

export const LIFE_CIRCUMSTANCES: readonly RiskPattern[] = [
  // "been looking at the bridge on my way home every night", "steamin and lookin at the river".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:looking|lookin|staring|starin|stood|standing|sat|sitting) (?:at|over|down at|on|by) the (?:bridge|river|rails|railway|railway line|tracks|edge|drop|water|sea|loch|firth|viaduct|cliffs?|solway|nith)\b/,
    inMessage: DESPAIR,
  },
  // "fraudsters took 22k… and theres a rope in the garage".
  { reason: 'suicide', personal: true, pattern: /\b(?:there is|theres|i have|got|bought) (?:a )?rope (?:in|up in|ready|tied|in the)\b/, inMessage: DESPAIR, notInMessage: /\b(?:boat|climbing|swing|tow|towing|washing line|tent|horse|dog lead)\b/ },
  // "i shall not be a burden on my family much longer".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern: /\b(?:not|no|never) (?:be )?(?:a |any )?burden (?:on|to) (?:[a-z]+ ){0,3}?(?:much|for much|any|for any) longer\b|\b(?:shall|will|wo) not be (?:a |any )?burden (?:much|for much|any) longer\b/,
  },
  // "drunk and greetin and i want it all over".
  // Not the leak's process wanted over ("i want it all over so i can move on from the hack").
  {
    reason: 'suicide',
    personal: true,
    pattern: /\bi (?:just )?want (?:it|everything) all over\b(?! (?:and done|with|by|before|soon|quickly|fast)\b)/,
    notInMessage: /\b(?:leak|hack|breach|investigation|court|case|process|waiting|inquiry|claim|move on)\b/,
  },
  // "took a load of coke and vallies together", "heart going mental".
  {
    reason: 'overdose',
    personal: true,
    pattern: /\btook (?:a (?:load|lot|bunch|handful) of |loads of |all (?:my|the) |some )?(?:[a-z]+ )?(?:coke|cocaine|vallies|valium|vals|diazepam|benzos|xanax|xannies|pills|tablets|downers) (?:and|with|wi) (?:[a-z]+ )?(?:coke|cocaine|vallies|valium|vals|diazepam|benzos|xanax|xannies|pills|tablets|vodka|drink|booze|whisky|wine|alcohol)(?: together)?\b/,
    inMessage: /\b(?:together|can not cope|heart (?:going|racing|pounding)|scared|on purpose|cope|end it|had enough)\b/,
  },
  // "got the car keys, not planning on coming back", "thinking of walking out and not coming back".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\bnot (?:planning|plannin|intending|going|meaning) (?:on|to) (?:coming|come) back\b(?! (?:to|here|from|after|for|until|till|on)\b)|\b(?:walking|walk|driving|drive) (?:out|off|away) and (?:not|never) (?:coming|come) back\b(?! (?:to|here|from)\b)/,
    notInMessage: /\b(?:job|work|chat|this site|facebook|twitter|the board|scotland|the nhs|the practice|the surgery)\b/,
  },
  // "steamin… dinnae care what happens tae me anymore".
  { reason: 'suicide', personal: true, pattern: /\bdo not care (?:what happens to me|if i live or die|whether i live or die|if i wake up) ?any ?more\b/ },
  // After a birth: "cant stop thinking about hurting the baby", "i keep picturing driving into a wall on purpose".
  { reason: 'danger', personal: true, pattern: /\b(?:thinking|thinkin|thoughts?|picturing|imagining) (?:about|of)? ?(?:hurting|harming|smothering|shaking|drowning|killing) (?:the|my|our) (?:baby|babies|wean|bairn|newborn|little one|son|daughter)\b/ },
  { reason: 'suicide', personal: true, pattern: /\b(?:driving|drive|crash(?:ing)?|steer(?:ing)?) (?:the car |my car )?(?:into|off|in front of) (?:a |the )?(?:wall|tree|bridge|lorry|truck|oncoming|river|cliff)\b(?= (?:on purpose|deliberately)\b)|\b(?:picturing|imagining|keep thinking of|thinking of|thinkin of) (?:driving|crashing|steering) (?:the car |my car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|lorry|truck|river|cliff)\b/ },
  // Veterans: "ive got my old service knife out", "sitting in the dark with his shotgun".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:got|taken|took|have) (?:my|his|her|the) (?:[a-z]+ ){0,2}(?:knife|blade|gun|shotgun|rifle|pistol|revolver) out\b(?! (?:to|for|and cut)\b)|\bsitting (?:in the dark |alone |there |up |on his own |on her own )?with (?:a|his|her|my|the) (?:shotgun|gun|rifle|pistol|knife|rope)\b/,
    notInMessage: /\b(?:cake|bread|dinner|cooking|cleaning|clean it|polish|shooting season|clay|target|range|rabbits|pheasant)\b/,
  },
  // Living alone: "nobody would notice for days if i went", insulin stopped with "whats the point".
  { reason: 'suicide', personal: true, pattern: /\b(?:nobody|no one|noone|naebody) (?:would|will|wid) (?:even )?(?:notice|find me|know|miss me) (?:for|in) (?:days|weeks|ages|a week|a while) if i (?:went|died|was gone|did it|go)\b/ },
  {
    reason: 'self-harm',
    personal: true,
    pattern: /\bstopped (?:taking )?(?:my )?(?:insulin|meds|medication|tablets|heart pills|lithium)\b/,
    inMessage: /\b(?:what is the point|no point|had enough|stopped eating|do not care|on purpose|deliberately|let it happen|want it to end)\b/,
  },
  // "fell on the kitchen floor an hour ago cant get up and nobody is coming": danger now, help needed.
  { reason: 'danger', personal: true, negatable: false, pattern: /\b(?:fell|fallen|collapsed|fall) (?:[a-z]+ ){0,9}?can not get (?:up|off the floor)\b/ },
  // Simple words: "i want to hurt me", "i want hurt me".
  // Not negatable: a "not" before it is about something else ("my carer is not here. i want to hurt me").
  { reason: 'self-harm', personal: true, negatable: false, pattern: /(?<!\b(?:not|never) )\bi (?:want|wan|need|going) (?:to )?(?:hurt|cut|kill) me\b/ },
];
