import { createHash } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { readDocument } from '../handoff/storedDocument';

/** Where a hand-off's card and thread live in Teams; enough to post and update there after a restart. */
export const handoffThreadSchema = z.object({
  handoffId: z.string().min(1),
  /** The thread's conversation id: `19:…@thread.tacv2;messageid=<card's id>`. */
  threadId: z.string().min(1),
  cardActivityId: z.string().min(1),
  serviceUrl: z.string().min(1),
  tenantId: z.string().optional(),
});
export type HandoffThread = z.infer<typeof handoffThreadSchema>;

const threadIndexSchema = z.object({ handoffId: z.string().min(1) });

/** Conversation ids are long and full of `:;@`; a hash keeps the key short and safe for every store. */
const threadKey = (threadId: string) => `teams/thread/${createHash('sha256').update(threadId).digest('base64url')}`;
const handoffKey = (handoffId: string) => `teams/handoff/${handoffId}`;

/** Hand-off ↔ Teams thread, in the app's Storage so every instance and every restart finds them. */
export class HandoffThreads {
  constructor(private readonly storage: Storage) {}

  async save(thread: HandoffThread): Promise<void> {
    // Written once per hand-off by the instance that posted the card; nothing else writes these keys.
    await this.storage.write({
      [handoffKey(thread.handoffId)]: { ...thread, eTag: '*' },
      [threadKey(thread.threadId)]: { handoffId: thread.handoffId, eTag: '*' },
    });
  }

  async forHandoff(handoffId: string): Promise<HandoffThread | undefined> {
    return (await readDocument(this.storage, handoffKey(handoffId), handoffThreadSchema))?.value;
  }

  /** The hand-off a Teams conversation is the thread of, if any. */
  async handoffIdOf(conversationId: string): Promise<string | undefined> {
    return (await readDocument(this.storage, threadKey(conversationId), threadIndexSchema))?.value.handoffId;
  }
}
