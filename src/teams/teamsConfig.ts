import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Comma-separated Entra tenant ids, kept lower-case so comparisons need no care. */
const tenantIdList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const items = (v ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    const bad = items.filter((item) => !GUID.test(item));
    if (bad.length > 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${bad[0]}" is not a tenant id (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47)` });
      return z.NEVER;
    }
    return [...new Set(items.map((item) => item.toLowerCase()))];
  });

/** A Teams channel id as the channel's link shows it: `19:…@thread.tacv2` (or the older `@thread.skype`). */
const channelId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : decodeURIComponent(v)))
  .pipe(
    z
      .string()
      .regex(/^19:[^\s;]+@thread\.(tacv2|skype)$/, 'must be a Teams channel id such as 19:abc…@thread.tacv2 (from the channel\'s link)')
      .optional(),
  );

/** The Teams part of the one config schema (`src/config.ts` spreads it in). */
export const teamsConfigShape = {
  /** Tenants whose authenticated Teams users get staff answers (and may take hand-offs in Teams). */
  StaffTenantIds: tenantIdList,
  /** Channel where new hand-offs are posted for agents; unset: no Teams notifications. */
  HandoffTeamsChannelId: channelId,
};

export type TeamsConfig = z.infer<z.ZodObject<typeof teamsConfigShape>>;

/** Settings that cannot work together; staff are only recognised on an authenticated bot. */
export function teamsConfigProblems(c: TeamsConfig & { MicrosoftAppId?: string }): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = [];
  if (c.MicrosoftAppId === undefined && c.StaffTenantIds.length > 0)
    problems.push({ key: 'StaffTenantIds', message: 'needs MicrosoftAppId: staff are recognised only on requests the Bot Framework has authenticated' });
  if (c.HandoffTeamsChannelId !== undefined) {
    if (c.MicrosoftAppId === undefined)
      problems.push({ key: 'HandoffTeamsChannelId', message: 'needs MicrosoftAppId: Teams only talks to a registered bot' });
    if (c.StaffTenantIds.length === 0)
      problems.push({ key: 'HandoffTeamsChannelId', message: 'needs StaffTenantIds: only staff may take chats from Teams' });
  }
  return problems;
}
