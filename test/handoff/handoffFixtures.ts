import type { Storage } from 'botbuilder';
import type { Clock } from '../../src/handoff/clock';
import type { NewHandoff } from '../../src/handoff/handoffRecord';
import { createStorage } from '../../src/storage/createStorage';
import { makeTempDirectory } from '../storage/tempDirectory';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  private at: number;

  constructor(start: string) {
    this.at = Date.parse(start);
  }

  now(): Date {
    return new Date(this.at);
  }

  advanceMinutes(minutes: number): void {
    this.at += minutes * 60_000;
  }
}

export interface StorageKind {
  readonly name: 'memory' | 'file';
  /** A fresh store, and a second handle on the same data as another instance would open it. */
  make(): Promise<{ storage: Storage; reopen: () => Storage; cleanup: () => Promise<void> }>;
}

export const storageKinds: readonly StorageKind[] = [
  {
    name: 'memory',
    async make() {
      const storage = createStorage({ kind: 'memory', path: 'unused' });
      return { storage, reopen: () => storage, cleanup: async () => undefined };
    },
  },
  {
    name: 'file',
    async make() {
      const temp = await makeTempDirectory();
      return {
        storage: createStorage({ kind: 'file', path: temp.path }),
        reopen: () => createStorage({ kind: 'file', path: temp.path }),
        cleanup: temp.cleanup,
      };
    },
  },
];

/** A visitor asking for a person on the website chat. */
export function visitor(conversationId: string, overrides: Partial<NewHandoff> = {}): NewHandoff {
  return {
    conversationReference: {
      conversation: { id: conversationId },
      serviceUrl: 'http://127.0.0.1:9/directline',
      channelId: 'directline',
      user: { id: `user-${conversationId}` },
      bot: { id: 'bot' },
    },
    channel: 'webchat',
    priority: 'normal',
    summary: 'Asked whether their data was published; wants to talk to someone.',
    lastTopics: ['am-i-affected', 'data-published'],
    transcript: [
      { from: 'visitor', text: 'was my data published?', at: '2026-06-15T09:00:00.000Z' },
      { from: 'bot', text: 'Here is what we know…', at: '2026-06-15T09:00:01.000Z' },
    ],
    ...overrides,
  };
}
