import type { Handoff, TranscriptEntry } from './handoffRecord';

// What the hand-off queue's operations return: expected outcomes (conflict, not found, not allowed)
// are values the callers (agent API, Teams, visitor relay, jobs) switch on, not exceptions.

export type EnqueueResult = { kind: 'queued'; handoff: Handoff } | { kind: 'already-open'; handoff: Handoff };
export type ClaimResult =
  /** `alreadyClaimed`: the agent already held it (a double-click or retry); nothing changed and nobody needs telling. */
  | { kind: 'claimed'; handoff: Handoff; alreadyClaimed: boolean }
  | { kind: 'conflict'; handoff: Handoff }
  | { kind: 'not-found' };
export type AppendResult =
  | { kind: 'appended'; handoff: Handoff }
  /** Ended, or an agent writing in a chat that is not theirs (or not yet claimed). */
  | { kind: 'not-allowed'; handoff: Handoff }
  | { kind: 'not-found' };
export type CloseResult =
  | { kind: 'closed'; handoff: Handoff }
  | { kind: 'already-ended'; handoff: Handoff }
  /** Another agent holds the chat. */
  | { kind: 'not-allowed'; handoff: Handoff }
  | { kind: 'not-found' };
export type AbandonResult = { kind: 'abandoned'; handoff: Handoff } | { kind: 'not-queued'; handoff: Handoff } | { kind: 'not-found' };
/** What noting something a waiting visitor was told (their place, the team closing) did: `changed` for the one writer that noted it. */
export type NoteResult = { kind: 'changed'; handoff: Handoff } | { kind: 'unchanged' } | { kind: 'not-found' };
export type RemindResult = { kind: 'reminded'; handoff: Handoff } | { kind: 'not-due' } | { kind: 'not-found' };
export type FlagRiskResult = { kind: 'flagged'; handoff: Handoff } | { kind: 'not-open'; handoff: Handoff } | { kind: 'not-found' };
export type QueuePosition =
  /** 1 is next; `queueLength` counts everyone still waiting. */
  | { kind: 'queued'; position: number; queueLength: number }
  | { kind: 'not-queued'; handoff: Handoff }
  | { kind: 'not-found' };

export interface NewMessage {
  readonly from: TranscriptEntry['from'];
  readonly text: string;
  /** For `from: 'agent'`: the console key's owner, who must hold the chat. */
  readonly agent?: string;
}
