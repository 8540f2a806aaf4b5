/**
 * Rule 10's inputs: the capacity of a phase and the effort of each step, checked once so the
 * planner can trust them. A caller passing something out of range (a capacity of 0, a negative
 * effort) gets a RangeError with a plain message: screens and the command line check what people
 * type before they ask for a plan, so reaching one of these is a mistake in the calling code.
 */
import type { StepEfforts, StepHolds } from './types';

/** The key of a step in an efforts record: "capability:level", for example "change-management:3". */
export function stepKey(capability: string, level: number): string {
  return `${capability}:${level}`;
}

/** The effort of a step that the efforts leave out, or of every step when there are none. */
export const DEFAULT_EFFORT = 1;

/** Checks a capacity: a number above 0 (Infinity allowed, meaning no limit); undefined means none. */
export function checkCapacity(capacity: number | undefined): number | undefined {
  if (capacity === undefined) {
    return undefined;
  }
  if (typeof capacity !== 'number' || !(capacity > 0)) {
    throw new RangeError(`A roadmap's capacity must be a number above 0, not ${describe(capacity)}.`);
  }
  return capacity;
}

/** A function giving each step's effort, checking each value as it is asked for. */
export function effortReader(efforts: StepEfforts | undefined): (capability: string, level: number) => number {
  if (efforts === undefined) {
    return () => DEFAULT_EFFORT;
  }
  const lookUp =
    typeof efforts === 'function'
      ? efforts
      : (capability: string, level: number): number => {
          const key = stepKey(capability, level);
          return Object.prototype.hasOwnProperty.call(efforts, key) ? efforts[key] : DEFAULT_EFFORT;
        };
  return (capability, level) => {
    const effort = lookUp(capability, level);
    if (typeof effort !== 'number' || !isFinite(effort) || effort < 0) {
      throw new RangeError(`The effort of step '${stepKey(capability, level)}' must be a finite number of 0 or more, not ${describe(effort)}.`);
    }
    return effort;
  };
}

/**
 * A function giving the first phase each step may go in (0 when it is not held), checking each
 * value as it is asked for: a whole number of 1 or more.
 */
export function holdReader(holds: StepHolds | undefined): (capability: string, level: number) => number {
  if (holds === undefined) {
    return () => 0;
  }
  const lookUp =
    typeof holds === 'function'
      ? holds
      : (capability: string, level: number): number | undefined => {
          const key = stepKey(capability, level);
          return Object.prototype.hasOwnProperty.call(holds, key) ? holds[key] : undefined;
        };
  return (capability, level) => {
    const phase = lookUp(capability, level);
    if (phase === undefined) return 0;
    if (typeof phase !== 'number' || !Number.isInteger(phase) || phase < 1) {
      throw new RangeError(`Step '${stepKey(capability, level)}' can be held back only to a whole phase number of 1 or more, not ${describe(phase)}.`);
    }
    return phase;
  };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}
