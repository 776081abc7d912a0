import type { Storage } from 'botbuilder';
import { speakerRedactors } from '../privacy/speakerRedactors';
import { AgentKeyring } from './agentKeys';
import { AgentPresence } from './agentPresence';
import type { HelplineSchedule } from './businessHours';
import { CallbackRequests } from './callbacks';
import type { Clock } from './clock';
import { type HandoffConfig, helplineScheduleOf } from './handoffConfig';
import { HandoffQueue } from './handoffQueue';

/** Everything the hand-off needs, built once per process over the shared storage. */
export interface HandoffServices {
  readonly queue: HandoffQueue;
  readonly callbacks: CallbackRequests;
  readonly presence: AgentPresence;
  readonly keyring: AgentKeyring;
  readonly schedule: HelplineSchedule;
  readonly clock: Clock;
  readonly settings: Pick<HandoffConfig, 'HandoffQueueTimeoutMinutes' | 'AgentReminderMinutes' | 'HandoffTarget'>;
}

/** `published`: the numbers the bot itself publishes (`publishedValues`), kept when an ended chat is redacted. */
export function buildHandoff(options: { config: HandoffConfig; storage: Storage; clock: Clock; published?: ReadonlySet<string> }): HandoffServices {
  const { config, storage, clock } = options;
  return {
    queue: new HandoffQueue({ storage, clock, redactors: speakerRedactors(options.published) }),
    callbacks: new CallbackRequests({ storage, clock }),
    presence: new AgentPresence({ storage, clock, idleMinutes: config.AgentIdleMinutes }),
    keyring: new AgentKeyring(config.AgentConsoleKeys),
    schedule: helplineScheduleOf(config),
    clock,
    settings: {
      HandoffQueueTimeoutMinutes: config.HandoffQueueTimeoutMinutes,
      AgentReminderMinutes: config.AgentReminderMinutes,
      HandoffTarget: config.HandoffTarget,
    },
  };
}
