import type { Recognition } from './recognizer';
import { withOutOfScopeAtLeast } from './topicFirst';

/**
 * Whether a message is about an everyday scam that has nothing to do with this leak: a parcel fee
 * "from royal mail", a "hi mum" message from a new number (or someone "pretending to be my son" who needs
 * money for a new phone), a bank's "fraud team" asking for a code.
 * It names such a sender and says nothing of the health board, health records or the leak. The
 * scam-contact answer is about criminals who claim to hold the person's health data; for a message like
 * this the bot says what it can help with instead (the recogniser alone reads "text", "scam" and
 * "money" as that topic).
 */
export function isEverydayScam(text: string): boolean {
  const t = ` ${text.toLowerCase().replace(/[’']/g, '').replace(/\b(?:update|confirm|check|enter|payment|card|bank|account|login|log in) (?:my |your |the |)details\b/g, ' ')} `;
  return (EVERYDAY_SENDER.test(t) || PERSONAL_SENDER.test(t)) && !ABOUT_THIS_LEAK.test(t);
}

/** Someone the person knows, pestering them ("my ex keeps texting me"): unwanted, but no scam about the leak. */
const PERSONAL_SENDER = /\bmy (?:ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend|boyfriend|girlfriend|stalker)\b/;

/** Senders and lures of the scams everyone gets (Action Fraud's and Which?'s most reported). */
const EVERYDAY_SENDER =
  /\b(?:royal ?mail|evri|hermes|dpd|dhl|fedex|parcelforce|ups|parcel|delivery fee|redelivery|package|hmrc|tax (?:refund|rebate)|dvla|car tax|tv licen[cs]e|netflix|amazon|prime|paypal|ebay|apple id|icloud|microsoft|windows|tech support|ee|o2|vodafone|three|bt|sky|virgin media|talktalk|phone bill|mobile bill|energy (?:bill|rebate)|council tax|toll|(?:my|the) bank|santander|barclays|lloyds|halifax|natwest|rbs|nationwide|monzo|hi mum|hi dad|new number|new phone|(?:pretending|claiming|saying (?:they|he|she) (?:was|were|is|are)|says (?:they|he|she) (?:is|are)) (?:to be )?my (?:son|daughter|mum|mam|dad|husband|wife|partner|brother|sister|grandson|granddaughter|nephew|niece|kid|boy|lassie|laddie)|crypto|investment|lottery|prize|competition)\b/;

/** Anything that ties the message to this incident, to health care or to what a health record holds. */
const ABOUT_THIS_LEAK =
  /\b(?:nhs|health|hospital|infirmary|dgri|board|gp|doctor|surgery|medical|records?|notes|files?|camhs|a&e|a and e|patient|appointment|treatment|hack(?:ed|ers?|ing)?|leak(?:ed)?|breach|attack|cyber|dark ?web|ransom|inc|stolen|data|info(?:rmation)?|details|op|operation|scan|referral|results?|diagnos\w*|illness|condition|therapy|counsell?ing|mental|abortion|pregnan\w*|cancer|hiv|sexual|clinic|ward|nurse|midwife|psychiatr\w*|prescri\w*|medication|tablets|rehab|addiction)\b/;

/**
 * Topics the recogniser gives such a message: scam-contact, or the greeting when the lure itself is one
 * ("is the hi mum scam real"), or report-scam when the person asks whether it is one ("hmrc text about a
 * tax refund, scam or no"), not how to report it.
 */
const TAKEN_FOR = new Set(['scam-contact', 'greeting']);
const REPORT_SCAM = 'report-scam';
/** Asking how to report a scam, which the report-scam answer gives whoever sent it. */
const ASKS_TO_REPORT = /\b(?:report\w*|forward\w*|7726|send (?:it|them|this)|where (?:do|can|should) i (?:send|tell)|who (?:do|can|should) i tell|action fraud)\b/i;

/** The ranking for an everyday scam the recogniser took for one of those: out of scope at `outOfScope`. */
export function withEverydayScamDeclined(recognition: Recognition, text: string, outOfScope: number): Recognition {
  const top = recognition.ranked[0]?.topicId ?? '';
  const takenFor = TAKEN_FOR.has(top) || (top === REPORT_SCAM && !ASKS_TO_REPORT.test(text));
  return takenFor && isEverydayScam(text) ? withOutOfScopeAtLeast(recognition, outOfScope) : recognition;
}
