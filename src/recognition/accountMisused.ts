import type { Recognition } from './recognizer';
import { withTopicFirst } from './topicFirst';

const WHAT_TO_DO = 'what-to-do';

/**
 * "my email has been hacked, is it because of the nhs", "my bank account was hacked, was it from the nhs
 * hack": the person's own account misused, and asked whether the leak is why. What to do (change passwords,
 * watch the bank, beware of scams) is the answer; the recogniser hears "hacked" and "nhs" and answers what
 * happened, or how care was affected. A scammer's contact, fraud to report, a person or the crisis answer,
 * ranked first, are kept.
 */
export function asksIfTheLeakMisusedMyAccount(text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, '');
  // "…how do i report it" asks how to report the fraud.
  return MY_ACCOUNT_MISUSED.test(t) && LINKED_TO_THE_LEAK.test(t) && !/\breport\w*\b/.test(t);
}

export function withMisusedAccountAdvised(recognition: Recognition, text: string, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top || KEPT.has(top.topicId) || !recognition.ranked.some((s) => s.topicId === WHAT_TO_DO) || !asksIfTheLeakMisusedMyAccount(text)) return recognition;
  return withTopicFirst(recognition, WHAT_TO_DO, Math.max(top.score, levels.answer), KEPT, levels.inScope);
}

const KEPT = new Set(['crisis', 'human', 'scam-contact', 'report-scam']);
const MY_ACCOUNT_MISUSED =
  /\b(?:my|ma|our) (?:e-?mail(?: account)?|bank(?: account)?|account|accounts|card|bank card|credit card|debit card|facebook|instagram|insta|snapchat|whatsapp|paypal|amazon(?: account)?|phone|mobile)\b.{0,25}\b(?:(?:has been|have been|was|were|got|been|is|are) )?(?:hacked|compromised|cloned|taken over|accessed|broken into|emptied)\b|\bsome(?:one|body|1) (?:has |)(?:used|taken out .{0,20} in|opened .{0,20} in|got into) my (?:card|bank|details|identity|name|account)\b/;
const LINKED_TO_THE_LEAK = /\b(?:because of|cos of|coz of|cause of|from|due to|caused by|related to|linked to|connected to|down to|after) (?:the |this |that )?(?:nhs|leak\w*|hack\w*|breach\w*|attack|cyber\w*|data)\b/;
