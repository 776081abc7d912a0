import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { AgentPresence, type AgentPresenceOptions } from '../handoff/agentPresence';
import type { Clock } from '../handoff/clock';
import { CreateOnce, updateDocument, readDocument } from '../handoff/storedDocument';
import type { TeamsAgent } from './teamsAgent';

const dutySchema = z.object({
  agents: z.record(z.object({ name: z.string(), until: z.string().datetime({ offset: true }) })),
});
type DutyDocument = z.infer<typeof dutySchema>;
const DUTY_KEY = 'teams/duty';

/**
 * Agents who said "online" in the hand-off channel, each until a set time (when the helpline next
 * closes). Teams sends nothing while an agent simply waits, so unlike the console there is no
 * heartbeat: an agent stays on duty until they say "offline" or their time is up.
 */
export class TeamsDuty {
  private readonly createOnce = new CreateOnce();

  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
  ) {}

  async start(agent: TeamsAgent, until: Date): Promise<void> {
    await this.edit((doc) => ({ agents: { ...doc.agents, [agent.key]: { name: agent.displayName, until: until.toISOString() } } }));
  }

  async stop(agent: TeamsAgent): Promise<void> {
    await this.edit((doc) => {
      if (!(agent.key in doc.agents)) return undefined;
      const { [agent.key]: _gone, ...rest } = doc.agents;
      return { agents: rest };
    });
  }

  /** Keys of Teams agents on duty now. */
  async onDuty(): Promise<string[]> {
    const now = this.clock.now().getTime();
    const doc = await readDocument(this.storage, DUTY_KEY, dutySchema);
    return Object.entries(doc?.value.agents ?? {})
      .filter(([, entry]) => Date.parse(entry.until) > now)
      .map(([key]) => key);
  }

  /** Display names of those on duty, for "status". */
  async names(): Promise<string[]> {
    const doc = await readDocument(this.storage, DUTY_KEY, dutySchema);
    const on = new Set(await this.onDuty());
    return Object.entries(doc?.value.agents ?? {}).filter(([key]) => on.has(key)).map(([, e]) => e.name).sort();
  }

  private async edit(change: (doc: DutyDocument) => DutyDocument | undefined): Promise<void> {
    await updateDocument({
      storage: this.storage,
      key: DUTY_KEY,
      schema: dutySchema,
      create: { empty: { agents: {} }, once: this.createOnce },
      change: (doc) => {
        const next = change(doc ?? { agents: {} });
        return next === undefined ? { result: undefined } : { write: next, result: undefined };
      },
    });
  }
}

/**
 * Presence that also counts Teams agents on duty, so the hand-off is offered when the only people
 * taking chats are in Teams; the console and its API see them too.
 */
export class PresenceWithTeamsDuty extends AgentPresence {
  constructor(
    options: AgentPresenceOptions,
    private readonly duty: TeamsDuty,
  ) {
    super(options);
  }

  override async onlineAgents(): Promise<string[]> {
    const [console, teams] = await Promise.all([super.onlineAgents(), this.duty.onDuty()]);
    return [...new Set([...console, ...teams])].sort();
  }
}
