/**
 * Best-effort reading of a file whose shape is partly wrong: each list item is checked on its
 * own, so the cross-reference checks can still run over the items that are sound and every
 * problem is reported in one pass rather than one layer at a time.
 */
import type { z } from 'zod';

/** An item that passed its shape check, with its position in the original list (for paths). */
export interface Located<T> {
  value: T;
  index: number;
}

/** The items of `raw` (if it is a list) that pass `schema`, each with its original index. */
export function parseEach<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, raw: unknown): Located<T>[] {
  if (!Array.isArray(raw)) {
    return [];
  }
  const items: Located<T>[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      items.push({ value: parsed.data, index });
    }
  });
  return items;
}

/** Every item of a parsed list, located at its own index. */
export function locateAll<T>(items: readonly T[]): Located<T>[] {
  return items.map((value, index) => ({ value, index }));
}

/**
 * The string values of `field` across the items of `raw`, including items whose shape is
 * wrong, so that references to them are not reported a second time as unknown.
 */
export function rawStrings(raw: unknown, field: string): Set<string> {
  const found = new Set<string>();
  if (Array.isArray(raw)) {
    for (const item of raw as unknown[]) {
      if (typeof item === 'object' && item !== null) {
        const value = (item as Record<string, unknown>)[field];
        if (typeof value === 'string') {
          found.add(value);
        }
      }
    }
  }
  return found;
}

/** Reads one field of an object that may be anything at all. */
export function rawField(raw: unknown, field: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return undefined;
  }
  return Object.prototype.hasOwnProperty.call(raw, field) ? (raw as Record<string, unknown>)[field] : undefined;
}
