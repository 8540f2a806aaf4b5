/**
 * Keys are the stable ids that answers, targets and dependencies point at, so validators look
 * items up by key and report a key used twice. Both work over located items, so a report can
 * point at the offending item and at the first one with its key.
 */
import type { Located } from './located';

/** An item whose key an earlier item already has, with the index of that earlier item. */
export interface RepeatedKey<T> extends Located<T> {
  firstIndex: number;
}

/** The items whose key an earlier item already has, in list order. */
export function repeatedKeys<T>(items: readonly Located<T>[], keyOf: (value: T) => string): RepeatedKey<T>[] {
  const firstSeen = new Map<string, number>();
  const repeats: RepeatedKey<T>[] = [];
  for (const { value, index } of items) {
    const key = keyOf(value);
    const firstIndex = firstSeen.get(key);
    if (firstIndex === undefined) {
      firstSeen.set(key, index);
    } else {
      repeats.push({ value, index, firstIndex });
    }
  }
  return repeats;
}

/** Items by key; where a key repeats (a problem reported on its own), the first item wins. */
export function firstByKey<T extends { key: string }>(items: readonly Located<T>[]): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const { value } of items) {
    if (!byKey.has(value.key)) {
      byKey.set(value.key, value);
    }
  }
  return byKey;
}
