import type { KnowledgeBase } from './knowledgeBase';
import type { KnowledgeProblem } from './knowledgeProblem';

const DAY_MS = 86_400_000;

/** How long a topic may go unreviewed during the incident before `kb:check` says so. */
export const DEFAULT_REVIEW_DAYS = 30;

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

/**
 * Topics whose `reviewed` date is more than `maxDays` before `today`, or after it (a typo in the
 * year). Facts move quickly in an incident; an answer nobody has checked for a month may be stale.
 */
export function findOverdueReviews(kb: KnowledgeBase, today: Date, maxDays = DEFAULT_REVIEW_DAYS): KnowledgeProblem[] {
  const todayStart = Date.parse(`${dayOf(today)}T00:00:00Z`);
  return kb.topics.flatMap((topic): KnowledgeProblem[] => {
    const reviewed = dayOf(topic.reviewed);
    const days = Math.round((todayStart - Date.parse(`${reviewed}T00:00:00Z`)) / DAY_MS);
    if (days < 0) return [{ code: 'reviewed-in-future', file: topic.file, reviewed }];
    return days > maxDays ? [{ code: 'review-overdue', file: topic.file, reviewed, days, maxDays }] : [];
  });
}
