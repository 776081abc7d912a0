import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from './clock';
import { type FirstNameResult, validateFirstName } from './firstName';
import { CreateOnce, defaultRetry, readDocument, readDocuments, type RetryOptions, updateDocument } from './storedDocument';
import { type PhoneResult, validateUkPhoneNumber } from './ukPhoneNumber';

const isoInstant = z.string().datetime({ offset: true });

const callbackBase = z.object({
  id: z.string().min(1),
  createdAt: isoInstant,
  /** The hand-off the request came from, when there was one. */
  handoffId: z.string().optional(),
  /** Urgent: asked for after the crisis answer, a check-in or risk said in the conversation. Absent: normal. */
  priority: z.enum(['normal', 'urgent']).optional(),
});

/** A request to be phoned back. First name and number only: nothing else is collected. */
export const openCallbackSchema = callbackBase.extend({
  status: z.literal('open'),
  firstName: z.string().min(1).max(40),
  /** E.164, `+44…`. */
  phone: z.string().regex(/^\+44\d{9,10}$/),
});
export type OpenCallbackRequest = z.infer<typeof openCallbackSchema>;

/**
 * A request once the call is made: the name and number are dropped in the write that marks it
 * done (they were kept only to make the call); when, and by whom, stays.
 */
export const doneCallbackSchema = callbackBase.extend({
  status: z.literal('done'),
  doneAt: isoInstant,
  doneBy: z.string(),
});
export type DoneCallbackRequest = z.infer<typeof doneCallbackSchema>;

// A done record written before names were dropped still parses: the extra fields are left out.
export const callbackRequestSchema = z.discriminatedUnion('status', [openCallbackSchema, doneCallbackSchema]);
export type CallbackRequest = z.infer<typeof callbackRequestSchema>;

const openIndexSchema = z.object({ ids: z.array(z.string()) });

const keys = {
  openIndex: 'callback/open',
  record: (id: string) => `callback/record/${id}`,
} as const;

export type CreateCallbackResult =
  | { ok: true; callback: OpenCallbackRequest }
  | { ok: false; firstName?: FirstNameResult & { ok: false }; phone?: PhoneResult & { ok: false } };

export type CompleteCallbackResult = { kind: 'done'; callback: DoneCallbackRequest } | { kind: 'not-found' };

export interface CallbackRequestsOptions {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly retry?: RetryOptions;
}

/** Callback requests kept durably in `Storage`, with an index of the open ones for the console. */
export class CallbackRequests {
  private readonly storage: Storage;
  private readonly clock: Clock;
  private readonly retry: RetryOptions;
  private readonly createOnce = new CreateOnce();

  constructor(options: CallbackRequestsOptions) {
    this.storage = options.storage;
    this.clock = options.clock;
    this.retry = options.retry ?? defaultRetry;
  }

  /** Validates and stores a request; invalid input comes back with a message per field to show. */
  async create(input: { firstName: string; phone: string; handoffId?: string; priority?: 'normal' | 'urgent' }): Promise<CreateCallbackResult> {
    const firstName = validateFirstName(input.firstName);
    const phone = validateUkPhoneNumber(input.phone);
    if (!firstName.ok || !phone.ok) return { ok: false, ...(firstName.ok ? {} : { firstName }), ...(phone.ok ? {} : { phone }) };
    const callback: OpenCallbackRequest = {
      id: randomUUID(),
      firstName: firstName.firstName,
      phone: phone.e164,
      createdAt: this.clock.now().toISOString(),
      status: 'open',
      priority: input.priority ?? 'normal',
      ...(input.handoffId === undefined ? {} : { handoffId: input.handoffId }),
    };
    await this.storage.write({ [keys.record(callback.id)]: { ...callback, eTag: '*' } });
    await this.updateIndex((ids) => (ids.includes(callback.id) ? ids : [...ids, callback.id]));
    return { ok: true, callback };
  }

  async get(id: string): Promise<CallbackRequest | undefined> {
    return (await readDocument(this.storage, keys.record(id), callbackRequestSchema))?.value;
  }

  /** Open requests, urgent first, then oldest first. */
  async listOpen(): Promise<OpenCallbackRequest[]> {
    const index = await readDocument(this.storage, keys.openIndex, openIndexSchema);
    const records = await readDocuments(this.storage, (index?.value.ids ?? []).map(keys.record), callbackRequestSchema);
    const rank = (c: OpenCallbackRequest) => (c.priority === 'urgent' ? 0 : 1);
    return records.filter((c): c is OpenCallbackRequest => c.status === 'open').sort((a, b) => rank(a) - rank(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt));
  }

  /**
   * Marks a request done (again is fine), drops the name and number from the stored record in the
   * same write, and takes it off the open list.
   */
  async complete(id: string, by: { agent: string }): Promise<CompleteCallbackResult> {
    const result = await updateDocument<CallbackRequest, CompleteCallbackResult>({
      storage: this.storage,
      key: keys.record(id),
      schema: callbackRequestSchema,
      retry: this.retry,
      change: (callback) => {
        if (callback === undefined) return { result: { kind: 'not-found' } };
        // Done already: written again as parsed, so one stored with a name and number loses them too.
        if (callback.status === 'done') return { write: callback, result: { kind: 'done', callback } };
        const { firstName: _name, phone: _phone, ...kept } = callback;
        const done: DoneCallbackRequest = { ...kept, status: 'done', doneAt: this.clock.now().toISOString(), doneBy: by.agent };
        return { write: done, result: { kind: 'done', callback: done } };
      },
    });
    if (result.kind === 'done') await this.updateIndex((ids) => ids.filter((i) => i !== id));
    return result;
  }

  private async updateIndex(edit: (ids: string[]) => string[]): Promise<void> {
    await updateDocument({
      storage: this.storage,
      key: keys.openIndex,
      schema: openIndexSchema,
      create: { empty: { ids: [] }, once: this.createOnce },
      retry: this.retry,
      change: (index) => {
        const before = index?.ids ?? [];
        const after = edit(before);
        const same = after.length === before.length && after.every((id, i) => id === before[i]);
        return same ? { result: undefined } : { write: { ids: after }, result: undefined };
      },
    });
  }
}
