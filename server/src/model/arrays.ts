/**
 * Appends every item, one push at a time: `to.push(...items)` passes each item as an argument, and an
 * array of a few hundred thousand (a long draft's relations or findings) overflows the call stack.
 */
export function appendAll<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}
