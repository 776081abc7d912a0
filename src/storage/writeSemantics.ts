/** No eTag (or an empty one) or `*` means "overwrite whatever is there", as in MemoryStorage. */
export function mustMatch(eTag: unknown): boolean {
  return Boolean(eTag) && eTag !== '*';
}

/** Each item of a batch succeeds or fails on its own; failures surface together once all have run. */
export function throwFailures(results: PromiseSettledResult<unknown>[], verb: string): void {
  const errors = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  if (errors.length === 1) {
    throw errors[0];
  }
  if (errors.length > 1) {
    throw new AggregateError(errors, `Storage: ${errors.length} items could not be ${verb}.`);
  }
}
