/**
 * Where a command writes. Commands never touch process.stdout directly, so tests can call
 * `run()` in-process and read what was printed.
 */
export interface CliIo {
  /** Writes one line (or several joined by "\n") to standard output. */
  out(text: string): void;
  /** Writes one line to standard error. */
  err(text: string): void;
}

/** Exit codes: 0 success, 1 the model is invalid (`validate` only), 2 bad input or usage, 3 a bug. */
export const EXIT = { ok: 0, invalid: 1, badInput: 2, internal: 3 } as const;
