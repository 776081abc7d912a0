import type { RiskPattern } from '../riskPatterns';

/**
 * The end said without its words, as a blind set of 60 crises (dev29) found people write it: no reason to keep
 * going, why bother living, not being around to see something, gone by the weekend, planning how to do it,
 * telling someone "before i go", and "cant do this" as the whole message. Each is held to the form that
 * carries the meaning ("i wont be around tomorrow" is not here; "before i go to bed" is not either).
 */
export const ENDS_SAID_INDIRECTLY: readonly RiskPattern[] = [
  // "hae nae reason tae keep gaun", "why bother living when half of stranraer can read my psych notes".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:no|nae|not any|not one|not a single) (?:good )?reason (?:to|tae) (?:still be (?:here|alive|around)|keep (?:going|gaun|goin|on|living|livin)|go on|carry on|live|be (?:here|alive|around))\b|\b(?:do not|can not) see (?:a|any|the|one) (?:good )?(?:reason|point) (?:to|in|tae) (?:keep (?:going|gaun|goin|on|living|livin)|go on|going on|carry on|carrying on|live|living|be (?:here|alive|around)|being (?:here|alive|around)|stay alive|staying alive)\b|\bwhy (?:even |would i |should i )?bother (?:living|livin|going on|goin on|carrying on|being alive|being here|waking up)\b/,
  },
  // "i wont be around to see the police catch them", "ill be gone by the weekend" (not a trip away).
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:i will not|i am not going to|i will no|i wont) be (?:around|here|alive) (?:to see|for (?:much|very) longer|much longer|long enough to)\b|\b(?:(?:i will|i ll|ill) be|(?:plan|plans|planning|intend|intending|mean|meaning) (?:on|to) (?:be|being|bein)) gone (?:by (?:the weekend|then|next week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|the end of the week)|before (?:then|you know it|they|the weekend))\b/,
    notInMessage: /\b(?:holiday|holidays|away|abroad|trip|flight|cruise|travelling|traveling|visiting|moving|move|working|work|shift|hospital for|in hospital|operation)\b/,
  },
  // "been planning how to do it for a week now".
  { reason: 'suicide', personal: true, pattern: /\b(?:planning|planned|worked out|working out|figured out|deciding) (?:how|when|where) (?:to|i will|i am going to|i ll|i would|id|i d) do it\b(?! (?:on (?:the|my) (?:computer|phone|app|website|form)|online))/ },
  // "i just wanted to tell someone before i go": a farewell said as the message ends.
  { reason: 'suicide', personal: true, pattern: /\b(?:tell|telling|say|saying|talk to|speak to)(?: (?:it|this|that|goodbye|bye|sorry|thanks|thank you) to)? (?:someone|somebody|anyone|anybody|you|a person)(?: [a-z]+){0,4} before i go *$/ },
  // "whats the point, my records are out there for the whole town to read": the point of going on, with the
  // exposure that takes it away; "whats the point of the helpline" names its point.
  {
    reason: 'suicide',
    personal: true,
    pattern: /\b(?:what is|whit is|whits|whit s) the point\b(?= *$| (?:any ?more|now|noo|anyway|really|my|everyone|everybody|the whole|they|all my|when|if)\b)/,
    inMessage: /\b(?:everyone|everybody|every one|whole town|the town|the world|out there|for all to see|my business|my (?:records|notes|secrets|past|history|mental health|file|files|private)|read (?:my|about me|it)|know (?:about )?(?:my|everything|me))\b/,
  },
  // A second blind set of 80 crises (dev30): the method ready or the place chosen ("the rope is in the garage and
  // tonight feels like the night", "picked the spot", "walk into the solway tonight", "drive his car into the sea",
  // on the edge of the railway line), the pills set out, dead by the weekend, not needing the helpline after
  // tonight, not being a bother much longer, saving everyone the bother, "ye'll no hear fae me again", hurting
  // others "and then myself".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:the|a|my) (?:rope|noose) (?:is|s) (?:in|up|ready|tied|sorted|there|hanging)\b|\btonight (?:feels like|is|will be) the night\b|\bpicked (?:the|a|my) spot\b|\bwalk(?:ed|ing|in)? (?:out |oot )?(?:into|in to) the (?:sea|solway|river|nith|loch|water|firth|waves)\b(?! (?:for a|to) (?:[a-z]+ )?(?:paddle|swim|dip)\b)|\b(?:drive|driving|drove|crash|crashing) (?:his|her|my|their|the) (?:car|van|motor) (?:into|off) (?:the )?(?:sea|river|loch|water|solway|nith|harbour|a wall|a tree|a bridge|the bridge|a cliff|the cliff)\b|\b(?:on|at) the edge (?:of|o) the (?:railway|railway line|tracks|train tracks|platform|bridge|cliff|roof|quarry)\b|\b(?:i will|i ll|ill) be dead (?:by|before|soon|tomorrow|tonight|in a)\b|\b(?:i )?(?:will not|wont|shall not) (?:be )?need(?:ing)? (?:the|this|your|any|a) (?:[a-z]+ )?(?:after|beyond) (?:tonight|today|this week|the weekend)\b|\b(?:will not|wont|will no) be (?:a )?(?:bother|burden|problem|trouble|nuisance) (?:to (?:anyone|anybody|you|them|us|her|him) )?(?:much|for much|any|for very|very) longer\b|\bsave (?:everyone|everybody|you all|you|them all|my family|the family|them) the (?:bother|trouble|hassle|burden|pain)\b|\b(?:you will|ye ll|you ll|ye will|yous will) (?:no|not|never) hear (?:from|fae|frae) me again\b|\b(?:you will|you ll|youll|ye will|ye ll) never see (?:any of us|us|them|the kids|the children|your kids|your children) again\b|\b(?:hurt|kill|harm|get) (?:[a-z]+ ){1,6}(?:and )?then (?:myself|masel|me)\b/,
    notInMessage: /\b(?:queue|on hold|holding|answer(?:s|ed)? the phone|lol|haha)\b/,
  },
  // The pills set out, beside enduring no longer: "i cannae take nae mair, aw they pills are sittin in front o me".
  {
    reason: 'overdose',
    personal: true,
    pattern: /\b(?:pills|tablets|meds|paracetamol) (?:are |is )?(?:still )?(?:all )?(?:sitting |sittin |lined up |laid out |counted out |ready |out )?(?:in front (?:of|o) me|beside me|next to me|in my hand|lined up|counted out|out on the (?:table|bed|counter|floor))\b/,
    inMessage: /\b(?:can not (?:take|cope|go on|do this)|nae mair|no more|any ?more|had enough|end|goodbye|sorry|tonight|done|over|not really)\b/,
  },
  // A third blind set (dev31), written for the hard places: the end said in one clause of a long message or by
  // someone else. "this is the last message ill send anyone", "you wont have to worry about me much longer",
  // "dinnae ken how much langer a can keep gaun", "gonna do something stupid tonight", "dont care if i overdose".
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:last|final) (?:message|text|words?) (?:i will|i ll|ill|i am going to|i)(?: ever)? (?:send|write|say|type)(?: to)? (?:anyone|anybody|again|ever)\b|\bmy (?:last|final) goodbye\b|\b(?:you|u|ye|yous|youse|they|the family|my family|everyone) (?:will not|will no|will nae|willnae) (?:have|need) (?:to )?worry (?:about|aboot) (?:me|him|her) (?:much|for much|any|very|for very|for) longer\b|\b(?:nobody|no one|noone|naebody) (?:will|ll) (?:have|need) to worry (?:about|aboot) (?:me|him|her) (?:much|for much|any|very|for very|for) longer\b/,
    notInMessage: /\b(?:holiday|holidays|abroad|trip|flight|cruise|moving|move out|moving out|new job|retire|retiring|lol|haha)\b/,
  },
  {
    reason: 'suicide',
    personal: true,
    pattern:
      /\b(?:do not (?:know|ken|knaw)|not sure|no sure|dunno) how (?:much )?(?:longer|langer) (?:i|a|ah) (?:can|could|will) (?:keep (?:going|gaun|goin|on)|go on|carry on|hold on|keep this up|take (?:this|it|any ?more))\b(?! (?:with|waiting|on hold|in (?:the|this) queue|for (?:the|a|this|them|you)|at (?:work|this job))\b)|\b(?:going to|about to|might|will|i ll|ill|gonnae|want to|feel like|scared i will|afraid i will|scared i ll|afraid i ll|before i) (?:do|doing) (?:something|sumthing) (?:stupid|silly|daft|drastic)\b(?! (?:like|and (?:buy|order|ring|phone|call|email|post|complain|tell)|with (?:my|the) (?:phone|computer|laptop|money|card)|to (?:my|the) (?:phone|computer|laptop))\b)/,
    notInMessage: /\b(?:lol|haha|lmao|buy|buying|order|ordering|shopping|spend|spending)\b/,
  },
  // "dont care if i overdose anymore": the negation is the risk itself, not a denial of it.
  {
    reason: 'suicide',
    personal: true,
    negatable: false,
    pattern: /\b(?:(?:do not|no longer|not|dinnae) care|not bothered|no bothered) (?:if|whether) (?:i|a) (?:overdose|od|die|dee|live or die|live|wake up|woke up|do not wake up|never wake up|end up dead|kill myself|hurt myself)\b(?! (?:of|fae|from|laughing|trying|waiting|in the queue|the|my|everyone|anyone|early|late|on time)\b)/,
  },
  // "cant do this" as the whole message: nothing else to read it by.
  // ("i can't cope with this" is worry, answered with support; the safety check-in follows it.)
  { reason: 'suicide', personal: true, pattern: /^ *(?:i )?can not do this *(?:any ?more|no more|nae mair|no longer)? *$|^ *(?:i )?can not take (?:this|it) (?:any ?more|no more|nae mair|no longer) *$/ },
];
