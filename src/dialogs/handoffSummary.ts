import type { HandoffPriority } from '../handoff/handoffRecord';
import { findTopic, type KnowledgeBase } from '../knowledge/knowledgeBase';
import { handoffSummaries } from '../messages';

/** Why the visitor is being handed off: the queue shows it, and the crisis path makes it urgent. */
/** `check-in`: accepted after the safety check-in (possible risk the wording lists missed); urgent too. */
export type HandoffReason = 'asked' | 'fallbacks' | 'crisis' | 'check-in';

/** What the hand-off dialog is started with (kept in dialog state, so plain data). */
export interface HandoffRequest {
  readonly priority: HandoffPriority;
  readonly reason: HandoffReason;
}

/**
 * The line or two the agent sees in the queue, written by the bot from what it knows (why, and the
 * topics it answered), never from the visitor's own words.
 */
export function handoffSummary(reason: HandoffReason, lastTopics: readonly string[], knowledgeBase: KnowledgeBase): string {
  const titles = lastTopics.map((id) => findTopic(knowledgeBase, id)?.title ?? id);
  const why = handoffSummaries[reason];
  return titles.length === 0 ? why : `${why} ${handoffSummaries.recentTopics(titles)}`;
}
