import fc from 'fast-check';

/** A class with its own `toJSON`: JSON keeps what that returns, not the instance. */
export class Stamp {
  constructor(readonly at = 1) {}
  toJSON() {
    return { stamped: this.at };
  }
}

/** Values JSON treats specially: left out, turned to null, 0 or text, or replaced by what `toJSON` returns. */
export const oddValue = fc.constantFrom<unknown>(
  undefined,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  new Date(0),
  new Date(Number.NaN),
  new Stamp(),
  () => 1,
  Symbol('s'),
  { toJSON: () => 'own' },
  [1, , 3],
  JSON.parse('{"__proto__":{"x":1}}'),
);

/** Anything fast-check makes, with the shapes JSON flattens: Dates, Maps, Sets, typed arrays, boxed values, holes, null prototypes. */
export const anyValue = fc.anything({ withDate: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, withTypedArray: true, withObjectString: true, maxDepth: 4 });

/** What `make` gives, or the name of the error it throws: two ways of copying must agree on either. */
export async function outcome(make: () => unknown): Promise<{ value: unknown } | { error: string }> {
  try {
    return { value: await make() };
  } catch (error) {
    return { error: (error as Error).name };
  }
}
