import { z } from 'zod';

/**
 * The layout of a Direct Line conversation's activity log: the head document holds the newest
 * activities, and every full page of PAGE_SIZE before them is a document of its own, so appending and
 * polling cost the same on the 200th activity as on the first. Pure functions; ConversationStore
 * does the reading and writing.
 */

/** An activity as the log keeps it: plain JSON with the id and timestamp the log gave it. */
export type LoggedActivity = Record<string, unknown> & { id: string };

function isLoggedActivity(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
}

// Checked, not copied: a record-and-object schema rebuilt every logged activity on each read, and
// the log is read on every post, reply and poll.
export const loggedActivitiesSchema = z.custom<LoggedActivity[]>((v) => Array.isArray(v) && v.every(isLoggedActivity), 'activities must be objects with an id');

/** Page `n` holds watermarks `n * PAGE_SIZE` up to the next page's first. */
export const PAGE_SIZE = 20;
/** Older activities drop off the log; a client that far behind has long since shown them. */
export const MAX_LOGGED = 200;

export const pageSchema = z.object({
  /** Watermark of the first activity: the page's own first, or later on a page made from an earlier version's log. */
  first: z.number().int().nonnegative(),
  activities: loggedActivitiesSchema,
});
export type Page = z.infer<typeof pageSchema>;

/** What the layout needs of a conversation's head document. */
export interface LogHead {
  /** Watermark of the next activity appended: the count of activities ever logged. */
  readonly nextWatermark: number;
  /** The newest activities, oldest first; the first has watermark `nextWatermark - activities.length`. */
  readonly activities: readonly LoggedActivity[];
  /** The lowest page that may still be stored; absent on an earlier version's single-document log. */
  readonly pagesFrom?: number | undefined;
}

export const headStart = (head: LogHead): number => head.nextWatermark - head.activities.length;

/** The oldest watermark still kept. */
export const keptFrom = (nextWatermark: number): number => Math.max(0, nextWatermark - MAX_LOGGED);

const pageOf = (watermark: number): number => Math.floor(watermark / PAGE_SIZE);

/** Pages `from` up to, not including, `to`. */
export const pageRange = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** The full pages a head still holds, oldest first (on a converted earlier log the first may start late). */
export function fullPages(head: LogHead): { page: number; content: Page }[] {
  const start = headStart(head);
  const pages: { page: number; content: Page }[] = [];
  for (let page = pageOf(start); (page + 1) * PAGE_SIZE <= head.nextWatermark; page++) {
    const first = Math.max(start, page * PAGE_SIZE);
    pages.push({ page, content: { first, activities: head.activities.slice(first - start, (page + 1) * PAGE_SIZE - start) } });
  }
  return pages;
}

/** Pages wholly before the kept activities: deleted once the log has moved past them. */
export function stalePages(head: LogHead): number[] {
  return head.pagesFrom === undefined ? [] : pageRange(head.pagesFrom, pageOf(keptFrom(head.nextWatermark)));
}

/**
 * Every page the head's conversation may have stored, for deleting it all: every full page, since
 * one may be written while the head still holds it (the instance died, or the head rewrite failed).
 */
export function storedPages(head: LogHead): number[] {
  return head.pagesFrom === undefined ? [] : pageRange(head.pagesFrom, pageOf(head.nextWatermark));
}

/**
 * The head with its activities before watermark `upTo` moved out (they are stored in pages now), and
 * the pages before `deletedUpTo` no longer listed (they have been deleted).
 */
export function withoutPagesBefore<H extends LogHead>(head: H, upTo: number, deletedUpTo: number): H {
  const start = headStart(head);
  return { ...head, activities: head.activities.slice(Math.max(0, upTo - start)), pagesFrom: Math.max(head.pagesFrom ?? 0, deletedUpTo) };
}

/** Where `since(watermark)` starts, and the stored pages it has to read besides the head (none if the head has it all). */
export function readPlan(head: LogHead, watermark: number): { from: number; pages: number[] } {
  const from = Math.max(watermark, keptFrom(head.nextWatermark));
  const start = headStart(head);
  if (head.pagesFrom === undefined || from >= start) return { from, pages: [] };
  return { from, pages: pageRange(Math.max(pageOf(from), head.pagesFrom), pageOf(start - 1) + 1) };
}

/**
 * Activities from `from` on, out of the pages read (in `readPlan` order, undefined where missing) and
 * the head. Only watermarks below the head's first are taken from pages, so an activity is never
 * given twice; if a page is missing (deleted as too old) only the unbroken run that ends at the head
 * is given, so none is skipped in the middle: the client gets what is still kept.
 */
export function activitiesSince(head: LogHead, from: number, pages: readonly (Page | undefined)[]): LoggedActivity[] {
  const start = headStart(head);
  let run: LoggedActivity[] = [];
  let next = -1;
  for (const page of pages) {
    if (page === undefined) {
      run = [];
      continue;
    }
    page.activities.forEach((activity, i) => {
      const watermark = page.first + i;
      if (watermark < from || watermark >= start) return;
      if (run.length > 0 && watermark !== next) run = [];
      run.push(activity);
      next = watermark + 1;
    });
  }
  const older = run.length > 0 && next === start ? run : [];
  return [...older, ...head.activities.slice(Math.max(0, from - start))];
}
