import type { HelplineSchedule } from '../handoff/businessHours';
import { isOpen } from '../handoff/businessHours';
import type { Clock } from '../handoff/clock';
import { describeOpening } from '../handoff/describeHours';
import { teamsMessages } from './teamsMessages';
import type { TeamsAgent } from './teamsAgent';
import type { TeamsDuty } from './teamsDuty';

const say = teamsMessages.duty;

export type DutyCommand = 'online' | 'offline' | 'status' | 'help';

const WORDS: Readonly<Record<string, DutyCommand>> = {
  online: 'online',
  'on duty': 'online',
  available: 'online',
  offline: 'offline',
  'off duty': 'offline',
  away: 'offline',
  status: 'status',
  "who's online": 'status',
  'who is online': 'status',
  help: 'help',
};

/** A command an agent gives in the hand-off channel ("@Assistant online"), or undefined for anything else. */
export function dutyCommandOf(text: string): DutyCommand | undefined {
  return WORDS[text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, '')];
}

/** Longest a shift lasts without a closing time (a helpline open round the clock): say "online" daily. */
const LONGEST_SHIFT_MINUTES = 24 * 60;

/** The first minute the helpline is closed after `from`, within a day; otherwise a day on. */
export function nextClosing(schedule: HelplineSchedule, from: Date): Date {
  const start = Math.ceil(from.getTime() / 60_000) * 60_000;
  for (let minute = 0; minute <= LONGEST_SHIFT_MINUTES; minute++) {
    const at = new Date(start + minute * 60_000);
    if (!isOpen(schedule, at)) return at;
  }
  return new Date(start + LONGEST_SHIFT_MINUTES * 60_000);
}

/** "online", "offline", "status" and "help" for agents taking chats from Teams. */
export class DutyCommands {
  constructor(private readonly options: { duty: TeamsDuty; schedule: HelplineSchedule; clock: Clock }) {}

  async run(command: DutyCommand, agent: TeamsAgent): Promise<string> {
    const { duty, schedule, clock } = this.options;
    const now = clock.now();
    switch (command) {
      case 'online': {
        if (!isOpen(schedule, now)) return say.closed;
        const until = nextClosing(schedule, now);
        await duty.start(agent, until);
        return say.online(describeOpening(schedule, now, until));
      }
      case 'offline':
        await duty.stop(agent);
        return say.offline;
      case 'status':
        return say.status(await duty.names());
      case 'help':
        return say.help;
    }
  }
}
