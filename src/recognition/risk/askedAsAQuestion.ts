import type { RiskPattern } from '../riskPatterns';

/**
 * Risk asked as a question or given as a reply, as a fourth blind set (dev33, 75 crises) found people write it
 * where the other patterns expect a statement: whether a height is enough or a way is quick, who would find them
 * and when, what happens to their records "when im dead, asking for soon", whether anyone would miss them, and
 * the short replies to the bot's own check-in ("ur asking if im safe. no", "still here. for now"). Also the
 * same said in Polish or Spanish, which the board's public write in too.
 */
export const ASKED_AS_A_QUESTION: readonly RiskPattern[] = [
  // "how high is the bridge… is it high enough", "is drowning in the nith quick", "does hanging hurt".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:is it|is that|would it be|is the (?:bridge|drop|building|car park|cliff|multi ?storey|multistorey|viaduct|tower|roof|flats)) high enough\b|\b(?:is|would) (?:drowning|hanging|jumping|an overdose|overdosing|bleeding out|it)(?: (?:in|off|from) (?:the )?[a-z]+)?(?: be)? (?:quick|quicker|painless|painful|fast)\b(?! (?:to (?:fix|sort|do|get|book|check|change|apply|answer|find|reply)|enough to (?:fix|sort|book))\b)|\bdoes (?:drowning|hanging|an overdose|overdosing|jumping) hurt\b|\b(?:fastest|quickest|easiest|painless|least painful|surest) way to (?:die|end it|end my life|stop (?:feeling|existing|living|breathing)|not wake up|kill myself)\b|\bstop feeling (?:anything|everything) for good\b/,
  },
  // "is it better to do it at night so nobody finds you till morning", "how long till someone would find me if i went up into the forest and didnt come back".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:nobody|no one|noone|naebody) (?:finds|would find|will find) (?:you|me|u)\b|\bhow long (?:till|until|before|would it take (?:for )?) ?(?:someone|somebody|anyone|anybody|they) (?:would |will )?(?:find|found) me\b|\bif i (?:went|go|walked|walk) (?:[a-z]+ ){0,6}and (?:did not|never|do not) come back\b/,
  },
  // "what happens to my records when im dead, asking for soon", "can my kids see my records after im gone, wont be long now".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:when|after|once|if) (?:i am|i m|im) (?:dead|gone)\b|\bafter i (?:die|kill myself|am gone)\b|\b(?:after|when|if|once) (?:you|u) (?:kill|killed) (?:yourself|urself)\b/,
    inMessage: /\b(?:soon|(?:will not|wont) be long|not long now|asking for soon|(?:will not|wont) matter|before i (?:go|do it)|do they tell)\b/,
  },
  // "fit wye wid onybody miss me", "would anyone even notice", "nobody would care if i did".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:would|wid|will) (?:anybody|anyone|onybody|any one|ony ane) (?:even )?(?:miss me|notice (?:if i|i am gone|i was gone|i m gone))\b|\b(?:nobody|no one|noone|naebody) (?:would|will|wid) (?:even )?(?:care|notice|miss me) if i (?:did|died|did it|was gone|were gone|was dead|disappeared|went)\b|\bwould (?:anyone|anybody) even notice *$/,
  },
  // "wat if i just dissapeard for good, nobody wud care": vanishing for good, wondered about (dev40).
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:if|when) i (?:just |simply |)(?:dis+ap+ea?re?d?|vanish(?:ed)?) (?:forever|for good|for ever|permanently)\b(?! (?:from|off|on)\b)/,
  },
  // Replies to the check-in, whole: "ur asking if im safe. no", "still here. for now", "kind of. still thinking about doing it tho".
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern:
      /\b(?:asking|ask|asked) (?:if|whether) (?:i am|im|i m) (?:safe|ok|okay|alright)(?: [a-z]+){0,2} (?:no|nope|naw|not really|nah)\s*$|^ *(?:i am |im )?still here(?: [a-z]+)? for now *$|^ *(?:[a-z]+ ){0,3}(?:still|keep|been) (?:thinking|thinkin) (?:about|of) doing it(?: tho| though| anyway| again)? *$/,
  },
  // "no future for me now everyone knows", "want it gone before i do it".
  { reason: 'suicide', personal: true, pattern: /\bno future for me\b(?! (?:in|at|with|here)\b)|\bwant (?:it|them|everything|this|my (?:stuff|data|records))(?: all)? (?:gone|sorted|deleted|done|off) before i (?:do it|go|die|am gone)\b/ },
  // Polish and Spanish, accents folded: "nie chcę już żyć", "no quiero vivir más", "me quiero matar".
  {
    reason: 'suicide',
    personal: true,
    pattern: /\bnie chce (?:juz )?zyc\b|\bchce umrzec\b|\bzabije sie\b|\bno quiero (?:seguir )?vivir\b|\bquiero morir(?:me)?\b|\bme quiero matar\b|\bsuicidarme\b|\bquitarme la vida\b/,
  },
];
