/**
 * Numbers and names as the dashboard's sentences write them. Reports keep numbers raw (see
 * docs/scoring.md); only the sentences round, as screens and the command line do.
 */
import type { ModelIndex } from '../model/modelIndex';

/** A score to two decimal places, as screens show scores ("2.67"). */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** A number to at most one decimal place, without a trailing ".0" ("28", "28.5"). */
export function formatOneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "1 capability", "3 capabilities". */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The model's name for a level ("Controlled"), or null when the model does not name it. */
export function levelName(index: ModelIndex, level: number | null): string | null {
  if (level === null) {
    return null;
  }
  const found = index.model.levels.filter((l) => l.level === level)[0];
  return found ? found.name : null;
}

/** "level 2 (Controlled)", or "level 2" when the model does not name it. */
export function describeLevel(index: ModelIndex, level: number): string {
  const name = levelName(index, level);
  return name === null ? `level ${level}` : `level ${level} (${name})`;
}

/** A capability's display name, or its key when the model does not have it. */
export function capabilityName(index: ModelIndex, key: string): string {
  const entry = index.capabilityByKey.get(key);
  return entry ? entry.capability.name : key;
}

/** Joins names as a sentence does: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) {
    return names.join('');
  }
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Model order for sorting: position in `order`, unknown keys last. */
export function rank(order: readonly string[], key: string): number {
  const position = order.indexOf(key);
  return position === -1 ? order.length : position;
}
