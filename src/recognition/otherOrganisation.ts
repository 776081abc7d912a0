import type { Recognition } from './recognizer';
import { withOutOfScopeAtLeast } from './topicFirst';

/**
 * Another organisation's breach or data, told in words the recogniser's other-incident check does not
 * parse: "a retailer emailed to say their customer data was hacked, what should i do", "is 23andme safe
 * after their data breach", "how do i do a subject access request to my letting agent". The answers on what
 * to do and on data rights are about this board's incident; for these the bot says what it can help with.
 * Not when the message names the board, its places or health records.
 */
export function withOtherOrganisationDeclined(recognition: Recognition, text: string, outOfScope: number): Recognition {
  const top = recognition.ranked[0]?.topicId;
  if (top === undefined || !TAKEN_FOR.has(top)) return recognition;
  const t = text.toLowerCase().replace(/[’']/g, '');
  return (THEIR_INCIDENT.test(t) || (OTHER_ORGANISATION.test(t) && ITS_DATA.test(t))) && !OURS.test(t) ? withOutOfScopeAtLeast(recognition, outOfScope) : recognition;
}

/**
 * The answers about this incident the recogniser gives such messages. A scammer's contact ("a letter says my
 * data goes to my employer unless i pay") and a claims firm's texts keep their own answers.
 */
const TAKEN_FOR = new Set(['what-to-do', 'data-rights', 'am-i-affected', 'data-published', 'what-happened', 'timeline', 'more-information']);
/** "their data breach", "their customer data was hacked": an incident given to someone else. */
const THEIR_INCIDENT =
  /\b(?:after|in|from|about|with) their (?:own |recent |latest |big |)(?:customer |customers |user |users |client |clients |member |members |)(?:data |)(?:breach|leak|hack)\w*|\btheir (?:customer |customers |user |users |client |clients |member |members )(?:data|details|database|records|info\w*) (?:was|were|got|has been|have been|had been) (?:hacked|leaked|breached|stolen|exposed)\b/;
/** Firms and bodies a person deals with, other than the health board. */
const OTHER_ORGANISATION =
  /\b(?:retailer|shop|store|supermarket|company|firm|bank|building society|airline|school|college|university|council|gym|employer|letting agent|landlord|insurer|insurance company|energy (?:company|supplier)|phone (?:company|provider)|broadband provider|netflix|amazon|paypal|ebay|23andme|ticketmaster)\b/;
/** …and their hold of the person's data: a breach, a hack, a subject access request. */
const ITS_DATA = /\b(?:breach\w*|hack(?:ed|s)?|leak(?:ed|s)?|subject access|data protection request|gdpr request)\b/;
/** The board, its places, health records or this incident named. */
const OURS = /\b(?:nhs|health board|hospital|infirmary|dgri|gp|a&e|camhs|cresswell|dumfries|galloway|medical|patient|records|notes|the (?:hack|leak|breach|cyber attack|attack))\b/;
