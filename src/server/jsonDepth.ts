/**
 * How deep a parsed JSON body nests, counted without recursion so the count itself cannot overflow
 * the stack. Stops as soon as `limit` is passed: the answer is only "too deep" or not.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Deeper than any real activity, adaptive card or agent request; far shallower than what breaks JSON.stringify. */
export const MAX_BODY_DEPTH = 64;
