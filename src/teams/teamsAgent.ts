import type { Activity } from 'botbuilder';

/** Who an agent working in Teams is, for the queue's claim rules and for what the visitor is told. */
export interface TeamsAgent {
  /** Stable across devices and renames: the Entra object id (Teams' user id otherwise). */
  readonly key: string;
  /** Their first name, which the visitor is told. */
  readonly displayName: string;
}

/** Agents from Teams are `teams:<id>`, so they can never collide with a console key's name. */
export function teamsAgentOf(activity: Pick<Partial<Activity>, 'from'>): TeamsAgent | undefined {
  const id = activity.from?.aadObjectId ?? activity.from?.id;
  if (!id) return undefined;
  const first = (activity.from?.name ?? '').trim().split(/\s+/)[0]?.slice(0, 60);
  return { key: `teams:${id}`, displayName: first || 'A member of the helpline team' };
}
