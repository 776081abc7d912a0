import { z } from 'zod';
import { parseAgentConsoleKeys } from './agentKeys';
import type { HelplineSchedule } from './businessHours';
import { type ParseResult, parseClosedDates, parseHelplineHours } from './helplineHours';
import { isValidTimeZone } from './zonedTime';

export const DEFAULT_HELPLINE_HOURS = 'Mon-Fri 09:00-18:00; Sat 09:00-13:00';

/** Empty means "use the default", as everywhere else in the config; a parse problem names the key. */
const parsed = <T>(fallback: string, parse: (text: string) => ParseResult<T>) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      const result = parse(v === undefined || v === '' ? fallback : v);
      if (result.ok) return result.value;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.problem });
      return z.NEVER;
    });

const minutes = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .pipe(z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number of minutes').min(1, 'must be 1–1440').max(1440, 'must be 1–1440'));

const timeZone = (text: string): ParseResult<string> =>
  isValidTimeZone(text) ? { ok: true, value: text } : { ok: false, problem: `"${text}" is not an IANA time zone such as Europe/London` };

/** The hand-off part of the one config schema (`src/config.ts` spreads it in). */
export const handoffConfigShape = {
  /** When the team takes chats, in `HelplineTimeZone`; `24:00` is the end of the day. */
  HelplineHours: parsed(DEFAULT_HELPLINE_HOURS, parseHelplineHours),
  HelplineTimeZone: parsed('Europe/London', timeZone),
  /** Bank holidays and other closed days: comma-separated local `YYYY-MM-DD`. */
  HelplineClosedDates: parsed('', parseClosedDates),
  /** A queued visitor silent this long is told and taken out of the queue. */
  HandoffQueueTimeoutMinutes: minutes(15),
  /** An agent quiet this long in an active chat is reminded (flag on the record, agent events, listeners). */
  AgentReminderMinutes: minutes(5),
  /** An online agent not seen this long counts as offline. */
  AgentIdleMinutes: minutes(10),
  /** `name:key,name2:key2`; no keys means nobody can use the agent console or API. */
  AgentConsoleKeys: parsed('', parseAgentConsoleKeys),
  /** `embedded`: our own console and API; `omnichannel`: the Bot Framework hand-off protocol. */
  HandoffTarget: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? 'embedded' : v))
    .pipe(z.enum(['embedded', 'omnichannel'], { errorMap: () => ({ message: 'must be embedded or omnichannel' }) })),
};

export type HandoffConfig = { [K in keyof typeof handoffConfigShape]: z.infer<(typeof handoffConfigShape)[K]> };

export function helplineScheduleOf(config: Pick<HandoffConfig, 'HelplineHours' | 'HelplineTimeZone' | 'HelplineClosedDates'>): HelplineSchedule {
  return { hours: config.HelplineHours, timeZone: config.HelplineTimeZone, closedDates: config.HelplineClosedDates };
}
