/**
 * Runs async work one at a time per key, in call order; different keys run concurrently.
 * Used so an eTag check and the write that follows it cannot interleave within one process.
 */
export class KeyedQueue {
  /** The last queued job per key; settles (never rejects) when that job is done. */
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(() => work());
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // Forget idle keys so the map does not grow with every key ever written.
    void tail.then(() => {
      if (this.tails.get(key) === tail) {
        this.tails.delete(key);
      }
    });
    return result;
  }
}
