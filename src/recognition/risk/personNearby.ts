import type { RiskPattern } from '../riskPatterns';

/**
 * Someone the writer fears who is near now, on the way, watching, or has found them: the danger the published
 * addresses bring. A blind table of 60 such messages (test/fixtures/safety-cases-5.jsonl) found the wording
 * caught 22: it knew weapons and "he'll kill me", not "hes been parked outside three nights", "he kens where i
 * bide noo", "cant go home hes waiting for me". Each pattern here needs two things: the person near (or the
 * finding), and, somewhere in the message, fear, a threat or a history of harm (`inMessage`), so a visitor, a
 * lift or a delivery is not a crisis.
 */

/** A person, not "the hackers" or "people": someone it is possible to be near. */
const PERSON =
  '(?:he|she|they|him|her|someone|somebody|man|a man|the man|a guy|the guy|this guy|some man|some guy|a bloke|a stranger|my ex|ex|partner|husband|boyfriend|stepdad|stalker|abuser)';
/** A few words between the person and where they are ("the guy whos been threatening me is parked…"), none a negation. */
const FILLER = '(?: (?!(?:not|never|no|nae|naw|was|were|years|ago|used)\\b)[a-z]+){0,5}?';
/** Near now: at the door or the house, outside, waiting, watching, following, on the way. */
const NEAR_NOW =
  '(?:(?:is|are|s|has|had|been|keeps|kept|just|still|now) ){0,3}(?:here|outside|ootside|at the (?:school|school gates|school gate|nursery|kids school|gates?) (?:right )?now|out there (?:shouting|screaming|banging|waiting)|(?:was |were )?seen (?:in|outside|at|near) (?:our|my|the|her) (?:street|house|road|flat|close)|(?:will not|wont) (?:leave|go away)|tried to (?:force (?:his|her|their) way|get|break) in\\w*|locked (?:the|my|our) (?:front |back )?door|(?:got|kept) (?:her|him|them|me|us) locked in|(?:home|back|here) in (?:an hour|half an hour|a (?:few|couple of) (?:minutes|hours)|\\d+ (?:minutes|mins|hours?))|(?:going to|gonna|gonnae|will|ll) come (?:round|over|here|to (?:my|the|our) (?:house|flat|door))|coming to take (?:her|him|them|me|the kids|my kids) (?:back|away)|left (?:something|a note|flowers|a letter|a package) (?:on|at|through) (?:my|our|the) (?:doorstep|door|letterbox)|watches (?:me|us|her|the (?:house|hoose|flat)|my (?:house|flat|windows?|door))|at (?:the|my|our|her) (?:door|front door|gate|window|school gates?)|in (?:the|our|my) (?:street|close|garden|stair)|chapp?(?:ing|in)|banging|knocking|parked (?:outside|across|right next|next|at the end)|waiting (?:for (?:me|us|her)|outside|in the car park|in the car)|watching (?:me|us|her|the (?:house|hoose|flat)|my (?:house|flat|windows?|door))|following (?:me|us|her)|(?:standing|sitting) (?:outside|at the end of)|standing (?:at|by|near) (?:the|my|our) (?:school )?(?:gates?|door|house|flat)|(?:come|comes|coming) now|(?:come|comes|coming) (?:now )?to (?:the|my|our) (?:house|flat|home|door)|on (?:his|her|their) way|coming (?:round|over|here|tonight|back tonight|this weekend|for (?:me|us|her))|(?:will|ll) be back tonight|turned up at (?:my|the|our|her) (?:work|house|door|flat|school gates?|school)|driving past (?:the|my|our) (?:house|flat)|look(?:ed|ing)? in (?:the|my) window|(?:sending|sent) (?:me )?(?:a )?(?:pics?|pictures?|photos?) of (?:my|our) (?:own )?(?:house|door|front door|flat))';
/** Fear of a person, a threat, a history of harm or a court order, anywhere in the message. */
const FEAR_OR_HARM =
  /\b(?:(?:scared|feart|frightened|terrified|petrified|afraid)(?! (?:i|that i|to tell|it|about|for (?:the|my|our)|of (?:the|my|our|his|her) (?:leak|data|records|notes|details|files)|of (?:burning|being late|missing))\b)|panicking|aggressive|knife|gun|bat|axe|hammer|machete|blade|weapon|(?:get|got|getting) away (?:from|fae)|(?:hed|shed|theyd|would|will|d|ll) find (?:me|us)|can not go (?:home|back|out)|look(?:ed|ing)? in (?:the|my) window|threat\w*|kill|hurt|harm|kneecap|batter|sort (?:me|us|you) out|finish (?:it|me|what)|make me (?:pay|regret)|watch (?:themselves|yourself|out)|you are dead|see you soon|protection order|restraining order|non molestation|not allowed (?:contact|near)|refuge|fled|got away (?:from|fae) (?:him|her|them)|violen\w*|abus\w*|assault\w*|stalk\w*|doxx?\w*|put me in hospital|smashed|force his way|forced his way|locked)\b/;
/** For a visit, knowing where the writer lives is a threat too ("they know where i live… theyre coming round tonight"). */
const FEAR_OR_FOUND = new RegExp(`${FEAR_OR_HARM.source}|\\b(?:court order|interdict|non ?harassment order|restraining order|protection order|bail conditions)\\b|\\b(?:got|has|found|knows) (?:our|my|her|the) (?:new )?address\\b|\\b(?:know|knows|kens) where (?:i|we|she) (?:live|lives|bide|stay|work)\\b|\\bmust (?:have|of) got (?:it|my (?:address|details)) (?:from|off|through) the (?:leak|data|files|dump)\\b`);
/** Found the writer: "noo hes found me", "he kens where i bide", "has found oot where i stay", "has found her refuge address". */
const FOUND =
  '(?:(?:has |is |now |just |)found (?:me|us|her|(?:out |oot )?where (?:i|we|she) (?:live|bide|stay|am|are|is)|my (?:new )?address|our (?:new )?address|her (?:new |refuge )?address)|(?:knows|kens|has|got) where (?:i|we|she|he|my kids|the kids) (?:live|lives|bide|bides|stay|stays|go to school)|(?:found )?(?:out |oot )?(?:which|what) (?:school|nursery) (?:my|our|the|her|his) (?:kids?|son|daughter|boy|girl|wean|bairn|children|child|grandson|granddaughter)s? (?:go|goes|gan|attend|attends|is at|are at)|(?:has|got) my (?:new )?address)';
/** The finder is a person the writer names or fears, not the hackers or "everyone". */
const FINDER = '(?:he|she|my ex|ex|partner|husband|stepdad|stalker|abuser|the man|the guy|this guy|some man|some guy)';

/** An errand at the door or a lift, anywhere in the message ("he is here to collect the kids"): no danger in the visit. */
const ERRAND = /\b(?:to (?:pick up|collect|drop off|bring back|read the meter|fix|deliver)|for (?:tea|dinner|lunch|his tea|her tea)|asking (?:about|for) (?:my|me|the|a|an|some)|selling|delivering)\b/;

/** The finder out of reach now: "…but hes in prison now", "he died in 2015". */
const SAFE_NOW = /\b(?:in (?:prison|jail)|locked up|inside for|died|passed away|moved (?:away|abroad)|emigrated)\b/;

export const PERSON_NEARBY: readonly RiskPattern[] = [
  { reason: 'danger', personal: true, pattern: new RegExp(`\\b${PERSON}${FILLER} ${NEAR_NOW}\\b`), inMessage: FEAR_OR_FOUND, notInMessage: ERRAND, negatable: false },
  // Followed home by a stranger; "found you" sent by someone the writer has an order against.
  { reason: 'danger', personal: true, pattern: /\bfollow\w* me (?:home|to (?:my|the) (?:house|flat|door|car|work))\b/, inMessage: /\b(?:same|a|the|this|some) (?:man|guy|bloke|stranger)\b/, negatable: false },
  { reason: 'danger', personal: true, pattern: /\b(?:saying|says|said|texted|messaged) (?:i |we )?(?:found|have found|see) you\b/, inMessage: FEAR_OR_HARM },
  // People sent round by the one threatening (not "can you send someone round"), or a threat through the letterbox.
  { reason: 'danger', personal: true, pattern: /\b(?:he is|she is|they are|hes|shes|theyre|he will|she will|they will|he ll|they ll) (?:going to |gonna |gonnae )?(?:sending|send) (?:people|someone|somebody|men|lads|the boys|his pals|her pals) (?:round|over|to (?:my|your|the) (?:house|flat|door))\b/ },
  { reason: 'danger', personal: true, pattern: /\b(?:a note|a letter|something) (?:put )?through (?:the|my|our) (?:letterbox|door)\b/, inMessage: /\b(?:threat(?:s|ening)?|you are dead|(?:kill|hurt|get) you|dead when (?:they|we) (?:catch|get|find))\b/ },
  { reason: 'danger', personal: true, pattern: new RegExp(`\\b${FINDER}${FILLER} ${FOUND}\\b`), inMessage: FEAR_OR_HARM, notInMessage: SAFE_NOW, negatable: false },
  // At the door now, however far the message names who it is: "my late husband's nephew … is at my front door
  // at this moment demanding money and threatening me".
  {
    reason: 'danger',
    personal: true,
    pattern:
      /\b(?:is|are|s|standing|stood|banging|hammering|kicking|shouting) (?:[a-z]+ ){0,2}?(?:at|outside|on) (?:my|the|our) (?:front |back )?(?:door|doorstep|window|gate)\b(?= (?:[a-z]+ ){0,3}?(?:at this moment|right now|now|as we speak|as i type|as i write|this minute)\b)/,
    inMessage: FEAR_OR_HARM,
    notInMessage: ERRAND,
    negatable: false,
  },
  // A threat against the children with someone watching them now: "we know where your kids go to school … a car
  // parked outside the school gates all morning watching".
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:we|they|i) (?:know|ken|kens|knows) where (?:your|you|ur|yer|the|my) (?:kids?|children|weans|bairns|son|daughter|boy|girl|family) (?:go|goes|are|is|live|lives)\b/,
    inMessage: /\b(?:parked|watching|outside (?:the|my|our) (?:school|house|door|gates?)|at the (?:school )?gates?)\b/,
    negatable: false,
  },
];
