import { ConversationState, type StatePropertyAccessor, type Storage, type StoreItem, type TurnContext } from 'botbuilder';

/** How a property is changed: `inPlace` values may be edited where they are (dialog state); `replaced` ones only by `set`. */
export interface JsonPropertyOptions {
  readonly changes?: 'inPlace' | 'replaced';
}

/** One turn's state and what is known about its changes. */
export interface LoadedState {
  readonly state: StoreItem;
  /** JSON of `inPlace` properties as first handed out this turn (or as last saved). */
  readonly snapshots: Map<string, string | undefined>;
  /** A property was set, deleted or defaulted: the state is written. */
  changed: boolean;
  /** The whole state was handed out (`load`/`get`): its JSON then, without the eTag, to compare as BotState would. */
  whole?: string;
}

/** The state as JSON, top-level `eTag` left out (storage sets it; it is not a change). */
function jsonOf(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * Where botbuilder's `ConversationState` (and so this class, which keeps its default namespace)
 * stores a conversation: for deleting the state of conversations that have expired.
 */
export function conversationStateKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}

/** Deletes the conversation state of the conversations given (those whose transcripts have expired). */
export function forgetConversationState(storage: Storage): (conversations: readonly { channelId: string; conversationId: string }[]) => Promise<void> {
  return (conversations) => storage.delete(conversations.map((c) => conversationStateKey(c.channelId, c.conversationId)));
}

/**
 * botbuilder's `ConversationState` with cheaper change detection. BotState hashes the state three
 * times a turn (a JSON.stringify with a replacer function, then SHA-256). Here each property says
 * how it changes: one edited in place is compared as JSON, from when it was first handed out to the
 * save; one that is only ever replaced (`changes: 'replaced'`: the recent transcript, the memory)
 * counts as changed when it is set, without its JSON being made twice a turn. Whoever takes the
 * whole state (`load`, `get`) gets the whole-state comparison. A turn that changed nothing writes
 * nothing. Same storage key, same stored shape, same last-writer-wins write (`eTag: '*'`).
 */
export class JsonConversationState extends ConversationState {
  private readonly cacheKey = Symbol('conversationState');

  override async load(context: TurnContext, force = false): Promise<StoreItem> {
    const cached = await this.loaded(context, force);
    cached.whole ??= jsonOf(cached.state);
    return cached.state;
  }

  /** This turn's state, read once; `force` reads it again. */
  async loaded(context: TurnContext, force = false): Promise<LoadedState> {
    const cached = context.turnState.get(this.cacheKey) as LoadedState | undefined;
    if (cached !== undefined && !force) return cached;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const fresh: LoadedState = { state: items[key] ?? {}, snapshots: new Map(), changed: false };
    context.turnState.set(this.cacheKey, fresh);
    return fresh;
  }

  /** This turn's state if already read. */
  cachedIn(context: TurnContext): LoadedState | undefined {
    return context.turnState.get(this.cacheKey) as LoadedState | undefined;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = this.cachedIn(context);
    if (cached === undefined) {
      if (!force) return;
      cached = { state: {}, snapshots: new Map(), changed: true };
      context.turnState.set(this.cacheKey, cached);
    }
    const whole = cached.whole === undefined ? undefined : jsonOf(cached.state);
    let changed = cached.changed || (whole !== undefined && whole !== cached.whole);
    const now = new Map<string, string | undefined>();
    for (const [name, before] of cached.snapshots) {
      const json = JSON.stringify(cached.state[name]);
      now.set(name, json);
      if (json !== before) changed = true;
    }
    if (!force && !changed) return;
    const key = await this.storageKey(context);
    cached.state.eTag = '*';
    await this.storage.write({ [key]: cached.state });
    // Later changes this turn are measured from what was just saved.
    for (const [name, json] of now) cached.snapshots.set(name, json);
    cached.changed = false;
    if (whole !== undefined) cached.whole = whole;
  }

  override async clear(context: TurnContext): Promise<void> {
    // Marked changed: the next saveChanges writes the empty state.
    context.turnState.set(this.cacheKey, { state: {}, snapshots: new Map(), changed: true } satisfies LoadedState);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  override get(context: TurnContext): StoreItem | undefined {
    const cached = this.cachedIn(context);
    if (cached === undefined) return undefined;
    cached.whole ??= jsonOf(cached.state);
    return cached.state;
  }

  /** botbuilder's property semantics, without its generator-based awaits (six calls a turn). */
  override createProperty<T = unknown>(name: string, options: JsonPropertyOptions = {}): StatePropertyAccessor<T> {
    return new JsonStateProperty<T>(this, name, options.changes ?? 'inPlace');
  }
}

/**
 * botbuilder's `BotStatePropertyAccessor`, same behaviour: a missing property with a default gets a
 * deep copy of the default stored in the state. The state already read this turn is used directly.
 */
class JsonStateProperty<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly state: JsonConversationState,
    readonly name: string,
    private readonly changes: 'inPlace' | 'replaced',
  ) {}

  get(context: TurnContext): Promise<T | undefined>;
  get(context: TurnContext, defaultValue: T): Promise<T>;
  async get(context: TurnContext, defaultValue?: T): Promise<T | undefined> {
    const cached = this.state.cachedIn(context) ?? (await this.state.loaded(context));
    this.watch(cached);
    const obj = cached.state;
    if (!Object.hasOwn(obj, this.name) && defaultValue !== undefined) {
      obj[this.name] = typeof defaultValue === 'object' ? JSON.parse(JSON.stringify(defaultValue)) : defaultValue;
      if (this.changes === 'replaced') cached.changed = true;
    }
    return obj[this.name] as T | undefined;
  }

  async set(context: TurnContext, value: T): Promise<void> {
    const cached = this.state.cachedIn(context) ?? (await this.state.loaded(context));
    this.watch(cached);
    if (this.changes === 'replaced' && !(Object.hasOwn(cached.state, this.name) && cached.state[this.name] === value)) cached.changed = true;
    cached.state[this.name] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    const cached = this.state.cachedIn(context) ?? (await this.state.loaded(context));
    this.watch(cached);
    if (!Object.hasOwn(cached.state, this.name)) return;
    if (this.changes === 'replaced') cached.changed = true;
    delete cached.state[this.name];
  }

  /** An in-place property's JSON as first handed out, to compare at the save. */
  private watch(cached: LoadedState): void {
    if (this.changes === 'inPlace' && !cached.snapshots.has(this.name)) cached.snapshots.set(this.name, JSON.stringify(cached.state[this.name]));
  }
}
