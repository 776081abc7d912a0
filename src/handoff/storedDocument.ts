import type { Storage } from 'botbuilder';
import type { z } from 'zod';
import { CREATE_ONLY, createIfAbsent } from '../storage/createOnly';
import { isETagConflict } from '../storage/etagConflict';
import { HandoffError } from './handoffError';

export { isETagConflict } from '../storage/etagConflict';

export interface Versioned<T> {
  readonly value: T;
  readonly eTag: string;
}

/** What a change decides: the new value to write (or none) and what to return to the caller. */
export interface Change<T, R> {
  readonly write?: T;
  readonly result: R;
}

export interface RetryOptions {
  /** Read-modify-write attempts before giving up with `storage_contention`. */
  readonly maxAttempts: number;
}

export const defaultRetry: RetryOptions = { maxAttempts: 30 };

/** Reads one document and checks it against its schema; undefined when not stored. */
export async function readDocument<T>(storage: Storage, key: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<Versioned<T> | undefined> {
  const items = await storage.read([key]);
  const item = items[key] as Record<string, unknown> | undefined;
  if (item === undefined) return undefined;
  return { value: parseDocument(key, schema, item), eTag: String(item.eTag ?? '*') };
}

/** Reads several documents of one kind at once; missing keys are left out. */
export async function readDocuments<T>(storage: Storage, keys: readonly string[], schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<T[]> {
  if (keys.length === 0) return [];
  const items = await storage.read([...keys]);
  return keys.flatMap((key) => (items[key] === undefined ? [] : [parseDocument(key, schema, items[key])]));
}

function parseDocument<T>(key: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, item: unknown): T {
  const parsed = schema.safeParse(item);
  if (!parsed.success) throw new HandoffError('corrupt_document', `The stored document "${key}" does not match its schema.`, key, { cause: parsed.error });
  return parsed.data;
}

/**
 * Read-modify-write of one document with optimistic concurrency: the write carries the eTag that was
 * read, and when another writer got there first the change is re-run on the fresh value, up to
 * `maxAttempts` times. `change` sees `undefined` for a document not stored yet and must be free of
 * side effects, since it may run more than once.
 *
 * The first write of a new key carries CREATE_ONLY, so when two writers (two instances) both find
 * it absent only one creates it and the other re-runs its change on what that one stored. `create`
 * (kept for shared documents such as an index) first writes the empty document, once per process and
 * also create-only, so it never replaces a document another instance has just created and changed.
 * On Cosmos DB create-only is not atomic (see createCosmosStorage), so there two instances creating
 * the same document at the very same moment, the first time ever, could still lose a change.
 */
export async function updateDocument<T, R>(options: {
  storage: Storage;
  key: string;
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
  change: (current: T | undefined) => Change<T, R> | Promise<Change<T, R>>;
  create?: { readonly empty: T; readonly once: CreateOnce };
  retry?: RetryOptions;
}): Promise<R> {
  const { storage, key, schema, create } = options;
  const { maxAttempts } = options.retry ?? defaultRetry;
  for (let attempt = 1; ; attempt++) {
    let current = await readDocument(storage, key, schema);
    if (current === undefined && create !== undefined) {
      await create.once.run(key, async () => {
        if ((await readDocument(storage, key, schema)) === undefined) await createIfAbsent(storage, key, create.empty);
      });
      current = await readDocument(storage, key, schema);
    }
    const decided = await options.change(current?.value);
    if (decided.write === undefined) return decided.result;
    try {
      await storage.write({ [key]: { ...decided.write, eTag: current?.eTag ?? CREATE_ONLY } });
      return decided.result;
    } catch (error) {
      if (!isETagConflict(error)) throw error;
      if (attempt >= maxAttempts)
        throw new HandoffError('storage_contention', `Gave up writing "${key}" after ${attempt} eTag conflicts.`, key, { cause: error });
      // A little random spread stops the same writers colliding again in lockstep.
      await sleep(Math.random() * Math.min(50, 2 * attempt));
    }
  }
}

/**
 * Runs each key's creation once per owner, so concurrent first writes in one process cannot
 * overwrite each other's changes with an empty document.
 */
export class CreateOnce {
  private readonly runs = new Map<string, Promise<void>>();

  run(key: string, create: () => Promise<void>): Promise<void> {
    let running = this.runs.get(key);
    if (running === undefined) {
      running = create().catch((error: unknown) => {
        this.runs.delete(key);
        throw error;
      });
      this.runs.set(key, running);
    }
    return running;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
