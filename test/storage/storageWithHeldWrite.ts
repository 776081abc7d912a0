import type { Storage, StoreItems } from 'botbuilder';

/**
 * A Storage that, once told to, holds its next write of one key until released: a second instance
 * that has read a key and is about to write it, paused while another instance does the same.
 */
export class StorageWithHeldWrite implements Storage {
  private held: { gate: Promise<void>; waiting: () => void } | undefined;
  private releaseHeld: () => void = () => undefined;
  /** Settles once the held write has arrived (it has read what it is about to write over). */
  writeWaiting: Promise<void> = Promise.resolve();

  constructor(
    private readonly inner: Storage,
    private readonly key: string,
  ) {}

  hold(): void {
    let release!: () => void;
    let waiting!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.writeWaiting = new Promise<void>((resolve) => (waiting = resolve));
    this.held = { gate, waiting };
    this.releaseHeld = release;
  }

  release(): void {
    this.releaseHeld();
  }

  read(keys: string[]) {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems) {
    const held = this.held;
    if (held !== undefined && this.key in changes) {
      this.held = undefined;
      held.waiting();
      await held.gate;
    }
    return this.inner.write(changes);
  }

  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}
