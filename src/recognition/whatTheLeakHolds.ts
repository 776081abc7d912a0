import type { Recognition } from './recognizer';
import { withSwapped } from './topicFirst';

const DATA_PUBLISHED = 'data-published';
/** What such a question is taken for: whether one is affected, not searching for it, what to do. */
const TAKEN_FOR = new Set(['am-i-affected', 'do-not-search-data', 'what-to-do']);

/**
 * "does the leaked stuff have peoples passwords in it", "did the leaked files include bank details": which
 * kinds of data the leak holds is what was published, not whether the writer is in it (no "my", "am i")
 * nor whether to search for it. The recogniser hears "leaked" and "passwords" and ranks those first; with
 * what was published in its top three, the two swap places.
 */
export function asksWhatTheLeakHolds(text: string): boolean {
  const t = text.toLowerCase().replace(/[’']/g, '');
  return KIND_OF_DATA.test(t) && HELD_IN_THE_LEAK.test(t) && !OWN.test(t) && !ASKS_WHAT_TO_DO.test(t);
}

export function withWhatTheLeakHoldsAnswered(recognition: Recognition, text: string): Recognition {
  const [top] = recognition.ranked;
  if (!top || !TAKEN_FOR.has(top.topicId) || !recognition.ranked.slice(0, 3).some((s) => s.topicId === DATA_PUBLISHED) || !asksWhatTheLeakHolds(text)) return recognition;
  return withSwapped(recognition, top.topicId, DATA_PUBLISHED);
}

const KIND_OF_DATA =
  /\b(?:passwords?|bank (?:details|accounts?|account (?:details|numbers?))|card (?:details|numbers?)|addresses|phone numbers|mobile numbers|dates of birth|chi numbers|e-?mail addresses|national insurance numbers|ni numbers|medical (?:records|notes|histories)|diagnoses|test results|photos|pictures|salaries|payslips|peoples? (?:\w+ )?(?:details|data|info|records|addresses|names|numbers))\b/;
const HELD_IN_THE_LEAK =
  /\b(?:(?:leaked|stolen|published|hacked|dumped) (?:stuff|data|files|info|information|records|documents)|the (?:leak|dump|breach|hack|stolen data|published data|files)|(?:include|includes|included|including|contain|contains|contained|in it|in there))\b/;
/** "does the leak mean i should change them": what to do about it. */
const ASKS_WHAT_TO_DO = /\b(?:should|shall|do|must) (?:i|we) (?:\w+ )?(?:change|reset|cancel|freeze|do)\b|\bi (?:should|need to|have to|must) (?:change|reset|cancel|freeze)\b/;
/** The writer's own data, or someone close's: whether they are affected. */
const OWN = /\b(?:my|mine|me|am i|ma|our|his|her|their own|my (?:mum|dad|son|daughter|wife|husband|kids?))\b/;

const WHAT_TO_DO = 'what-to-do';

/**
 * "identity theft", "as a member of staff am i at more risk of identity theft and what should i do": the risk
 * of identity fraud is what the what-to-do answer is about (watching accounts, credit files, Action Fraud).
 * The recogniser hears "staff" or "theft" of data and ranks what was published first; with what to do in its
 * top three, the two swap places. Not when the message asks which data was taken ("was my bank info in it"),
 * and on the public side only: in Teams the staff data answer covers staff's own risk.
 */
export function withIdentityFraudAdvised(recognition: Recognition, text: string): Recognition {
  const [top] = recognition.ranked;
  if (top?.topicId !== DATA_PUBLISHED || !recognition.ranked.slice(1, 3).some((s) => s.topicId === WHAT_TO_DO)) return recognition;
  const t = text.toLowerCase().replace(/[’']/g, '');
  return IDENTITY_FRAUD.test(t) && !WHICH_DATA.test(t) ? withSwapped(recognition, DATA_PUBLISHED, WHAT_TO_DO) : recognition;
}

const IDENTITY_FRAUD = /\bidentity (?:theft|fraud|thieves|being stolen)|\bsteal(?:ing)? (?:my|our|your) identity\b/;
const WHICH_DATA = /\b(?:what|which) (?:\w+ )?(?:data|details|info\w*|records|kind|sort|type)|\b(?:was|were|is|are) (?:my|our) (?:\w+ )?(?:data|details|info\w*|records|bank|address)\b/;
