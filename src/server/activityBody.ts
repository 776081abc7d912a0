import { z } from 'zod';
import type { Activity } from 'botbuilder';

/**
 * The least a request to `/api/messages` must be for a turn to run: botbuilder keeps state by
 * channel and conversation id, and the dialog reads `text` as a string. Anything else an activity
 * carries passes through untouched.
 */
export const activityBodySchema = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    text: z.string().nullish(),
    attachments: z.array(z.unknown()).nullish(),
    membersAdded: z.array(z.object({ id: z.string() }).passthrough()).nullish(),
  })
  .passthrough();

/** Names the first field that is wrong, for a 400 a developer can act on. */
export function describeActivityProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(body)';
  return `The body must be a Bot Framework activity: field "${field}" ${issue?.message.toLowerCase() ?? 'is invalid'}.`;
}

export type ActivityBody = z.infer<typeof activityBodySchema>;

/** What botbuilder's own `process` does to a parsed body: date fields become Dates, raw strings kept. */
export function toActivity(body: ActivityBody): Activity {
  const activity: Record<string, unknown> = { ...body };
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
