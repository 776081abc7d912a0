import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { type SpeakerRedactors, speakerRedactors } from '../privacy/speakerRedactors';
import type { Clock } from './clock';
import {
  compareQueueOrder,
  type Handoff,
  handoffSchema,
  isOpenHandoff,
  lastAgentWord,
  type NewHandoff,
  newHandoffSchema,
  redactedForArchive,
  timesOut,
} from './handoffRecord';
import type {
  EnqueueResult,
  ClaimResult,
  AppendResult,
  CloseResult,
  AbandonResult,
  NoteResult,
  RemindResult,
  FlagRiskResult,
  QueuePosition,
  NewMessage,
} from './handoffQueueResults';
import { queueIndexSchema, storageKeys, withId, withoutId } from './queueIndex';
import { type Change, CreateOnce, defaultRetry, readDocument, readDocuments, type RetryOptions, updateDocument } from './storedDocument';
import { defaultWaitHistory, type WaitEstimate, type WaitHistoryOptions } from './waitEstimate';
import { WaitHistoryStore } from './waitHistoryStore';

export interface HandoffQueueOptions {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly retry?: RetryOptions;
  readonly waitHistory?: WaitHistoryOptions;
  /** Applied to the transcript and summary when a hand-off ends; without it, every number goes. */
  readonly redactors?: SpeakerRedactors;
}

export type * from './handoffQueueResults';

/**
 * The hand-off queue and its sessions, kept in `Storage` so it survives restarts and is shared by
 * every instance. Each record is changed only by eTag read-modify-write, so two agents claiming at
 * once cannot both win; expected outcomes (conflict, not found) come back as values.
 */
export class HandoffQueue {
  private readonly storage: Storage;
  private readonly clock: Clock;
  private readonly retry: RetryOptions;
  private readonly waits: WaitHistoryStore;
  private readonly redactors: SpeakerRedactors;
  private readonly createOnce = new CreateOnce();

  constructor(options: HandoffQueueOptions) {
    this.storage = options.storage;
    this.clock = options.clock;
    this.retry = options.retry ?? defaultRetry;
    this.waits = new WaitHistoryStore({ storage: this.storage, clock: this.clock, retry: this.retry, history: options.waitHistory ?? defaultWaitHistory });
    this.redactors = options.redactors ?? speakerRedactors();
  }

  /** Queues a conversation, unless it already has an open hand-off (then that one comes back). */
  async enqueue(input: NewHandoff): Promise<EnqueueResult> {
    const fields = newHandoffSchema.parse(input);
    const now = this.now();
    const handoff: Handoff = {
      ...fields,
      id: randomUUID(),
      conversationId: fields.conversationReference.conversation.id,
      status: 'queued',
      waitingSince: now,
      lastVisitorAt: now,
    };
    // The record goes first so an id in the index always has a record behind it.
    await this.storage.write({ [storageKeys.record(handoff.id)]: { ...handoff, eTag: '*' } });
    const result = await updateDocument({
      storage: this.storage,
      key: storageKeys.queueIndex,
      schema: queueIndexSchema,
      create: { empty: { ids: [] }, once: this.createOnce },
      retry: this.retry,
      // Checked inside the index update so two enqueues for one conversation cannot both get in.
      change: async (index): Promise<Change<{ ids: string[] }, EnqueueResult>> => {
        const existing = (await this.readRecords(index?.ids ?? [])).find((h) => h.conversationId === handoff.conversationId);
        return existing === undefined ? { write: withId(index, handoff.id), result: { kind: 'queued', handoff } } : { result: { kind: 'already-open', handoff: existing } };
      },
    });
    if (result.kind === 'already-open') await this.storage.delete([storageKeys.record(handoff.id)]);
    return result;
  }

  async get(id: string): Promise<Handoff | undefined> {
    return (await readDocument(this.storage, storageKeys.record(id), handoffSchema))?.value;
  }

  /** Open hand-offs (queued, then active), urgent first, then whoever has waited longest. */
  async list(): Promise<Handoff[]> {
    const index = await readDocument(this.storage, storageKeys.queueIndex, queueIndexSchema);
    return this.readRecords(index?.value.ids ?? []);
  }

  async findOpenByConversation(conversationId: string): Promise<Handoff | undefined> {
    return (await this.list()).find((h) => h.conversationId === conversationId);
  }

  /** Where a queued hand-off stands, for "you are number 2 in the queue". */
  async position(id: string): Promise<QueuePosition> {
    const open = await this.list();
    const waiting = open.filter((h) => h.status === 'queued');
    const at = waiting.findIndex((h) => h.id === id);
    if (at >= 0) return { kind: 'queued', position: at + 1, queueLength: waiting.length };
    const handoff = open.find((h) => h.id === id) ?? (await this.get(id));
    return handoff === undefined ? { kind: 'not-found' } : { kind: 'not-queued', handoff };
  }

  /** The median wait-to-claim of recent hand-offs, or `unknown` without recent history. */
  async estimatedWait(): Promise<WaitEstimate> {
    return this.waits.estimate();
  }

  /** Queued hand-offs silent for `timeoutMinutes` or more, urgent ones aside (`timesOut`). */
  async staleQueued(timeoutMinutes: number): Promise<Handoff[]> {
    const cutoff = this.clock.now().getTime() - timeoutMinutes * 60_000;
    return (await this.list()).filter((h) => timesOut(h, cutoff));
  }

  /**
   * An agent takes a queued hand-off. Of several agents claiming at once exactly one gets `claimed`;
   * the others get `conflict` with the winner's record. Claiming again one's own chat is `claimed`
   * with `alreadyClaimed` and the record as it was (the name first given stays).
   */
  async claim(id: string, by: { agent: string; displayName: string }): Promise<ClaimResult> {
    const result = await this.updateRecord<ClaimResult>(id, (handoff) => {
      if (handoff.status === 'active' && handoff.claimedByAgent === by.agent) return { result: { kind: 'claimed', handoff, alreadyClaimed: true } };
      if (handoff.status !== 'queued') return { result: { kind: 'conflict', handoff } };
      const claimed: Handoff = { ...handoff, status: 'active', claimedBy: by.displayName, claimedByAgent: by.agent, claimedAt: this.now() };
      return { write: claimed, result: { kind: 'claimed', handoff: claimed, alreadyClaimed: false } };
    });
    // Only the claim that changed the record counts towards the wait estimate, not a repeat.
    if (result.kind === 'claimed' && !result.alreadyClaimed) await this.waits.record(result.handoff);
    return result;
  }

  /** Adds a line to the transcript. Visitors and the bot may write while open; an agent only in a chat they hold. */
  async appendMessage(id: string, message: NewMessage): Promise<AppendResult> {
    return this.updateRecord<AppendResult>(id, (handoff) => {
      const allowed =
        message.from === 'agent' ? handoff.status === 'active' && handoff.claimedByAgent === message.agent : isOpenHandoff(handoff);
      if (!allowed) return { result: { kind: 'not-allowed', handoff } };
      const at = this.now();
      const updated: Handoff = {
        ...handoff,
        transcript: [...handoff.transcript, { from: message.from, text: message.text, at }],
        lastVisitorAt: message.from === 'visitor' ? at : handoff.lastVisitorAt,
        // The agent has spoken: a reminder about their silence no longer applies.
        agentReminder: message.from === 'agent' ? undefined : handoff.agentReminder,
      };
      return { write: updated, result: { kind: 'appended', handoff: updated } };
    });
  }

  /** Ends a hand-off; an agent may end one that is queued or that they hold, the visitor any open one. */
  async close(id: string, by: { endedBy: 'agent'; agent: string } | { endedBy: 'visitor' }): Promise<CloseResult> {
    const result = await this.updateRecord<CloseResult>(id, (handoff) => {
      if (!isOpenHandoff(handoff)) return { result: { kind: 'already-ended', handoff } };
      if (by.endedBy === 'agent' && handoff.status === 'active' && handoff.claimedByAgent !== by.agent)
        return { result: { kind: 'not-allowed', handoff } };
      const closed = this.ended(handoff, { status: 'closed', endedBy: by.endedBy });
      return { write: closed, result: { kind: 'closed', handoff: closed } };
    });
    // Also after `already-ended`: a crash between the two writes must not leave it listed for ever.
    if (result.kind === 'closed' || result.kind === 'already-ended') await this.removeFromIndex(id);
    return result;
  }

  /** Takes a still-queued hand-off out of the queue (the visitor left or went silent). */
  async abandon(id: string, reason: 'visitor' | 'timeout'): Promise<AbandonResult> {
    const result = await this.updateRecord<AbandonResult>(id, (handoff) => {
      if (handoff.status !== 'queued') return { result: { kind: 'not-queued', handoff } };
      const abandoned = this.ended(handoff, { status: 'abandoned', endedBy: reason });
      return { write: abandoned, result: { kind: 'abandoned', handoff: abandoned } };
    });
    if (result.kind === 'abandoned') await this.removeFromIndex(id);
    return result;
  }

  /**
   * The safety check found risk-to-life wording in what the visitor wrote: flag it for the agent
   * and, while still waiting, move them ahead of everyone not urgent.
   */
  async flagRisk(id: string, reason: string): Promise<FlagRiskResult> {
    return this.updateRecord<FlagRiskResult>(id, (handoff) => {
      if (!isOpenHandoff(handoff)) return { result: { kind: 'not-open', handoff } };
      const at = this.now();
      const flagged: Handoff = {
        ...handoff,
        priority: handoff.status === 'queued' ? 'urgent' : handoff.priority,
        risk: { flaggedAt: handoff.risk?.flaggedAt ?? at, reason, lastFlaggedAt: at },
      };
      return { write: flagged, result: { kind: 'flagged', handoff: flagged } };
    });
  }

  /**
   * Records the position the visitor is about to be told. `changed` only for the one writer that
   * moved it, so two instances checking positions at once tell the visitor once.
   */
  async notePosition(id: string, position: number): Promise<NoteResult> {
    return this.updateRecord<NoteResult>(id, (handoff) => {
      if (handoff.status !== 'queued' || handoff.toldPosition === position) return { result: { kind: 'unchanged' } };
      const noted: Handoff = { ...handoff, toldPosition: position };
      return { write: noted, result: { kind: 'changed', handoff: noted } };
    });
  }

  /** Notes that a waiting visitor was told the team closed until `until`: told once per closure. */
  async noteClosed(id: string, until: string): Promise<NoteResult> {
    return this.updateRecord<NoteResult>(id, (handoff) => {
      if (handoff.status !== 'queued' || handoff.toldClosedUntil === until) return { result: { kind: 'unchanged' } };
      const noted: Handoff = { ...handoff, toldClosedUntil: until };
      return { write: noted, result: { kind: 'changed', handoff: noted } };
    });
  }

  /**
   * Takes a queued hand-off out of the queue if its visitor is still silent `timeoutMinutes` on,
   * checked on the record itself so a message that has just arrived keeps them in.
   */
  async timeOut(id: string, timeoutMinutes: number): Promise<AbandonResult> {
    const cutoff = this.clock.now().getTime() - timeoutMinutes * 60_000;
    const result = await this.updateRecord<AbandonResult>(id, (handoff) => {
      if (!timesOut(handoff, cutoff)) return { result: { kind: 'not-queued', handoff } };
      const abandoned = this.ended(handoff, { status: 'abandoned', endedBy: 'timeout' });
      return { write: abandoned, result: { kind: 'abandoned', handoff: abandoned } };
    });
    if (result.kind === 'abandoned') await this.removeFromIndex(id);
    return result;
  }

  /**
   * Flags an active chat whose agent has said nothing (since claiming or their last message) for
   * `quietMinutes`. Once per quiet spell: `reminded` only for the writer that set the flag.
   */
  async remindAgent(id: string, quietMinutes: number): Promise<RemindResult> {
    const now = this.clock.now();
    return this.updateRecord<RemindResult>(id, (handoff) => {
      if (handoff.status !== 'active' || handoff.agentReminder !== undefined) return { result: { kind: 'not-due' } };
      const quietSince = lastAgentWord(handoff);
      if (quietSince === undefined || now.getTime() - Date.parse(quietSince) < quietMinutes * 60_000) return { result: { kind: 'not-due' } };
      const reminded: Handoff = { ...handoff, agentReminder: { remindedAt: now.toISOString(), quietSince } };
      return { write: reminded, result: { kind: 'reminded', handoff: reminded } };
    });
  }

  /** An ended record, redacted in the same write that ends it: no moment on disk with an ended, unredacted chat. */
  private ended(handoff: Handoff, how: { status: 'closed' | 'abandoned'; endedBy: NonNullable<Handoff['endedBy']> }): Handoff {
    return redactedForArchive({ ...handoff, ...how, endedAt: this.now() }, this.redactors);
  }

  private async updateRecord<R>(id: string, decide: (handoff: Handoff) => Change<Handoff, R>): Promise<R | { kind: 'not-found' }> {
    return updateDocument<Handoff, R | { kind: 'not-found' }>({
      storage: this.storage,
      key: storageKeys.record(id),
      schema: handoffSchema,
      retry: this.retry,
      change: (handoff) => (handoff === undefined ? { result: { kind: 'not-found' } } : decide(handoff)),
    });
  }

  private async removeFromIndex(id: string): Promise<void> {
    await updateDocument({
      storage: this.storage,
      key: storageKeys.queueIndex,
      schema: queueIndexSchema,
      retry: this.retry,
      change: (index) => (index?.ids.includes(id) ? { write: withoutId(index, id), result: undefined } : { result: undefined }),
    });
  }

  /** Open records for the ids, in queue order; closed ones left in the index by a crash are skipped. */
  private async readRecords(ids: readonly string[]): Promise<Handoff[]> {
    const records = await readDocuments(this.storage, ids.map(storageKeys.record), handoffSchema);
    return records.filter(isOpenHandoff).sort(compareQueueOrder);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
