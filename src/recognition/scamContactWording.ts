// The wording of a scammer's contact, told or pasted in: what `contactedByScammer` reads to put what to do about it first.

/**
 * Whether a message tells of being contacted by someone who holds, or says they hold, the person's data
 * and wants something: "a woman on whatsapp says she has my kids camhs file and wants paying", "i got a
 * text saying my data was stolen and click here to claim compensation". Such a message names what the
 * scammer claims (CAMHS, compensation, the hackers), and the recogniser ranks that topic; but what the
 * person needs is what to do about the contact.
 */
export function toldOfScamContact(text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, '');
  return (
    (CONTACTED.test(t) && (DEMAND.test(t) || HOLDS_MY_DATA.test(t) || (KNEW_MY.test(t) && !CARE_NAMED.test(t)) || (AMOUNT_DEMANDED.test(t) && RECORDS_OR_LEAK.test(t)))) ||
    // Told that the person's records are out, and asked whether that is real or how to report it ("my son got a
    // text saying his camhs file is online, is it real"): the board writes letters, it does not text that news.
    (CONTACTED.test(t) && SAYS_RECORDS_ARE_OUT.test(t) && (PASTED_QUESTION.test(t) || ASKS_TO_REPORT.test(t) || DOUBTS_IT.test(t))) ||
    (IMPERSONATES.test(t) && (CONTACTED.test(t) || REACHED.test(t))) ||
    // A letter from the criminals themselves: "I have received a letter purporting to come from the criminals" (dev42).
    // One said to be the board's is its own reading (`letterFromTheBoard`).
    (LETTER_RECEIVED.test(t) && FROM_THE_CRIMINALS.test(t)) ||
    // At the door or on the phone wanting money, or a demand with a threat to send the records on.
    ((DEMAND.test(t) || AMOUNT_DEMANDED.test(t)) && (REACHED.test(t) || THREATENS_TO_SHARE.test(t)) && RECORDS_OR_LEAK.test(t)) ||
    // A message pasted in, link and all, and asked about ("…verify your identity at http://bit.ly/… is this real"),
    // or quoted with a demand or a claim to hold the person's data ("'We have your data… Send 0.01 BTC' what do i do with this").
    (PASTED_QUESTION.test(t) && (hasLink(t) || (QUOTED.test(text) && (DEMAND.test(t) || HOLDS_MY_DATA.test(t) || THREATENS_TO_SHARE.test(t))))) ||
    DEALT_WITH_THE_SCAMMER.test(t) ||
    // A ransom demand sent to the person ("ransom demand in my inbox"): the board's ransom is asked of no one else.
    RANSOM_RECEIVED.test(t) ||
    // A letter with a demand ("a letter, unsigned, … requesting payment in bitcoin"): the board's own letters ask for nothing.
    (LETTER_RECEIVED.test(t) && (DEMAND.test(t) || AMOUNT_DEMANDED.test(t)))
  );
}

/** "saying his camhs file is online", "says my records have been leaked". */
const SAYS_RECORDS_ARE_OUT =
  /\b(?:says|said|saying|claims|claimed|claiming|telling (?:me|him|her|us|them)) (?:that )?(?:my|ma|our|his|her|their|your) (?:[a-z&]+ ){0,2}(?:files?|records?|notes|data|details|info|information|history) (?:is|are|was|were|has been|have been|had been|got|been) (?:online|on the (?:dark ?web|internet|net)|leaked|published|posted|out there|for sale|stolen|hacked)\b/;
/** Doubt about a message, in words `PASTED_QUESTION` does not hold: "no idea if its genuine", "sounds dodgy". */
const DOUBTS_IT = /\b(?:genuine|legit\w*|fake|dodgy|a scam|scam or|real or)\b/;

/** The person already answered or gave to someone they call a scammer: "i already replied to the scammer and gave him my address". */
const DEALT_WITH_THE_SCAMMER =
  /\b(?:replied to|answered|spoke to|talked to|texted back|emailed back|gave|sent|paid) (?:the |a |that |this )?(?:scammers?|fraudsters?|con ?m[ae]n)\b|\b(?:gave|sent|told) (?:the )?(?:scammers?|fraudsters?) (?:my|ma|our)\b/;

const RANSOM_NOTE = '(?:demand|email|e-mail|note|message|letter|text|txt)s?';
const RANSOM_RECEIVED = new RegExp(
  `\\b(?:(?<!\\b(?:they|board|nhs|hospital|hospitals|hackers|it) (?:even |ever |actually |really |first )?)(?:got|had|received|recieved|get|getting) (?:a|an|this|the|another) ransom ${RANSOM_NOTE}|ransom ${RANSOM_NOTE} (?:in|on|to|through) (?:my|ma|our) (?:inbox|e-?mail|phone|mobile|post|letterbox|door)|ransom ${RANSOM_NOTE} (?:i|we) (?:got|had|received|recieved)|(?:sent|emailed|texted) (?:me|us) (?:a|an) ransom ${RANSOM_NOTE})\\b`,
);

/** Sent, or said to be sent, by the people behind the attack. */
const FROM_THE_CRIMINALS =
  /\b(?:(?:purport\w*|claim\w*|pretend\w*) to (?:be|come) |(?:says?|saying|said) (?:it is |its |it was |)|)from (?:the )?(?:criminals|hackers|scammers|fraudsters|ransomware gang|gang|inc ransom|people (?:who|that) (?:did (?:it|this)|hacked|attacked))\b/;
const LETTER_RECEIVED = /\b(?:got|had|received|recieved|get|getting) (?:a|an|this|another) (?:[a-z]+ )?letter\b/;

/** The person's records or the leak named: a pharmacy ringing about a prescription charge is no scammer. */
const RECORDS_OR_LEAK = /\b(?:records?|recods|files?|notes|data|details|info|information|diagnosis|history|hack\w*|leak\w*|breach\w*|dark ?web)\b/;
/** A sum asked for ("they want 500 quid", "pay £200"): a scammer's only beside the person's records or the leak (a dentist's fee is not). */
const AMOUNT_DEMANDED = /\b(?:want(?:s|ed|ing)?|pay(?:ing)?|demand\w*|asking for) (?:me |us )?(?:to pay )?£?\d+|\b(?:for|charge|charges|charging) £\d+/;
/** "they knew my diagnosis": a stranger knowing it, not a care provider named ("an email from my gp"). */
const KNEW_MY = /\b(?:knew|knows|know|mentioned|quoted|quoting|quotes|had seen|hed seen|seen) (?:about |all about |)(?:my|ma|our|her|his) (?:[a-z&]+ )?(?:diagnosis|condition|medication|meds|date of birth|dob|history|notes|records?|files?|results|(?:hospital|chi|nhs|patient) number)\b/;
const CARE_NAMED = /\b(?:gp|doctor|dentist|hospital|infirmary|nurse|consultant|pharmacy|pharmacist|chemist|surgery|practice|clinic|physio|health visitor|midwife|camhs)\b(?! (?:files?|records?|notes|number|history|diagnosis|details|data|info))/;
/** "or theyll send my files to my employer": the threat that goes with a demand. */
const THREATENS_TO_SHARE =
  /\b(?:or|else|unless|otherwise) (?:theyll|they will|theyre going to|they are going to|hell|he will|shell|she will|itll|it will|we will|well|i will)? ?(?:send|post|publish|share|leak|release|put|email|show)\b/;

/** Someone passing themselves off as another ("someone called claiming to be the police about the leak"): a scammer's mark. */
const IMPERSONATES = /\b(?:claim(?:ing|ed|s)? to be|pretend(?:ing|ed|s)? to be|posing as|(?:says|saying|claims|claiming) (?:its|it is|theyre|they are|hes|shes) from|(?:saying|sayin|said) (?:they|he|she) (?:was|were|is|are|wis|wiz) (?:from|fae|frae|the)|saying (?:(?:they|he|she) (?:was|were|is|are)|theyre|hes|shes) (?:it|i t|from it) (?:and|asking|wanting|needing|needed|wanted|need|needs)|purport(?:ing|ed|s)? to (?:be|come) from)\b/;
/** How they reached the person, in words too loose for `CONTACTED` alone ("called", "came to the door", the Scots "chapped ma door"). */
const REACHED = /\b(?:called|calling|rang|ringing|phoned|telephoned|came to|came roond|knocked|chapped|chappit|at (?:my|the|ma) door|emailed|texted|messaged|wrote)\b/;

/**
 * Reached by text, email, phone or message ("i got a text", "someone emailed my work address", "a woman on
 * whatsapp", "a number keeps ringing me", "i replied to a message", "i paid them 200", "i clicked the link in the
 * text"); not the person's own
 * call ("i phoned the helpline and they have my details").
 */
const CONTACTED =
  /\b(?:(?<!\b(?:i|ive|i have|we|weve|we have) )(?:texted|txtd|txted|e-?mailed|phoned|telephoned|rang|messaged|dmd|contacted|got in touch)|(?:got|had|received|recieved|get|getting|keep getting) (?:a |an |this |these |some |loads of |several |many |lots of |a few |a couple of |two |three |)(?:[a-z]+ |)(?:texts?|txts?|e-?mails?|calls?|phone calls?|messages?|whatsapps?|dms?|voicemails?)|(?:texts?|txts?|e-?mails?|calls?|messages?|msgs?|whatsapps?|caller|voicemail) (?:(?:that|which) )?(?:says|said|saying|claims|claiming|from|fae|frae)|(?<!\b(?:reading|read|saw|seen|see|posts?|posted|about (?:it|this|that)|all over it) )on (?:whatsapp|facebook|messenger|insta|instagram|snapchat|tiktok)|keeps? (?:ringing|calling|phoning|texting|messaging|emailing) (?:me|us)|(?:texts?|txts?|e-?mails?|calls?|messages?|whatsapps?) (?:on|to) (?:my|ma|our) (?:work |own |personal |home )?(?:mobile|phone|e-?mail|inbox)|replied to (?:a|an|the|their|this|that) (?:(?:scam|dodgy|fake|phishing|weird) )?(?:messages?|texts?|e-?mails?|whatsapps?)|(?:paid|sent|transferred|gave) (?:them|him|her|the scammers?|the hackers?) (?:£?\d+|money|cash|the money)|click(?:ed)? (?:on )?(?:the|a|that|this|their) link in (?:the|a|that|this|their) (?:texts?|txts?|e-?mails?|messages?|whatsapps?|dms?))\b/;

/** What a scammer asks for: money, a click, bank details, a code, "to confirm my date of birth"; or money already paid "before i realised". */
const DEMAND =
  /\b(?:(?:im|i am|you are|youre|ur|we are|were) (?:owed|due|entitled to) (?:compensation|money|a refund|a payment|a payout|£)|want(?:s|ed|ing)? (?:paying|payment|money|cash|bitcoin|btc|crypto)|request(?:s|ed|ing)? (?:a |an |immediate |urgent )?(?:payment|money|fee|sum)|pay(?:ing)? (?:them|him|her|up|a fee|or else)|before i (?:realised|realized|knew|twigged|clocked)|been (?:scammed|conned)|fell for (?:it|a scam|the scam)|demand(?:s|ing|ed)?|bitcoin|btc|click(?:ed)? (?:here|on|the|a|this|to)|bank details|card (?:details|number)|verify my|(?:the|a) code|confirm (?:my|your|ma) (?:date of birth|dob|details|bank|card|address|chi|password|login|username|staff number|employee number|pin)|(?:needed|wanted|asked for|asking for|after) (?:my|ma|your) (?:login|log in|password|username|user name|pin|passcode)|asking (?:me |us |)for (?:money|cash|payment|my bank|my card|my details|bank details))\b/;

/** Says they have the person's records ("has my name and dob in it", "with my a&e notes attached", "sent me a screenshot of my notes", quoted: "we hold your camhs file"). */
const HOLDS_MY_DATA =
  /\b(?:(?:we|i) (?:have|hold|got|have got) (?:all )?your (?:[a-z&-]+ )?(?:notes|records?|files?|file|data|details|info|information|results|history)|(?<!\b(?:i|ive|i have|we|weve|we have|i just|i only|i also) )(?:has|have|had|got|holds?|hold|held) (?:all |)(?:my|ma|our|her|his|their|my kids|my sons|my daughters)|sent (?:me|us|him|her) (?:a (?:screenshot|photo|picture|copy|bit|part) of |part of |some of |)(?:my|ma|our|his|her|their) [a-z&' ]{0,20}(?:notes|records?|files?|data|details|info|results|letters?)|with my [a-z&' ]{0,20}(?:notes|records?|files?|data|details|info) attached|with (?:my|ma|our) [a-z&' ]{0,30}(?:address|(?:hospital|chi|nhs) number|details|dob|date of birth|notes|records?) in it|my [a-z&' ]{0,20}(?:notes|records?|files?) attached)\b/;

/** Whether a message carries a web address, as scam texts do ("http://bit.ly/…", "nhs-dg-secure.co/claim"), other than an official one. */
function hasLink(text: string): boolean {
  // An address retyped to tell of it ("nhs-dg-secure-check dot com") is a link too.
  return [...text.replace(SPELT_DOT, '.').matchAll(LINK)].some((m) => !OFFICIAL.test(m[0]));
}

/** " dot " between the parts of an address, as people retype one: "nhs-dg-secure-check dot com", "dg-refunds dot co dot uk". */
const SPELT_DOT = /(?<=[a-z0-9-]) dot (?=(?:co|com|org|net|uk|info|online|xyz|ly|io|me|site|scot)\b)/g;

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:co\.uk|co|com|org|net|uk|info|online|xyz|ly|io|me|site|scot)(?:\/\S*)?(?![a-z0-9-])/g;
/** The board's page and the public bodies the answers send people to: asking whether these are real is not a scam's mark. */
const OFFICIAL = /(?:^|[./])(?:nhsdg\.co\.uk|nhsdg\.scot\.nhs\.uk|[a-z.-]*gov\.uk|nhs\.uk|(?:nhs)?inform\.scot|ico\.org\.uk|scotland\.police\.uk|samaritans\.org|childline\.org\.uk)(?:[/:]|$)/;
/** What a person asks of a message they paste in: whether it is real, or where to send it. */
const PASTED_QUESTION =
  /\b(?:is (?:this|it|that) (?:real|genuine|legit|legitimate|a scam|safe|true|from you|from the (?:nhs|hospital|health board|board))|(?:who|where) (?:do|should|can) i (?:send|report|forward)|how (?:do|can|should) i report|should i (?:click|reply|open|answer)|should i\b(?=\W*$)|(?:what|wot|whit|wat) (?:do|dae|should|shud) (?:i|a) (?:do|dae) (?:with|wi|wae|about|aboot) (?:this|it|that|thon))\b/;

/** Words in quotation marks, as a pasted message is: a dozen characters or more between the marks. */
const QUOTED = /(?:^|[\s:(])['"\u2018\u201c][^'"\u2019\u201d]{12,}['"\u2019\u201d]/;

/** How to report it, asked: "how do i report it", "who do i send this to". */
export const ASKS_TO_REPORT = /\b(?:report|forward|phishing|7726|send (?:it|them|this|that|these)\b)/;
