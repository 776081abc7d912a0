import type { Recognition } from './recognizer';
import { withOutOfScopeAtLeast } from './topicFirst';

/**
 * "turas login not working", "my work laptop wont turn on": everyday IT trouble, for the service desk. The
 * recogniser hears "login" and gives how to report a suspicious message; with nothing suspicious named (a
 * fake page, a message asking for it, the attack) the message is declined.
 */
export function isItTroubleNotAScam(text: string): boolean {
  const t = text.toLowerCase();
  return NOT_WORKING.test(t) && !SUSPICIOUS.test(t);
}

/** The topics such a message is taken for. */
const TAKEN_FOR = new Set(['staff-report-suspicious', 'report-scam', 'scam-contact']);

export function withItTroubleDeclined(recognition: Recognition, text: string, outOfScope: number): Recognition {
  return TAKEN_FOR.has(recognition.ranked[0]?.topicId ?? '') && isItTroubleNotAScam(text) ? withOutOfScopeAtLeast(recognition, outOfScope) : recognition;
}

const NOT_WORKING =
  /\b(?:login|log in|logon|password|account|email|app|computer|pc|laptop|printer|teams|outlook|wifi|system)\b(?: (?:is|keeps|still))? (?:not working|wont work|won't work|isnt working|isn't working|doesnt work|doesn't work|not loading|wont load|keeps crashing|crashing|keeps failing|broken|down)\b/;
const SUSPICIOUS = /\b(?:fake|dodgy|weird|strange|suspicious|scam\w*|phish\w*|pretend\w*|claim\w*|asking|asked|typed|entered|clicked|links?|verify|hack\w*|attack|cyber|since|changed|new)\b/;
