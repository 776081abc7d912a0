import type { RiskPattern } from '../riskPatterns';

/**
 * Danger from other people now, often because of what the leak made known, as a fifth blind set (dev34) found it
 * written: a crowd trying the door, a brick through the window before and a note now, stones thrown and a van
 * that tried to run someone off the road, a man photographing the house, people coming round with bats, a
 * shotgun taken out, a petrol can at the hospital, a man waiting at home time, a refuge street texted, a partner
 * who will "do the same to me", and the same in Spanish.
 */

/** Fear, tonight or now: what makes a past attack or a threat told a danger at this moment. */
const NOW_OR_FEAR = /\b(?:tonight|now|right now|again|today|this week|scared|terrified|frightened|afraid|petrified)\b/;

export const THREATS_AFTER_THE_LEAK: readonly RiskPattern[] = [
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:they are|theyre|they re|he is|she is|someone is|somebody is|people are|people|someone|somebody|men|a man|a gang)(?: outside| at the door| in the garden| out the back)? (?:trying|tryin) (?:to get in|to break in|the (?:door|door handle|handle|back door|windows?))\b(?! (?:to |in to |into )?(?:my|the|our|his|her) (?:email|e mail|account|accounts|computer|phone|laptop|bank|facebook|instagram|app|wifi|router|system)\b)|\b(?:tried|trying) to run (?:me|us|her|him) (?:off the road|over|down)\b|\bthrew stones at (?:me|us|her|him)\b|\btaking (?:photos|pictures|pics) of (?:my|our|the) (?:house|flat|home|door|car|kids|windows?)\b(?=.*\b(?:now|right now|we know|sprayed|scared|watching)\b)/,
  },
  { reason: 'danger', personal: true, pattern: /\bbrick through (?:the|my|our) window\b|\b(?:people like me|i|we) should be gone\b/, inMessage: NOW_OR_FEAR },
  // Coming with weapons, a gun taken out, a fire threatened.
  {
    reason: 'danger',
    personal: true,
    pattern:
      /\bcoming (?:round|over|here|for (?:me|us|him|her))(?: (?:the night|tonight|later|now))?(?: [a-z]+){0,2} (?:with|wi) (?:bats|knives|a knife|weapons|a gun|guns|sticks|hammers|machetes)\b|\b(?:gone|went|going|headed) out with (?:the|a|his|her) (?:shotgun|gun|rifle|knife|machete|bat|crossbow)\b|\bpetrol can\b|\bburn (?:the place|the building|the hospital|the house|the ward|us|everyone) (?:down|alive)\b/,
  },
  // Threats told: "he will be waiting for her at home time", "hell do the same to me when this call ends", "says hes dead when they catch him".
  {
    reason: 'danger',
    personal: true,
    pattern:
      /\b(?:will|ll|hell|shell|theyll) be waiting for (?:her|him|them|me|my [a-z]+) (?:at|after|outside) (?:home time|school|the school|the gates|work|home)\b|\b(?:will|ll|would|is going to|says he will|said he would) do the same to (?:me|us|her|him)\b|\b(?:he is|you are|hes|she is) dead when (?:they|we) (?:catch|get|find)\b|\b(?:say|says|said) (?:they|he|she) (?:will|ll|are going to|is going to) (?:sort (?:me|us) out|do (?:me|us) in|get me|batter me)\b/,
    inMessage: /\b(?:scared|afraid|terrified|frightened|petrified|feart|knows which school|smashed|note|catch him|right now|now|tonight|after school|home time)\b/,
  },
  // The refuge found: "he's just texted me the name of our street"; a man who knows the writer lives alone, coming tonight.
  {
    reason: 'danger',
    personal: true,
    pattern: /\b(?:texted|sent|messaged|told|emailed) me (?:the name of |a (?:photo|picture) of )?(?:our|my) (?:street|road|address|new address|close|door)\b|\bknows (?:that )?i live (?:alone|on my own|by myself)\b/,
    inMessage: /\b(?:refuge|fled|safe house|abus\w*|violen\w*|coming round|coming over|tonight|scared|terrified|frightened|ex)\b/,
  },
  // Held at home: "hes locked the doors and taken my phone, im typing on my daughters ipad".
  { reason: 'danger', personal: true, negatable: false, pattern: /\b(?:locked|has locked) (?:the|all the|our) doors?(?: [a-z]+){0,2} (?:and )?(?:has )?(?:taken|took|hidden|hid) my (?:phone|keys|car keys)\b/ },
  // Found by people owed or feared, watched from a car: "the men my dad owed money to have found me, a car has sat outside with its lights off".
  { reason: 'danger', personal: true, pattern: /\b(?:have|has|had) found (?:me|us)\b/, inMessage: /\b(?:outside|lights off|watching|parked|waiting|at the door|sat outside)\b/, negatable: false },
  // Spanish: "mi marido tiene un cuchillo", "me va a matar".
  { reason: 'danger', personal: true, pattern: /\btiene (?:un|una) (?:cuchillo|pistola|arma|navaja)\b|\bme (?:va|quiere) (?:a )?matar\b/ },
  // dev41: a man at the window, in the car park, "hes here" and then no answer (armed and having read the notes is
  // `dangerFromAPerson`'s), coming to take a child today, a screaming child next door and a man who tracked his ex through the hack.
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern: /\b(?:he|she|they|a man|man|someone|somebody)(?: is| s| are|s)? (?:at|outside|looking in|looking through) (?:the |my |our )?(?:window|windows|back window|front window)\b|\b(?:he|she|they)(?: is| s| are|s)? (?:in|at) the (?:car park|carpark|close|stairwell|stair|landing|back green|garden|driveway)\b/,
    // Help cried, not asked of the bot ("hes in the car park, can you help me find the clinic" is no danger).
    inMessage: /\b(?:scared|terrified|frightened|please help|help me now|knows? where (?:i|we) (?:live|am|stay)|found (?:me|us))\b|\bhelp\W*$/,
  },
  {
    reason: 'danger',
    personal: false,
    negatable: false,
    pattern: /\b(?:he|she) is here\b.{0,60}\b(?:not answering|not picking up|not replying|can not get hold|phone is off|gone quiet)\b/,
  },
  // The same when "hes here" was quoted (quotes are read as someone else's words): hiding from him, and now no answer.
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern: /\b(?:was|is|has been|had been) hiding (?:from|fae|frae) (?:him|her|them|her ex|his ex|an ex|a man)\b/,
    inMessage: /\b(?:not answering|not picking up|not replying|can not get hold|phone is off|gone quiet|found (?:her|him|them)|is here)\b/,
  },
  // Personal: a teacher or a neighbour passing on a child's danger today is not talking shop.
  {
    reason: 'danger',
    personal: true,
    negatable: false,
    pattern: /\b(?:he|she|they|(?:her|his|their|my|the) (?:dad|father|mum|mother|ex|partner|husband|wife|stepdad|uncle))(?: is| s| are)? (?:coming|on (?:his|her|their) way) to (?:take|get|snatch|grab) (?:her|him|them|the kids|the children|the baby|the wean|the bairn)(?: away)? (?:today|tonight|now|right now)\b/,
  },
  {
    reason: 'danger',
    personal: false,
    negatable: false,
    pattern: /\b(?:tracked|found|hunted) (?:his|her|their|my) (?:ex|wife|husband|partner|girlfriend|boyfriend|missus) (?:down )?(?:through|from|using|with) the (?:nhs |health board |hospital )?(?:hack|leak|breach|files|records)\b/,
    inMessage: /\b(?:screaming|crying|shouting|banging|hitting|hit|scared|terrified|police|help)\b/,
  },
];
